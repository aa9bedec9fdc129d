import {
  type Alignment,
  type Cell,
  type CellValue,
  type Fill,
  type Font,
  type Workbook,
  type Worksheet,
} from "exceljs";
import { TONES, type Tone } from "../core/colours";
import { a1 } from "../core/grid/address";
import {
  type CellStyle,
  hyperlinkFormula,
  type SheetArea,
  type SheetCell,
  type SheetDescription,
} from "../core/sheets";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const solid = (hex: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } });
const ref = (area: SheetArea) => `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;

/** exceljs keeps a style by reference: one object per distinct style, shared by every cell that has it. */
interface CellLook {
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
}

function lookOf(style: CellStyle): CellLook {
  const tone = style.tone ? TONES[style.tone] : null;
  const font: Partial<Font> = {
    ...(style.bold && { bold: true }),
    ...(style.italic && { italic: true }),
    ...(tone && { color: { argb: argb(tone.text) } }),
  };
  const alignment: Partial<Alignment> = {
    ...(style.wrap && { wrapText: true }),
    ...(style.horizontal && { horizontal: style.horizontal }),
    ...(style.vertical && { vertical: style.vertical }),
  };
  return {
    ...(Object.keys(font).length && { font }),
    ...(tone && { fill: solid(tone.fill) }),
    ...(Object.keys(alignment).length && { alignment }),
  };
}

/**
 * A cell's content: its value, or its formula (without the "=" exceljs leaves out) saved with the result the
 * core computed, so the file reads right before any recalculation. A link is a HYPERLINK formula: exceljs
 * writes links to a place in the workbook as external ones.
 */
function contentOf(cell: SheetCell): CellValue {
  if (cell.link)
    return {
      formula: hyperlinkFormula(cell.link, String(cell.value ?? "")).slice(1),
      result: String(cell.value ?? ""),
    };
  if (cell.formula !== undefined) return { formula: cell.formula.slice(1), result: cell.value ?? "" };
  return cell.value;
}

function numberFormatOf(cell: SheetCell): string | null {
  if (cell.link) return null;
  return cell.text ? "@" : (cell.numberFormat ?? null);
}

function writeCell(target: Cell, cell: SheetCell, looks: Map<string, CellLook>): void {
  target.value = contentOf(cell);
  const numberFormat = numberFormatOf(cell);
  if (numberFormat) target.numFmt = numberFormat;
  if (!cell.style) return;
  const key = JSON.stringify(cell.style);
  const look = looks.get(key) ?? lookOf(cell.style);
  looks.set(key, look);
  if (look.font) target.font = look.font;
  if (look.fill) target.fill = look.fill;
  if (look.alignment) target.alignment = look.alignment;
}

function toneStyle(tone: Tone) {
  const { fill, text } = TONES[tone];
  return {
    fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(fill) } },
    font: { color: { argb: argb(text) } },
  };
}

/**
 * Adds `description` to `book` as a new worksheet: widths, frozen rows and merges first, then the rows, each
 * committed as soon as written so that a streamed workbook (stream.xlsx.WorkbookWriter) does not hold them,
 * then the filter and the conditional formats, the first on top. A chart is left out: exceljs writes none.
 */
export function addSheet(book: Workbook, description: SheetDescription): Worksheet {
  const { frozenRows } = description;
  const ws = book.addWorksheet(description.name, {
    views: frozenRows ? [{ state: "frozen", ySplit: frozenRows, topLeftCell: a1(frozenRows + 1, 1) }] : [],
  });
  description.widths?.forEach((width, i) => {
    if (width !== null) ws.getColumn(i + 1).width = width;
  });
  for (const area of description.merges ?? []) ws.mergeCells(area.top, area.left, area.bottom, area.right);
  const looks = new Map<string, CellLook>();
  description.rows.forEach((cells, r) => {
    const height = description.heights?.[r + 1];
    if (cells.length === 0 && height === undefined) return;
    const row = ws.getRow(r + 1);
    if (height !== undefined) row.height = height;
    cells.forEach((cell, c) => {
      if (cell) writeCell(row.getCell(c + 1), cell, looks);
    });
    row.commit();
  });
  const filter = description.autoFilter;
  if (filter)
    ws.autoFilter = {
      from: { row: filter.top, column: filter.left },
      to: { row: filter.bottom, column: filter.right },
    };
  description.conditionalFormats?.forEach((rule, i) =>
    ws.addConditionalFormatting({
      ref: ref(rule.area),
      rules: [{ type: "expression", priority: i + 1, formulae: [rule.formula.slice(1)], style: toneStyle(rule.tone) }],
    }),
  );
  return ws;
}
