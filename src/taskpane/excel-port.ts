import type { SheetInput } from "../core/grid/types";
import type { Issue, Language, SheetReport } from "../core/report/types";
import { resolveSettings, type Settings } from "../core/settings";
import {
  type ActiveTarget,
  activeTarget,
  applyMarks,
  type Batch,
  type Capabilities,
  type CheckTarget,
  clearMarks,
  type ExcelRunner,
  listSheets,
  loadSettings,
  type MarkResult,
  readSheet,
  runExcel,
  saveSettings,
  selectCell,
  writeReportSheet,
} from "../office";

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
    writeReport: (report, lang, checkedAt) => run((context) => writeReportSheet(context, [report], lang, checkedAt, { hyperlinks: caps.hyperlinks })),
  };
}
