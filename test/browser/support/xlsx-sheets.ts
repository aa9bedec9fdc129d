import { a1 } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/cli/read-file";
import { DEFAULT_LIMITS } from "../../../src/xlsx/limits";
import type { GridSheet } from "../../host";

/**
 * An .xlsx file as the fake host's sheets, parsed here with the CLI's reader: what Excel would find in it
 * when the task pane hands it to `insertWorksheetsFromBase64`.
 */
export async function xlsxSheets(path: string): Promise<GridSheet[]> {
  const read = await readWorkbook(path, path, DEFAULT_LIMITS);
  if (!read.ok) throw new Error(`${path}: ${read.problem.code}`);
  return read.workbook.sheets.map((sheet) => {
    const origin = sheet.origin ?? { row: 1, col: 1 };
    const box = (area: { top: number; left: number; bottom: number; right: number }) =>
      `${a1(origin.row + area.top, origin.col + area.left)}:${a1(origin.row + area.bottom, origin.col + area.right)}`;
    return {
      name: sheet.name,
      at: a1(origin.row, origin.col),
      rows: sheet.values.map((row) => [...row]),
      ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
      ...(sheet.fonts ? { fonts: sheet.fonts } : {}),
      merges: (sheet.merges ?? []).map(box),
      tables: (sheet.tables ?? []).map((t) => ({ name: t.name, range: box(t), showHeaders: t.hasHeader })),
    };
  });
}
