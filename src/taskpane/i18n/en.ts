import type { ShellTexts } from "./shape";

export const EN: ShellTexts = {
  appName: "Young cadre roster",
  version: "Version",
  unavailableTitle: "Not available on this version of Excel",
  tabsLabel: "Tasks",
  tabCheck: "Check & repair",
  tabSend: "Send",
  tabBoard: "Consolidate",
  tabSettings: "Settings",
  missingFeature: {
    settings:
      "This Excel cannot keep settings in the file (needs Excel 2021, Microsoft 365 or Excel on the web): checks use the default thresholds.",
    conditionalFormats:
      "This Excel cannot colour the cells with problems (needs Excel 2021, Microsoft 365 or Excel on the web).",
    hyperlinks:
      "The report links to cells with HYPERLINK formulas instead of links (links need Excel 2021, Microsoft 365 or Excel on the web).",
    cellProperties:
      "This Excel does not give cell fonts (needs Excel 2021, Microsoft 365 or Excel on the web): legacy encodings (TCVN3, VNI) are recognised from the text alone.",
    rangeAreas:
      "Colouring cells is slower: each block of cells needs its own conditional format (needs Excel 2021, Microsoft 365 or Excel on the web).",
    mergedAreas:
      "This Excel does not give merged cells (needs Excel 2021, Microsoft 365 or Excel on the web): headers of several rows are recognised from their layout.",
  },
  emptyValue: "(empty)",
  failed: "Could not finish",
  cellEditMode: "Excel is editing a cell: press Enter or Esc in Excel, then try again.",
  apiMissing: "This version of Excel lacks a feature this action needs.",
  officeTooOld:
    "This version of Excel is too old to run the add-in. Use Microsoft 365, Office 2021 or later, or Excel on the web.",
  officeTooOldDetail: (sets) => `For IT staff: this Excel lacks ${sets}.`,
  sheetMissing: "The chosen sheet or table was not found; it may just have been renamed or deleted.",
};
