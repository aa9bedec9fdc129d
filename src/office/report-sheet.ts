import type { Language, Report, SheetReport } from "../core/report/types";
import { REPORT_LABELS } from "./report-labels";
import { formatCheckedAt, linkFormula, type ReportRow, reportRows } from "./report-rows";

/** The add-in's own sheet: replaced on each export. No other sheet is ever written. */
export const REPORT_SHEET = "Kết quả kiểm tra";

const HEADER_ROW = 4;
/** A request must stay under Excel on the web's 5 MB; reports longer than this go in more than one batch. */
const REQUEST_BUDGET_BYTES = 2_000_000;
/** A row's number formats, the commands that write it and its link, besides its texts. */
const ROW_OVERHEAD_BYTES = 250;

export interface ReportOptions {
  /** Range.hyperlink (ExcelApi 1.7) for the Cell column; HYPERLINK formulas otherwise. */
  hyperlinks?: boolean;
}

/**
 * Text cells are formatted as text ("@") in the same batch, before their values: Excel then keeps a
 * string as typed, so a cell's text that starts with = + - @ can never turn into a formula in the report.
 */
function writeText(sheet: Excel.Worksheet, address: string, rows: string[][]): void {
  const range = sheet.getRange(address);
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
}

function writeRows(sheet: Excel.Worksheet, top: number, rows: readonly ReportRow[], hyperlinks: boolean): void {
  const bottom = top + rows.length - 1;
  writeText(
    sheet,
    `A${top}:A${bottom}`,
    rows.map((r) => [r.sheet]),
  );
  writeText(
    sheet,
    `C${top}:F${bottom}`,
    rows.map((r) => [r.rule, r.severity, r.value, r.message]),
  );
  if (hyperlinks) {
    writeText(
      sheet,
      `B${top}:B${bottom}`,
      rows.map((r) => [r.cell]),
    );
    rows.forEach((r, i) => {
      if (r.link) sheet.getRange(`B${top + i}`).hyperlink = { documentReference: r.link, textToDisplay: r.cell };
    });
    return;
  }
  // The only formulas the add-in writes: links it builds itself from a sheet name and a checked address.
  const cells = sheet.getRange(`B${top}:B${bottom}`);
  cells.numberFormat = rows.map((r) => [r.link ? "General" : "@"]);
  cells.formulas = rows.map((r) => [r.link ? linkFormula(r.link, r.cell) : ""]);
  rows.forEach((r, i) => {
    if (!r.link && r.cell) sheet.getRange(`B${top + i}`).values = [[r.cell]];
  });
}

/** Rows in groups small enough for one request each; all of them in one group for any usual report. */
function batches(rows: readonly ReportRow[]): ReportRow[][] {
  const groups: ReportRow[][] = [[]];
  let bytes = 0;
  for (const row of rows) {
    const size = ROW_OVERHEAD_BYTES + new TextEncoder().encode(Object.values(row).join("")).length;
    if (bytes + size > REQUEST_BUDGET_BYTES && groups[groups.length - 1].length) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(row);
    bytes += size;
  }
  return groups;
}

/**
 * (Re)creates the sheet "Kết quả kiểm tra": a title, when the check ran, a header row and one row per
 * issue with a link to its cell. Two syncs for any usual report (one to find an earlier report sheet,
 * one to write), plus one per further 2 MB of text.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  report: readonly SheetReport[] | Report,
  lang: Language,
  checkedAt: Date,
  options: ReportOptions = {},
): Promise<{ sheet: string; rows: number }> {
  const labels = REPORT_LABELS[lang];
  const rows = reportRows(report, lang);
  const earlier = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
  await context.sync();

  if (!earlier.isNullObject) earlier.delete();
  const sheet = context.workbook.worksheets.add(REPORT_SHEET);
  writeText(sheet, "A1:A2", [[labels.title], [`${labels.checkedAt}: ${formatCheckedAt(checkedAt)}`]]);
  writeText(sheet, `A${HEADER_ROW}:F${HEADER_ROW}`, [[...labels.headers]]);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange(`A${HEADER_ROW}:F${HEADER_ROW}`).format.font.bold = true;
  if (!rows.length) writeText(sheet, `A${HEADER_ROW + 1}`, [[labels.none]]);

  let top = HEADER_ROW + 1;
  for (const group of rows.length ? batches(rows) : []) {
    if (top > HEADER_ROW + 1) await context.sync();
    writeRows(sheet, top, group, options.hyperlinks ?? false);
    top += group.length;
  }
  sheet.getRange(`A${HEADER_ROW}:F${Math.max(top - 1, HEADER_ROW + 1)}`).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { sheet: REPORT_SHEET, rows: rows.length };
}
