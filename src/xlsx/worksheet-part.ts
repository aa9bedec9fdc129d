import type { CellValue } from "../core/grid/types";
import type { UsedRange } from "./grid-areas";
import { rangeOf } from "./grid-areas";
import type { ReadBudget } from "./read-budget";
import { type SharedStrings, unescapeText } from "./shared-strings-part";
import type { CellStyles } from "./styles-part";
import { relationshipId, readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

/** Days between 1900-01-00 and 1904-01-01: a 1904-based date's serial plus this is its 1900-based serial. */
const DAYS_1900_TO_1904 = 1462;

/**
 * One row's cells from the first that holds something (a value, or a formula even without a saved result)
 * to the last, gaps null: already the row of the grid, when it starts where the used range does.
 */
export interface RowCells {
  row: number;
  /** The column of the row's first cell: values[0]. */
  first: number;
  values: CellValue[];
  formats: (string | null)[];
  fonts: (string | null)[];
}

/** A worksheet part as read: its cells row by row, its merged ranges and the ids of its table parts. */
export interface WorksheetCells {
  rows: RowCells[];
  merges: UsedRange[];
  tableIds: string[];
}

export interface WorkbookContext {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
}

/** "AB12" → 28: the column of a cell reference, its letters read until the first digit. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  return col;
}

/**
 * The place of column `col` in the row, the row's cells grown to reach it (nulls between), the new cells
 * counted against the budget before they are made: a cell at A1 and one at XFD1 make a wide row.
 */
function widen(row: RowCells, col: number, budget: ReadBudget): number {
  if (col < row.first) {
    // Written out of order, left of the row's first cell: the row moves right.
    budget.rowCells(row.first - col);
    const gap: null[] = new Array<null>(row.first - col).fill(null);
    row.values = [...gap, ...row.values];
    row.formats = [...gap, ...row.formats];
    row.fonts = [...gap, ...row.fonts];
    row.first = col;
    return 0;
  }
  const { values, formats, fonts } = row;
  const at = col - row.first;
  if (at >= values.length) {
    budget.rowCells(at + 1 - values.length);
    while (values.length < at) {
      values.push(null);
      formats.push(null);
      fonts.push(null);
    }
  }
  return at;
}

/** Where the text inside a cell goes. */
const enum Into {
  Nothing,
  Value,
  Formula,
  Inline,
}

/**
 * Reads one worksheet part as it inflates: only the cells that hold something are kept, each already
 * turned into what the engine takes (shared strings looked up, rich text joined, a formula's saved result,
 * errors as {error}, dates as 1900-based serials) with its number format and font. Merged ranges are kept as
 * ranges, never cell by cell. Data validations, conditional formats and everything else are passed over.
 */
export async function readWorksheet(
  zip: Buffer,
  part: ZipPart,
  budget: ReadBudget,
  { strings, styles, date1904 }: WorkbookContext,
): Promise<WorksheetCells> {
  const sheet: WorksheetCells = { rows: [], merges: [], tableIds: [] };
  let inData = false;
  let row: RowCells | null = null;
  let rowNumber = 0;
  let col = 0;
  // The cell being read.
  let inCell = false;
  let type: string | undefined;
  let style = 0;
  let formula = false;
  let value: string | undefined;
  let inline: string | undefined;
  let rich = false;
  let runFont: string | null = null;
  let phonetic = false;
  let into = Into.Nothing;

  // Most workbooks have no rich text among their shared strings: no lookup per cell then.
  const runFonts = strings.fonts.size > 0 ? strings.fonts : null;
  const finishCell = () => {
    let held: CellValue;
    const dateStyle = styles.dates[style] === true;
    let font = styles.fonts[style] ?? null;
    if (formula) {
      if (value === undefined || value === "") held = null;
      else if (type === "str") held = value;
      else if (type === "b") held = parseInt(value, 10) !== 0;
      else if (type === "e") held = { error: value };
      else held = parseFloat(value);
    } else if (type === "inlineStr" && (inline !== undefined || rich)) {
      held = inline ?? "";
      if (font === null) font = runFont;
    } else if (value === undefined) {
      return;
    } else if (type === "s") {
      const index = parseInt(value, 10);
      held = strings.texts[index] ?? null;
      if (font === null && runFonts !== null) font = runFonts.get(index) ?? null;
    } else if (type === "str" || type === "inlineStr") held = value;
    else if (type === "b") held = parseInt(value, 10) !== 0;
    else if (type === "e") held = { error: value };
    else held = parseFloat(value);
    if (typeof held === "number" && dateStyle && date1904) held += DAYS_1900_TO_1904;
    budget.cell();
    if (row === null) {
      row = { row: rowNumber, first: col, values: [], formats: [], fonts: [] };
      sheet.rows.push(row);
    }
    const at = widen(row, col, budget);
    row.values[at] = held;
    row.formats[at] = styles.formats[style] ?? null;
    row.fonts[at] = font;
  };

  await readXmlPart(zip, part, budget, {
    textIn: ["v", "f", "t"],
    scanInside: {
      element: "sheetData",
      attributes: ["r", "t", "s", "val"],
      // What the tags of a plain cell would leave (see open, text and close below), in one step.
      cell(ref, s, t, formulaText, valueText) {
        col = columnOf(ref);
        type = t;
        style = s === undefined ? 0 : parseInt(s, 10) || 0;
        formula = formulaText !== undefined && formulaText !== "";
        value = valueText === "" ? undefined : valueText;
        inline = undefined;
        rich = false;
        runFont = null;
        phonetic = false;
        finishCell();
      },
    },
    open(name, attributes) {
      if (inCell) {
        if (name === "v") into = Into.Value;
        else if (name === "f") {
          into = Into.Formula;
          if (attributes.t) formula = true;
        } else if (name === "t") into = phonetic ? Into.Nothing : Into.Inline;
        else if (name === "r") rich = true;
        else if (name === "rPh") phonetic = true;
        else if (name === "rFont" && runFont === null && !phonetic) runFont = attributes.val || null;
      } else if (name === "c" && inData) {
        inCell = true;
        const ref = attributes.r;
        col = ref === undefined ? col + 1 : columnOf(ref);
        type = attributes.t;
        const s = attributes.s;
        style = s === undefined ? 0 : parseInt(s, 10) || 0;
        formula = false;
        value = undefined;
        inline = undefined;
        rich = false;
        runFont = null;
        phonetic = false;
      } else if (name === "row" && inData) {
        const r = attributes.r;
        rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
        row = null;
        col = 0;
      } else if (name === "sheetData") inData = true;
      else if (name === "mergeCell") {
        budget.merge();
        const range = rangeOf(attributes.ref ?? "");
        if (range) sheet.merges.push(range);
      } else if (name === "tablePart") {
        const id = relationshipId(attributes);
        if (id !== undefined) budget.entries(part.name, sheet.tableIds.push(id));
      }
    },
    text(text) {
      if (into === Into.Value) value = value === undefined ? text : value + text;
      else if (into === Into.Inline) inline = inline === undefined ? text : inline + text;
      else if (into === Into.Formula && text.length > 0) formula = true;
    },
    close(name) {
      if (!inCell) {
        if (name === "sheetData") inData = false;
        return;
      }
      if (name === "c") {
        inCell = false;
        into = Into.Nothing;
        if (inline !== undefined) inline = unescapeText(inline);
        finishCell();
      } else if (name === "rPh") phonetic = false;
      else into = Into.Nothing;
    },
  });
  return sheet;
}
