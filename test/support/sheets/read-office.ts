import { columnLetter } from "../../../src/core/grid/address";
import { cellValue, type SheetModel } from "../../host";
import { readCell, type ReadSheet } from "./read-back";

const address = (r: number, c: number) => `${columnLetter(c + 1)}${r + 1}`;
const area = (rect: { top: number; left: number; bottom: number; right: number }) =>
  `${address(rect.top, rect.left)}:${address(rect.bottom, rect.right)}`;
const LOWER: Record<string, string> = { Left: "left", Center: "center", Right: "right", Top: "top", Bottom: "bottom" };

/** Tests only: a sheet of the fake Excel host as Excel would show it, formulas calculated. */
export function readOfficeSheet(sheet: SheetModel): ReadSheet {
  const cells: ReadSheet["cells"] = {};
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = cell.formula ? cellValue(sheet, r, c) : cell.value;
      if (typeof value === "object" && value !== null) throw new Error(`${address(r, c)} holds ${value.error}`);
      cells[address(r, c)] = readCell({
        value,
        formula: cell.formula ?? null,
        numberFormat: cell.numberFormat,
        bold: cell.font.bold,
        italic: cell.font.italic ?? false,
        fill: cell.fill,
        color: cell.font.color ?? null,
        wrap: cell.alignment?.wrap ?? false,
        horizontal: cell.alignment?.horizontal ? LOWER[cell.alignment.horizontal] : null,
        vertical: cell.alignment?.vertical
          ? cell.alignment.vertical === "Center"
            ? "middle"
            : LOWER[cell.alignment.vertical]
          : null,
        link: cell.hyperlink?.documentReference ?? null,
      });
    }),
  );
  return {
    name: sheet.name,
    cells,
    merges: sheet.merges.map(area),
    frozenRows: sheet.frozenRows ?? 0,
    widths: Object.fromEntries(
      Object.entries(sheet.columnWidths ?? {}).map(([c, w]) => [columnLetter(Number(c) + 1), w]),
    ),
    heights: Object.fromEntries(Object.entries(sheet.rowHeights ?? {}).map(([r, h]) => [Number(r) + 1, h])),
    autoFilter: sheet.autoFilter ? area(sheet.autoFilter) : null,
    rules: sheet.conditionalFormats.map((f) => ({
      area: f.areas.map(area).join(" "),
      formula: f.formula ?? "",
      fill: f.fill,
      color: f.fontColor ?? null,
    })),
  };
}
