// Replaced by the build with the version in package.json.
declare const __ADDIN_VERSION__: string;

/** The add-in's version, as released. */
export const ADDIN_VERSION: string = __ADDIN_VERSION__;
