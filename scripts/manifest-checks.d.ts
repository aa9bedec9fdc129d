export type ManifestIssueCode =
  | "malformed"
  | "id-not-guid"
  | "resid-unresolved"
  | "url-not-https"
  | "namespace-not-cadre"
  | "runtime-not-long"
  | "runtime-not-shared"
  | "url-outside-base"
  | "file-not-built";
export interface ManifestIssue {
  code: ManifestIssueCode;
  subject: string;
}
export declare const NAMESPACE: string;
export declare function checkManifest(xml: string, options?: { distDir?: string }): ManifestIssue[];
export declare function describeIssue(issue: ManifestIssue): string;
