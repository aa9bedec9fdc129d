/** What `openNewWorkbook` needs of the `Excel` namespace (a test host can stand in). */
export interface WorkbookOpener {
  createWorkbook(base64?: string): Promise<void>;
}

/**
 * Opens an .xlsx file's bytes (base64) as a new workbook in its own Excel window, for the user to look at,
 * save and send; the open workbook is not touched. `Excel.createWorkbook`, ExcelApi 1.8
 * (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 */
export function openNewWorkbook(base64: string, excel: WorkbookOpener = Excel): Promise<void> {
  return excel.createWorkbook(base64);
}
