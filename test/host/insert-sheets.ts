import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { SheetModel } from "./model";
import { type GridSheet, workbookFromGrid } from "./workbook-from-grid";

/** A workbook the host can open: its sheets, and whether it holds what Excel on the web will not insert. */
export interface KnownFile {
  sheets: readonly GridSheet[];
  webUnsupported: boolean;
}

/**
 * The .xlsx files the host can open, keyed by their base64 text. The fake does not unzip workbooks: a
 * test parses a file beforehand (as Excel would) and hands its sheets over with `FakeHost.addFile`.
 */
export type KnownFiles = Map<string, KnownFile>;

/** Opens a file nobody registered, as Excel opens any workbook; null for what Excel would not open. */
export type FileOpener = (base64: string) => Promise<KnownFile | null>;

/** Excel names a copied sheet "Name (2)", "Name (3)" … when its name is taken, within 31 characters. */
function freeName(sheets: readonly SheetModel[], name: string): string {
  const taken = (n: string) => sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
  if (!taken(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): copies the file's sheets (or those named in
 * `sheetNamesToInsert`) at the end of the workbook and gives back the new sheets' ids. The active sheet
 * does not change. A file the host cannot open fails the sync.
 */
export function insertSheets(
  context: FakeContext,
  files: KnownFiles,
  base64: string,
  options: { sheetNamesToInsert?: string[]; positionType?: string } = {},
): string[] {
  if (options.positionType !== undefined && options.positionType !== "End")
    throw new FakeOfficeError("InvalidArgument", "The fake inserts sheets at the end only.");
  const file = files.get(base64);
  if (!file)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format: not an Excel workbook.",
    );
  // Excel on the web does not insert sheets holding notes, charts, PivotTables or slicers
  // (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)).
  if (file.webUnsupported && context.config.platform === "web")
    throw new FakeOfficeError("UnsupportedFeature", "The operation is not supported for this workbook on the web.");
  const sheets = file.sheets;
  const wanted = options.sheetNamesToInsert?.length
    ? sheets.filter((s) => options.sheetNamesToInsert?.includes(s.name))
    : sheets;
  const model = context.model;
  return workbookFromGrid(wanted).sheets.map((sheet) => {
    sheet.name = freeName(model.sheets, sheet.name);
    model.sheets.push(sheet);
    return sheet.id;
  });
}
