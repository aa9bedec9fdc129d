import type { SheetInput } from "../../core/grid/types";
import type { Issue, Language, SheetReport } from "../../core/report/types";
import type { Repair, StoredUndo, ValidationPlan } from "../../core/repair";
import { resolveSettings, type Settings } from "../../core/settings";
import {
  type ActiveTarget,
  activeTarget,
  applyInputRules,
  applyMarks,
  applyRepairs,
  type CadreFormulaCell,
  type CheckStamp,
  findCadreFormulas,
  type FreezeMode,
  type FreezeResult,
  freezeCadreFormulas,
  type InputRulesResult,
  type RemovedRules,
  removeInputRules,
  stampCheck,
  type Batch,
  type Capabilities,
  type CheckTarget,
  clearMarks,
  type ExcelRunner,
  listSheets,
  loadSettings,
  type MarkResult,
  lastRepair,
  readSheet,
  type RepairResult,
  runExcel,
  saveSettings,
  selectCell,
  undoLastRepair,
  type UndoOutcome,
  writeReportSheet,
} from "../../office";

export interface ReadProgress {
  onProgress?(done: number, total: number): void;
  signal?: { cancelled: boolean };
}

/** What the pane asks of Excel. Each call is one `Excel.run` through the adapter, the pane's only way into Office.js. */
export interface PaneWorkbook {
  readonly caps: Capabilities;
  sheets(): Promise<string[]>;
  activeTarget(): Promise<ActiveTarget>;
  /** The workbook's thresholds; the defaults where the host cannot keep settings. */
  settings(): Promise<Settings>;
  saveSettings(changes: Partial<Settings>): Promise<Settings>;
  read(target: CheckTarget, progress: ReadProgress): Promise<SheetInput>;
  select(sheet: string, cell: string): Promise<boolean>;
  mark(sheet: string, issues: readonly Issue[]): Promise<MarkResult>;
  clearMarks(): Promise<number>;
  writeReport(report: SheetReport, lang: Language, checkedAt: Date): Promise<{ sheet: string; rows: number }>;
  /** Writes the repairs and records them for undo in the workbook. */
  repair(sheet: string, repairs: readonly Repair[], lang: Language): Promise<RepairResult>;
  /** The newest repair that can be undone, null when none (or the host cannot keep settings). */
  lastRepair(): Promise<StoredUndo | null>;
  undoRepair(): Promise<UndoOutcome>;
  applyInputRules(sheet: string, plan: ValidationPlan): Promise<InputRulesResult>;
  removeInputRules(): Promise<RemovedRules>;
  /** Cells on every sheet whose formulas call CADRE functions. */
  findCadreFormulas(): Promise<CadreFormulaCell[]>;
  freeze(cells: readonly CadreFormulaCell[], mode: FreezeMode, lang: Language): Promise<FreezeResult>;
  /** Records the last check in the settings and on its own sheet; gives that sheet's name. */
  stamp(stamp: CheckStamp, lang: Language): Promise<string>;
}

export function officeWorkbook(caps: Capabilities, excel?: ExcelRunner): PaneWorkbook {
  const run = <T>(batch: Batch<T>) => runExcel(batch, excel ? { excel } : {});
  return {
    caps,
    sheets: () => run(listSheets),
    activeTarget: () => run((context) => activeTarget(context, caps)),
    settings: () => (caps.settings ? run(loadSettings) : Promise.resolve(resolveSettings(undefined))),
    saveSettings: (changes) => run((context) => saveSettings(context, changes)),
    read: (target, progress) => run((context) => readSheet(context, target, { caps, ...progress })),
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    mark: (sheet, issues) => run((context) => applyMarks(context, sheet, issues, caps)),
    clearMarks: () => run(clearMarks),
    writeReport: (report, lang, checkedAt) =>
      run((context) => writeReportSheet(context, [report], lang, checkedAt, { hyperlinks: caps.hyperlinks })),
    repair: (sheet, repairs, lang) => run((context) => applyRepairs(context, sheet, repairs, { lang })),
    lastRepair: () => (caps.settings ? run(lastRepair) : Promise.resolve(null)),
    undoRepair: () => run(undoLastRepair),
    applyInputRules: (sheet, plan) => run((context) => applyInputRules(context, sheet, plan)),
    removeInputRules: () => run(removeInputRules),
    findCadreFormulas: () => run((context) => findCadreFormulas(context)),
    freeze: (cells, mode, lang) => run((context) => freezeCadreFormulas(context, cells, mode, { lang })),
    stamp: (stamp, lang) => run((context) => stampCheck(context, stamp, lang)),
  };
}
