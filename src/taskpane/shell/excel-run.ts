import { type Batch, type ExcelRunner, runExcel } from "../../office";

/** One `Excel.run` through the adapter: every feature's workbook calls go through it, never Office.js itself. */
export type ExcelRun = <T>(batch: Batch<T>) => Promise<T>;

/** Runs batches in the host's Excel, or in the one given (a test host). */
export function excelRun(excel?: ExcelRunner): ExcelRun {
  return (batch) => runExcel(batch, excel ? { excel } : {});
}
