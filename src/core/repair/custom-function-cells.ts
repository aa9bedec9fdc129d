import { a1 } from "../grid/address";

/** A cell whose formula calls the add-in's functions: it shows #NAME? where the add-in is not installed. */
export interface CustomFunctionCell {
  cell: string;
  row: number;
  col: number;
  formula: string;
  /** The CADRE functions it calls, upper-cased, each once, in order of appearance ("PLAN_PCT"). */
  functions: string[];
}

/** "CADRE." then a function name and its opening bracket; the name may hold dots, as Excel's names may. */
const CALL = /CADRE\.([A-Z_][A-Z0-9_.]*)\(/iy;
/** What may stand just before a name: anything but a letter, digit, "_", "." or "\" (those would make it part of another name). */
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** Cheap rejection first: most formulas do not mention CADRE at all. */
const MENTION = /cadre\./i;

/**
 * The CADRE functions a formula calls. Text inside "string literals" and 'quoted sheet names' is skipped,
 * so ="CADRE.AGE(" or ='CADRE.AGE('!A1 call nothing.
 */
export function customFunctionNames(formula: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A doubled quote inside stays inside: skip to the quote that closes.
      for (i++; i < formula.length; i++) if (formula[i] === ch && formula[++i] !== ch) break;
      i--;
      continue;
    }
    if (i > 0 && NAME_CHAR.test(formula[i - 1])) continue;
    CALL.lastIndex = i;
    const m = CALL.exec(formula);
    if (m === null) continue;
    const name = m[1].toUpperCase();
    if (!found.includes(name)) found.push(name);
    i += m[0].length - 1;
  }
  return found;
}

/**
 * Cells of a block read from Excel (`Range.formulas`, whose top-left cell is `origin`, 1-based) whose
 * formula calls a CADRE function. Constants (anything not a string starting with "=") are skipped.
 */
export function findCustomFunctionCells(
  formulas: readonly (readonly unknown[])[],
  origin: { row: number; col: number } = { row: 1, col: 1 },
): CustomFunctionCell[] {
  const cells: CustomFunctionCell[] = [];
  formulas.forEach((rowValues, r) =>
    rowValues.forEach((formula, c) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || !MENTION.test(formula)) return;
      const functions = customFunctionNames(formula);
      if (functions.length === 0) return;
      const row = origin.row + r;
      const col = origin.col + c;
      cells.push({ cell: a1(row, col), row, col, formula, functions });
    }),
  );
  return cells;
}
