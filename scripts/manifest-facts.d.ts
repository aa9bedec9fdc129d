export interface LocalizedValue {
  value: string | null;
  overrides: { locale: string | null; value: string | null }[];
}
export interface ManifestResource extends LocalizedValue {
  kind: "Image" | "Url" | "String";
}
export interface ManifestFacts {
  id: string | null;
  version: string | null;
  defaultLocale: string | null;
  displayName: LocalizedValue;
  pageUrl: string | null;
  requirementSets: { name: string | null; minVersion: string | null }[];
  resources: Map<string, ManifestResource>;
  resids: { element: string; resid: string }[];
  urls: string[];
  hostedUrls: string[];
  runtimes: { resid: string | null; lifetime: string }[];
  namespaceResid: string | null;
  customFunctionsPageResid: string | null;
  taskpaneResids: string[];
}
export declare function readManifest(xml: string): ManifestFacts;
