import { formatNumber, type Language } from "../../core/i18n";
import type { Guard } from "../shell/guard";
import { type MessageElements, showStatus } from "../shell/messages";
import { CURRENT, fillSheetPicker } from "../shell/sheet-picker";
import type { PaneStore } from "../shell/store";
import type { CheckTexts } from "./i18n";
import { shownIssues } from "./problems";
import type { CheckElements } from "./view";
import type { CheckWorkbook } from "./workbook";

export interface SheetActionsContext {
  lang: Language;
  els: Pick<CheckElements, "mark" | "clear" | "report" | "target">;
  messages: MessageElements;
  workbook: Pick<CheckWorkbook, "mark" | "clearMarks" | "writeReport">;
  store: PaneStore;
  guard: Guard;
}

/** "Đánh dấu ô lỗi", "Xóa đánh dấu" and "Xuất báo cáo": what the last check found, put on the worksheet. */
export function startSheetActions(context: SheetActionsContext, texts: CheckTexts): void {
  const { lang, els, messages, workbook, store, guard } = context;
  const count = (n: number) => formatNumber(n, lang);

  const mark = guard(async () => {
    const report = store.state.outcome?.report;
    if (!report) return;
    const issues = shownIssues(report.issues, store.state.shown);
    if (issues.length === 0) return showStatus(messages, texts.nothingToMark);
    const result = await workbook.mark(report.sheet, issues);
    showStatus(messages, texts.marked(count(result.cells), count(result.formats)));
  });

  const clear = guard(async () => {
    const removed = await workbook.clearMarks();
    showStatus(messages, removed ? texts.cleared(count(removed)) : texts.nothingToClear);
  });

  const report = guard(async () => {
    const outcome = store.state.outcome;
    if (!outcome) return;
    const written = await workbook.writeReport(outcome.report, lang, outcome.checkedAt);
    // Excel now shows the report sheet: keep the next check on the roster, not on the report.
    if (els.target.value === CURRENT && !outcome.table)
      fillSheetPicker(els.target, store.state.sheets, texts.targetActive, outcome.report.sheet);
    showStatus(messages, texts.reported(count(written.rows), written.sheet));
  });

  els.mark.addEventListener("click", mark);
  els.clear.addEventListener("click", clear);
  els.report.addEventListener("click", report);
}
