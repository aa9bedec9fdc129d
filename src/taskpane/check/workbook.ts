import type { SheetInput } from "../../core/grid/types";
import type { Language } from "../../core/i18n";
import type { Issue, SheetReport } from "../../core/report/types";
import { resolveSettings, type Settings } from "../../core/settings";
import {
  type ActiveTarget,
  activeTarget,
  applyMarks,
  type Capabilities,
  type CheckTarget,
  clearMarks,
  loadSettings,
  type MarkResult,
  readSheet,
  selectCell,
  writeReportSheet,
} from "../../office";
import type { ExcelRun } from "../shell/excel-run";

export interface ReadProgress {
  onProgress?(done: number, total: number): void;
  signal?: { cancelled: boolean };
}

/** What the check asks of Excel: read the roster, go to a cell, mark cells, write the report sheet. */
export interface CheckWorkbook {
  readonly caps: Capabilities;
  /** The workbook's thresholds; the defaults where the host cannot keep settings. */
  settings(): Promise<Settings>;
  activeTarget(): Promise<ActiveTarget>;
  read(target: CheckTarget, progress: ReadProgress): Promise<SheetInput>;
  select(sheet: string, cell: string): Promise<boolean>;
  mark(sheet: string, issues: readonly Issue[]): Promise<MarkResult>;
  clearMarks(): Promise<number>;
  writeReport(report: SheetReport, lang: Language, checkedAt: Date): Promise<{ sheet: string; rows: number }>;
}

export function checkWorkbook(caps: Capabilities, run: ExcelRun): CheckWorkbook {
  return {
    caps,
    settings: () => (caps.settings ? run(loadSettings) : Promise.resolve(resolveSettings(undefined))),
    activeTarget: () => run((context) => activeTarget(context, caps)),
    read: (target, progress) => run((context) => readSheet(context, target, { caps, ...progress })),
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    mark: (sheet, issues) => run((context) => applyMarks(context, sheet, issues, caps)),
    clearMarks: () => run(clearMarks),
    writeReport: (report, lang, checkedAt) =>
      run((context) => writeReportSheet(context, [report], lang, checkedAt, { hyperlinks: caps.hyperlinks })),
  };
}
