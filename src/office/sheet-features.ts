import { type Capabilities, detectCapabilities } from "./capabilities";

/** What the sheet writer may use on this Excel; without one, a sheet still holds every cell, word and formula. */
export interface SheetFeatures {
  /** ExcelApi 1.6: the sheet's colours. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: real links; HYPERLINK formulas otherwise. */
  hyperlinks: boolean;
  /** ExcelApi 1.7: the title and header stay in view. */
  freezePanes: boolean;
  /** ExcelApi 1.9: filter buttons on the header. */
  autoFilter: boolean;
  /** ExcelApi 1.1, but off where the host draws no charts. */
  charts: boolean;
}

export type SheetCapabilities = Pick<Capabilities, "conditionalFormats" | "hyperlinks" | "freezePanes" | "autoFilter">;

export function sheetFeatures(caps: SheetCapabilities): SheetFeatures {
  const { conditionalFormats, hyperlinks, freezePanes, autoFilter } = caps;
  return { conditionalFormats, hyperlinks, freezePanes, autoFilter, charts: true };
}

const NONE: Readonly<SheetFeatures> = {
  conditionalFormats: false,
  hyperlinks: false,
  freezePanes: false,
  autoFilter: false,
  charts: false,
};

/**
 * The features of the Excel the add-in runs in (`Office.context.requirements`); none where Office.js is not
 * loaded, so that a caller outside Excel names the features it wants.
 */
export function hostSheetFeatures(): SheetFeatures {
  return typeof Office === "undefined" ? { ...NONE } : sheetFeatures(detectCapabilities());
}

/** The host's features, with what a caller says it wants (an option left undefined keeps the host's). */
export function withFeatures(wanted: Partial<SheetFeatures>): SheetFeatures {
  const features = hostSheetFeatures();
  for (const key of Object.keys(wanted) as (keyof SheetFeatures)[]) features[key] = wanted[key] ?? features[key];
  return features;
}
