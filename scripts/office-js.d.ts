export declare const OFFICE_JS_CDN: string;
export declare const PACKAGE_DIST: string;
export declare function officeJsMode(
  env?: { officejs?: string },
  environment?: Record<string, string | undefined>,
): "cdn" | "local";
export declare function localFolder(): string;
export declare function localFiles(): string[];
export declare function localCopyPatterns(): { from: string; to: string }[];
