// Loaded on demand, as its own chunk ("xlsx-writer"): exceljs is large and only the feedback to a unit needs it here.
import { Workbook } from "exceljs";
import type { Consolidation } from "../../core/consolidate/types";
import type { Language } from "../../core/i18n";
import { feedbackSheets } from "../../core/sheets";
import { addSheet } from "../../xlsx/write-sheet";
import { bytesToBase64 } from "./picked-file";

/**
 * The feedback to the unit that sent `file`, as the command line's `summary --feedback` writes it (the same
 * sheet descriptions): the province's results, the unit's people per category, its rows, the people it
 * shares with other files and its findings. Plain values and formulas: it reads without the add-in.
 */
export async function feedbackFile(
  result: Consolidation,
  file: string,
  lang: Language,
  targetsFrom: string,
): Promise<string> {
  const book = new Workbook();
  book.creator = "cadre-roster";
  for (const sheet of feedbackSheets(result, file, lang, new Date(), targetsFrom)) addSheet(book, sheet);
  return bytesToBase64(new Uint8Array(await book.xlsx.writeBuffer()));
}
