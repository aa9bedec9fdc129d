import type { Workbook } from "exceljs";
import { targetsTemplateSheet } from "../../../src/core/sheets";
import { defaultTargetsGrid } from "../../../src/core/targets/default-grid";
import { addSheet } from "../../../src/xlsx/write-sheet";

/** The targets sheet with the article's targets: the sheet the task pane creates, with the targets filled in. */
export function writeTargetsSheet(book: Workbook): void {
  addSheet(book, targetsTemplateSheet(defaultTargetsGrid("vi", "article")));
}
