import type { CellValue, SheetInput } from "../grid/types";
import { isBlank } from "../grid/types";
import { rowCellsFactory } from "./row-cells";
import type { RosterLayout, RosterRow, StructureRow } from "./types";

const NO_CELLS: readonly CellValue[] = [];

/**
 * Every grid row from the first to the last data row, blank ones included, but for the layout's structure
 * rows (section headings, subtotals, repeated headers, numbering rows and the blank rows beside them),
 * which hold no person. A row is empty when its headed columns hold nothing but, perhaps, the STT number
 * (pre-numbered template rows); values in unheaded columns are orphans for the rules to report, not data.
 * Each row carries the sections it sits under. Built for 200,000-row sheets: one pass, no text handling,
 * two small objects per row.
 */
export function readRows(sheet: SheetInput, layout: RosterLayout): RosterRow[] {
  const { values, numberFormats, fonts } = sheet;
  const makeCells = rowCellsFactory(layout.columns);
  const sttCol = layout.columns.find((c) => c.field === "stt")?.col ?? -1;
  const contentCols = layout.headedColumns.filter((c) => c !== sttCol);
  const structure = new Map<number, StructureRow>(layout.structure.map((s) => [s.row, s]));
  const sections: string[] = [];
  let section: string | null = null;
  const rows: RosterRow[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const held = structure.get(r);
    if (held) {
      if (held.kind === "section" && held.level !== undefined) {
        sections.length = held.level - 1;
        sections[held.level - 1] = held.text;
        section = sections.filter(Boolean).join(" / ");
      }
      continue;
    }
    const cells = values[r] ?? NO_CELLS;
    let empty = true;
    for (let i = 0; i < contentCols.length && empty; i++) empty = isBlank(cells[contentCols[i]]);
    rows.push({ row: r, empty, cells: makeCells(r, cells, numberFormats?.[r], fonts?.[r]), section });
  }
  return rows;
}
