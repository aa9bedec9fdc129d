import { validateWorkbook } from "../../core";
import type { Language } from "../../core/report/types";
import { planRepairs } from "../../core/repair";
import type { Settings } from "../../core/settings";
import type { Change } from "../../core/sheets";
import type { Limits } from "../../xlsx/limits";
import { roundTripLosses, type WorkbookFeature } from "../../xlsx/round-trip-losses";
import { writeRepair, type SkipReason } from "../../xlsx/write-repairs";
import { zipEntries } from "../../xlsx/zip-entries";
import type { Outcome } from "../isolate/outcome";
import { openWorkbook } from "../read-file";
import { addChangeLog } from "./change-log";

/** The workbook to repair; `copy` asks for the repaired copy's bytes, not just the list of changes. */
export interface FixJob {
  kind: "fix";
  path: string;
  settings: Settings;
  lang: Language;
  limits: Limits;
  copy: boolean;
}

/** The repaired copy as bytes to write, the sheet that lists its changes, and what it could not keep. */
export interface RepairedCopy {
  bytes: Uint8Array;
  logSheet: string;
  lost: WorkbookFeature[];
}

/** What `fix` found and made: every change, the cells left alone and why, and the copy when asked for. */
export interface FixAnalysis {
  changes: Change[];
  skipped: Record<SkipReason, string[]>;
  copy: RepairedCopy | null;
}

/**
 * Checks the workbook with the same engine as `check`, writes every repair the report proposes into
 * exceljs's model of it and, when asked, makes the copy with a change-log sheet. The input is only read.
 */
export async function analyseFix(job: FixJob): Promise<Outcome<FixAnalysis>> {
  const opened = await openWorkbook(job.path, job.path, job.limits);
  if (!opened.ok) return opened;
  const report = validateWorkbook(opened.workbook, { settings: job.settings, lang: job.lang });
  const changes: Change[] = [];
  const skipped: Record<SkipReason, string[]> = { formula: [], link: [] };
  report.sheets.forEach((sheetReport, i) => {
    const ws = opened.book.worksheets[i];
    for (const repair of planRepairs(sheetReport, opened.workbook.sheets[i])) {
      // A dry run changes only exceljs's model in memory, so it finds the same cells to skip.
      const skip = writeRepair(ws, repair);
      if (skip === null) changes.push({ sheet: ws.name, repair });
      else skipped[skip].push(`${ws.name}!${repair.cell}`);
    }
  });
  if (!job.copy) return { ok: true, value: { changes, skipped, copy: null } };
  const logSheet = addChangeLog(opened.book, changes, job.lang);
  const bytes = Buffer.from(await opened.book.xlsx.writeBuffer());
  const before = zipEntries(opened.bytes);
  const after = zipEntries(bytes);
  const lost = before !== null && after !== null ? roundTripLosses(before, after) : [];
  return { ok: true, value: { changes, skipped, copy: { bytes, logSheet, lost } } };
}
