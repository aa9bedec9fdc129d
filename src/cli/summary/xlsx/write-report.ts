import { promises as fs } from "fs";
import { Workbook } from "exceljs";
import type { Language } from "../../../core/report/types";
import type { SummaryRun } from "../types";
import { writeAchievementSheet } from "./achievement-sheet";
import { writeDuplicatesSheet } from "./duplicates-sheet";
import { writeFindingsSheet } from "./findings-sheet";
import { XLSX_LABELS } from "./labels";
import { writeRosterSheet } from "./roster-sheet";

/** The summary as a workbook: the achievement report first, then the consolidated roster, the duplicates, each file's check. */
export async function reportWorkbook(run: SummaryRun, lang: Language): Promise<Buffer> {
  const labels = XLSX_LABELS[lang];
  const book = new Workbook();
  book.creator = book.lastModifiedBy = "cadre-roster";
  writeAchievementSheet(book.addWorksheet(labels.sheets.report), run.result, run.targetsFile, lang);
  writeRosterSheet(book.addWorksheet(labels.sheets.roster), run.result, lang);
  writeDuplicatesSheet(book.addWorksheet(labels.sheets.duplicates), run.result, lang);
  writeFindingsSheet(book.addWorksheet(labels.sheets.findings), run.result, lang);
  // exceljs declares its own global `Buffer` (an ArrayBuffer), which Node's Buffer type does not match.
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function writeReportXlsx(path: string, run: SummaryRun, lang: Language): Promise<void> {
  await fs.writeFile(path, await reportWorkbook(run, lang));
}
