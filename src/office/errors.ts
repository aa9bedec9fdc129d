/** The `code` Office.js puts on a rejected batch (Excel.ErrorCodes), or null for any other failure. */
export function officeErrorCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : null;
}

/**
 * Excel's answers when it cannot insert a file's sheets (`Workbook.insertWorksheetsFromBase64`): the file is
 * too big for one request, or, on the web, it holds notes, charts, PivotTables or slicers
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)).
 * The pane then reads the file with its own reader.
 */
export function cannotInsertFile(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "UnsupportedFeature";
}

/**
 * Excel refusing the bytes themselves: `insertWorksheetsFromBase64` answers "InvalidArgument" for a file that
 * is no workbook it can open (empty, an old .xls, damaged). The pane's own reader then says which.
 */
export function rejectedFile(error: unknown): boolean {
  return officeErrorCode(error) === "InvalidArgument";
}

/** Excel's answer to a batch sent while the user is typing in a cell. */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
