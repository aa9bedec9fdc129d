import { type CustomFunctionCell, findCustomFunctionCells } from "../core/repair";
import { boxAddress, parseBox } from "./addresses";

/** A cell calling a CADRE function, on its sheet. */
export interface CadreFormulaCell extends CustomFunctionCell {
  sheet: string;
}

/** Cells read per sync: texts come back twice (formulas and values), so this keeps a response far under 5 MB. */
const CELLS_PER_SYNC = 25_000;

/**
 * `formulas` gives a constant cell's value, so a text typed as "=CADRE.AGE(B2)" (a text-formatted cell)
 * reads like a formula; only a real formula's value differs from its formula text.
 */
function formulasOnly(range: Excel.Range): unknown[][] {
  return range.formulas.map((row, r) => row.map((formula, c) => (formula === range.values[r][c] ? null : formula)));
}

/**
 * Every cell whose formula calls a CADRE function, on `sheet` or on every sheet: the cells that show
 * #NAME? where the add-in is not installed. Reads the used ranges' formulas in blocks of rows; one sync
 * to find the used ranges, then one per 25,000 cells. Only reads.
 */
export async function findCadreFormulas(context: Excel.RequestContext, sheet?: string): Promise<CadreFormulaCell[]> {
  const sheets = context.workbook.worksheets;
  const targets = sheet ? [sheets.getItem(sheet).load("name")] : sheets.load("items/name");
  await context.sync();
  const list = Array.isArray(targets) ? targets : targets.items;
  const used = list.map((worksheet) => ({
    worksheet,
    range: worksheet.getUsedRangeOrNullObject(true).load("address"),
  }));
  await context.sync();

  const found: CadreFormulaCell[] = [];
  let pending: { name: string; top: number; left: number; range: Excel.Range }[] = [];
  let cells = 0;
  const flush = async () => {
    await context.sync();
    for (const block of pending) {
      found.push(
        ...findCustomFunctionCells(formulasOnly(block.range), { row: block.top, col: block.left }).map((cell) => ({
          ...cell,
          sheet: block.name,
        })),
      );
    }
    pending = [];
    cells = 0;
  };
  for (const { worksheet, range } of used) {
    const box = range.isNullObject ? null : parseBox(range.address);
    if (!box) continue;
    const width = box.right - box.left + 1;
    const rows = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
    for (let top = box.top; top <= box.bottom; top += rows) {
      const bottom = Math.min(box.bottom, top + rows - 1);
      if (cells > 0 && cells + (bottom - top + 1) * width > CELLS_PER_SYNC) await flush();
      const block = worksheet
        .getRange(boxAddress({ top, left: box.left, bottom, right: box.right }))
        .load("formulas,values");
      pending.push({ name: worksheet.name, top, left: box.left, range: block });
      cells += (bottom - top + 1) * width;
    }
  }
  if (pending.length > 0) await flush();
  return found;
}
