import type { ConsolidatedRow } from "../core/consolidate/types";
import { ymdToSerial } from "../core/dates/serial";
import type { Language } from "../core/report/types";
import { CONSOLIDATED_LABELS } from "./consolidated-labels";
import { type OutCell, writeCells } from "./write-cells";

/** The add-in's own sheet: replaced on each consolidation. No other sheet is ever written. */
export const CONSOLIDATED_SHEET = "Danh sách tổng hợp";

const HEADER_ROW = 3;
/** Rows per request: 14 columns of names, units and file names stay well under Excel on the web's 5 MB. */
export const CONSOLIDATED_BLOCK_ROWS = 2000;

export interface ConsolidatedOptions {
  /** The category labels, by the indexes the rows carry. */
  categories?: readonly string[];
  blockRows?: number;
  onProgress?(done: number, total: number): void;
}

function rowCells(row: ConsolidatedRow, n: number, lang: Language, categories: readonly string[]): OutCell[] {
  const labels = CONSOLIDATED_LABELS[lang];
  // A real date (dd/mm/yyyy), or the year alone when the roster gave only a year.
  const birth: OutCell =
    row.birth === null
      ? null
      : row.birthYearOnly
        ? row.birth.y
        : { value: ymdToSerial(row.birth), numberFormat: "dd/mm/yyyy" };
  return [
    n,
    row.name,
    birth,
    row.gender ? labels.gender[row.gender] : null,
    row.unit || null,
    row.level ? labels.level[row.level] : null,
    row.programme || null,
    row.field || null,
    row.major || null,
    labels.kind[row.kind],
    row.categories
      .map((i) => categories[i])
      .filter(Boolean)
      .join("; ") || null,
    row.file,
    row.sheet,
    row.row,
  ];
}

/**
 * (Re)creates "Danh sách tổng hợp": every roster row of the consolidated files with the file, sheet and
 * row it came from, its unit and the categories it counts in. Texts go in as text. One sync to find an
 * earlier sheet, then one per block of rows, whatever the batch.
 */
export async function writeConsolidatedSheet(
  context: Excel.RequestContext,
  rows: readonly ConsolidatedRow[],
  lang: Language,
  options: ConsolidatedOptions = {},
): Promise<{ sheet: string; rows: number }> {
  const labels = CONSOLIDATED_LABELS[lang];
  const block = options.blockRows ?? CONSOLIDATED_BLOCK_ROWS;
  const earlier = context.workbook.worksheets.getItemOrNullObject(CONSOLIDATED_SHEET);
  await context.sync();
  if (!earlier.isNullObject) earlier.delete();
  const sheet = context.workbook.worksheets.add(CONSOLIDATED_SHEET);
  writeCells(sheet, 1, 1, [[labels.title(rows.length)]]);
  writeCells(sheet, HEADER_ROW, 1, [[...labels.headers]]);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange(`A${HEADER_ROW}:N${HEADER_ROW}`).format.font.bold = true;

  for (let done = 0; done < rows.length || done === 0; done += block) {
    const part = rows.slice(done, done + block);
    writeCells(
      sheet,
      HEADER_ROW + 1 + done,
      1,
      part.map((row, i) => rowCells(row, done + i + 1, lang, options.categories ?? [])),
    );
    if (done + block >= rows.length) {
      sheet.getRange(`A${HEADER_ROW}:N${HEADER_ROW + Math.max(rows.length, 1)}`).format.autofitColumns();
      sheet.activate();
    }
    await context.sync();
    options.onProgress?.(Math.min(done + block, rows.length), rows.length);
  }
  return { sheet: CONSOLIDATED_SHEET, rows: rows.length };
}
