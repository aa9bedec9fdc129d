/** The `code` Office.js puts on a rejected batch (Excel.ErrorCodes), or null for any other failure. */
export function officeErrorCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : null;
}

/** Excel's answer to a batch sent while the user is typing in a cell. */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
