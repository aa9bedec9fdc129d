import type { Language } from "../../core/i18n";
import type { Repair, StoredUndo } from "../../core/repair";
import {
  applyRepairs,
  type Capabilities,
  lastRepair,
  type RepairResult,
  undoLastRepair,
  type UndoOutcome,
} from "../../office";
import type { ExcelRun } from "../shell/excel-run";

/** What repairs ask of Excel. The undo record lives in the workbook's settings (ExcelApi 1.4). */
export interface RepairWorkbook {
  /** Writes the repairs and records them for undo in the workbook. */
  repair(sheet: string, repairs: readonly Repair[], lang: Language): Promise<RepairResult>;
  /** The newest repair that can be undone, null when none (or the host cannot keep settings). */
  lastRepair(): Promise<StoredUndo | null>;
  undoRepair(): Promise<UndoOutcome>;
}

export function repairWorkbook(caps: Capabilities, run: ExcelRun): RepairWorkbook {
  return {
    repair: (sheet, repairs, lang) => run((context) => applyRepairs(context, sheet, repairs, { lang, caps })),
    lastRepair: () => (caps.settings ? run(lastRepair) : Promise.resolve(null)),
    undoRepair: () => run(undoLastRepair),
  };
}
