import { PassThrough } from "stream";
import { stream, type Worksheet } from "exceljs";
import type { Language } from "../../core/report/types";
import type { SummaryRun } from "./summary-run";
import { HEADER_ROW, writeAchievementSheet } from "./achievement-sheet";
import { writeDuplicatesSheet } from "./duplicates-sheet";
import { writeFindingsSheet } from "./findings-sheet";
import { XLSX_LABELS } from "./labels";
import { writeRosterSheet } from "./roster-sheet";

/**
 * The summary as a workbook: the achievement report first, then the consolidated roster, the duplicates,
 * each file's check. Written as a stream: rows go out as they are made, so tens of thousands of roster rows
 * never sit in memory as cells, and the zip is deflated natively.
 */
export async function reportWorkbook(run: SummaryRun, lang: Language): Promise<Buffer> {
  const labels = XLSX_LABELS[lang];
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const book = new stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  book.creator = "cadre-roster";
  const sheet = (name: string, frozen: number): Worksheet =>
    book.addWorksheet(name, { views: [{ state: "frozen", ySplit: frozen }] });
  writeAchievementSheet(sheet(labels.sheets.report, HEADER_ROW), run.result, run.targetsFile, lang);
  writeRosterSheet(sheet(labels.sheets.roster, 1), run.result, lang);
  writeDuplicatesSheet(sheet(labels.sheets.duplicates, 1), run.result, lang);
  writeFindingsSheet(sheet(labels.sheets.findings, 1), run.result, lang);
  await book.commit();
  await finished;
  return Buffer.concat(chunks);
}
