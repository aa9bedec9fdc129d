import type { Worksheet } from "exceljs";
import { isCellError } from "../../../src/core/grid/types";
import { defaultTargetsGrid } from "../../../src/core/targets/default-grid";
import { FONT } from "../write-frame";

const WIDTHS = [5, 52, 36, 18, 8, 12, 10];
const THIN = { style: "thin" } as const;

/** The targets sheet with the article's targets, laid out as the task pane creates it. */
export function writeTargetsSheet(ws: Worksheet): void {
  const grid = defaultTargetsGrid("vi", "article");
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  grid.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    row.values = values.map((value) => (isCellError(value) ? null : value));
    row.font = { name: FONT, size: 12, bold: r === 0 || r === grid.headerRow, italic: r === 1 };
    if (r >= grid.headerRow) row.eachCell({ includeEmpty: true }, (cell) => (cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN }));
  });
  ws.mergeCells(2, 1, 2, WIDTHS.length);
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(2).height = 48;
}
