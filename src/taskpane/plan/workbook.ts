import type { ConsolidatedRow } from "../../core/consolidate/types";
import type { WorkbookInput } from "../../core/grid/types";
import type { Language } from "../../core/i18n";
import { resolveSettings, type Settings } from "../../core/settings";
import { defaultTargetsGrid } from "../../core/targets/default-grid";
import {
  type AchievementInput,
  type Capabilities,
  createTargetsSheet,
  type CreateTargetsResult,
  listSheets,
  loadSettings,
  openNewWorkbook,
  readInsertedWorkbook,
  readSheet,
  readTargetsSheet,
  TARGETS_SHEET,
  type TargetsSheetRead,
  writeAchievementSheet,
  writeConsolidatedSheet,
  type WorkbookOpener,
} from "../../office";
import type { ExcelRun } from "../shell/excel-run";

type Progress = (done: number, total: number) => void;

/** What the targets and consolidation section asks of Excel; each call is one `Excel.run` through the adapter. */
export interface PlanWorkbook {
  readonly caps: Capabilities;
  settings(): Promise<Settings>;
  createTargets(lang: Language): Promise<CreateTargetsResult>;
  readTargets(): Promise<TargetsSheetRead>;
  /** An .xlsx file read by Excel itself (ExcelApi 1.13); the workbook is left as it was. */
  readFile(base64: string, file: string, onProgress?: Progress): Promise<WorkbookInput>;
  /** This workbook's visible sheets, other than the add-in's own, as one workbook input named `file`. */
  readRosters(file: string): Promise<WorkbookInput>;
  writeConsolidated(
    rows: readonly ConsolidatedRow[],
    lang: Language,
    categories: readonly string[],
    onProgress?: Progress,
  ): Promise<{ sheet: string; rows: number }>;
  writeAchievement(input: AchievementInput, lang: Language): Promise<{ sheet: string; categories: number }>;
  /** An .xlsx file (base64) opened as a new workbook in its own window (ExcelApi 1.8); this one is untouched. */
  openWorkbook(base64: string): Promise<void>;
}

/** `opener` is Office.js's `Excel` namespace unless a test host stands in. */
export function planWorkbook(caps: Capabilities, run: ExcelRun, opener?: WorkbookOpener): PlanWorkbook {
  return {
    caps,
    openWorkbook: (base64) => openNewWorkbook(base64, opener),
    settings: () => (caps.settings ? run(loadSettings) : Promise.resolve(resolveSettings(undefined))),
    createTargets: (lang) => run((context) => createTargetsSheet(context, defaultTargetsGrid(lang))),
    readTargets: () => run((context) => readTargetsSheet(context, caps)),
    readFile: (base64, file, onProgress) =>
      run((context) => readInsertedWorkbook(context, base64, file, { caps, onProgress })),
    readRosters: (file) =>
      run(async (context) => {
        const names = (await listSheets(context)).filter((name) => name !== TARGETS_SHEET);
        const sheets = [];
        for (const sheet of names) sheets.push(await readSheet(context, { sheet }, { caps }));
        return { file, sheets };
      }),
    writeConsolidated: (rows, lang, categories, onProgress) =>
      run((context) => writeConsolidatedSheet(context, rows, lang, { categories, onProgress })),
    writeAchievement: (input, lang) =>
      run((context) =>
        writeAchievementSheet(context, input, lang, { conditionalFormats: caps.conditionalFormats, chart: true }),
      ),
  };
}
