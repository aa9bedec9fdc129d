/** Optional Excel features the task pane uses when the host has them. */
export interface Capabilities {
  /** workbook.settings: thresholds and marks travel with the file. */
  settings: boolean;
  /** Conditional formats: marking the cells with problems. */
  conditionalFormats: boolean;
  /** Range.hyperlink: real links in the report sheet. */
  hyperlinks: boolean;
  /** Worksheet.copy: the email copy of the roster keeps the original sheet untouched. */
  worksheetCopy: boolean;
  /** Worksheet.freezePanes: the add-in's sheets keep their header in view. */
  freezePanes: boolean;
  /** Worksheet.autoFilter: filter buttons on the add-in's lists. */
  autoFilter: boolean;
  dataValidation: boolean;
  /** Range.getCellProperties: the cells' font names. */
  cellProperties: boolean;
  /** Worksheet.getRanges: one conditional format over many cells. */
  rangeAreas: boolean;
  /** Range.getTables: the table under the selection in one round trip. */
  rangeTables: boolean;
  /** Range.getMergedAreasOrNullObject: merged header cells. */
  mergedAreas: boolean;
  insertWorksheetsFromBase64: boolean;
  /** Excel.createWorkbook: a file made by the add-in opens as a new workbook (the feedback to a unit). */
  createWorkbook: boolean;
  /** Range.getSpillingToRangeOrNullObject, hasSpill: the cells a formula's array result spilled into. */
  spills: boolean;
}

/** The ExcelApi requirement set that brings each feature. */
export const REQUIRED_SETS: Readonly<Record<keyof Capabilities, string>> = {
  settings: "1.4",
  conditionalFormats: "1.6",
  hyperlinks: "1.7",
  worksheetCopy: "1.7",
  freezePanes: "1.7",
  autoFilter: "1.9",
  dataValidation: "1.8",
  cellProperties: "1.9",
  rangeAreas: "1.9",
  rangeTables: "1.9",
  mergedAreas: "1.13",
  insertWorksheetsFromBase64: "1.13",
  createWorkbook: "1.8",
  spills: "1.12",
};

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The requirement sets the manifest names (manifest.xml, <Requirements>): Office does not offer the add-in
 * where one is missing (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements),
 * and the pane does not start should it be opened there all the same.
 */
export const MANIFEST_REQUIREMENTS = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
  { name: "ExcelApi", version: "1.4" },
] as const;

/** The manifest's requirement sets this Office lacks, as "ExcelApi 1.4". */
export function missingRequirements(requirements: Requirements = Office.context.requirements): string[] {
  return MANIFEST_REQUIREMENTS.filter((set) => !requirements.isSetSupported(set.name, set.version)).map(
    (set) => `${set.name} ${set.version}`,
  );
}

export function detectCapabilities(requirements: Requirements = Office.context.requirements): Capabilities {
  const caps = {} as Capabilities;
  for (const key of Object.keys(REQUIRED_SETS) as (keyof Capabilities)[]) {
    caps[key] = requirements.isSetSupported("ExcelApi", REQUIRED_SETS[key]);
  }
  return caps;
}

/** The features whose absence the user notices, in the order the task pane lists them. */
const NOTICEABLE_FEATURES = [
  "settings",
  "conditionalFormats",
  "hyperlinks",
  "cellProperties",
  "rangeAreas",
  "mergedAreas",
] as const satisfies readonly (keyof Capabilities)[];

export type MissingFeature = (typeof NOTICEABLE_FEATURES)[number];

/**
 * What the user misses on this Excel, as data: the task pane words it. Data validation, sheet copies,
 * inserting sheets and spills are not listed (the sections that use them say so there), and neither is the
 * slower marking (`rangeAreas`) where cells cannot be marked at all.
 */
export function missingFeatures(caps: Capabilities): MissingFeature[] {
  return NOTICEABLE_FEATURES.filter((key) => !caps[key] && (key !== "rangeAreas" || caps.conditionalFormats));
}
