import { isCellError } from "../grid/types";
import type { TargetsGrid } from "../targets/default-grid";
import { numberCell, textCell } from "./cells";
import { SHEET_NAMES } from "./names";
import { headerCells, NOTE, TITLE } from "./styles";
import type { SheetCell, SheetDescription } from "./types";

const WIDTHS = [5, 52, 36, 18, 8, 12, 10];
/** The note under the title runs over two or three lines in the merged band. */
const NOTE_HEIGHT = 48;

function gridCell(value: TargetsGrid["values"][number][number]): SheetCell | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === "number") return numberCell(value);
  return textCell(String(value));
}

/**
 * "Chỉ tiêu", the targets table the user fills in, from `grid` (already in the user's language): the title,
 * the note on how to fill it in across the table's width, the header and one row per category.
 */
export function targetsTemplateSheet(grid: TargetsGrid): SheetDescription {
  const width = Math.max(...grid.values.map((row) => row.length));
  const header = grid.headerRow + 1;
  const [title, note] = grid.values.map((row) => String(row[0] ?? ""));
  return {
    name: SHEET_NAMES.targets,
    rows: grid.values.map((row, r) =>
      r === 0
        ? [textCell(title, TITLE)]
        : r === 1
          ? [textCell(note, { ...NOTE, wrap: true, vertical: "top" })]
          : r === grid.headerRow
            ? headerCells(row.map((v) => String(v ?? "")))
            : row.map(gridCell),
    ),
    widths: WIDTHS.slice(0, width),
    heights: { 2: NOTE_HEIGHT },
    merges: [{ top: 2, left: 1, bottom: 2, right: width }],
    frozenRows: header,
  };
}
