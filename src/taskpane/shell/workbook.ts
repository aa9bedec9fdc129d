import { type Capabilities, listSheets } from "../../office";
import { type CheckWorkbook, checkWorkbook } from "../check/workbook";
import { type PrepareWorkbook, prepareWorkbook } from "../prepare/workbook";
import { type RepairWorkbook, repairWorkbook } from "../repairs/workbook";
import { type SettingsWorkbook, settingsWorkbook } from "../settings/workbook";
import type { ExcelRun } from "./excel-run";

/** What the pane asks of Excel: each feature's calls (in its own `workbook.ts`), and the list of sheets. */
export interface PaneWorkbook extends CheckWorkbook, RepairWorkbook, PrepareWorkbook, SettingsWorkbook {
  sheets(): Promise<string[]>;
}

export function paneWorkbook(caps: Capabilities, run: ExcelRun): PaneWorkbook {
  return {
    ...checkWorkbook(caps, run),
    ...repairWorkbook(caps, run),
    ...prepareWorkbook(caps, run),
    ...settingsWorkbook(run),
    sheets: () => run(listSheets),
  };
}
