import { planRepairs, type Repair } from "../../core/repair";
import { ruleTitle } from "../../core/report";
import type { Issue, Language, SheetReport } from "../../core/report/types";
import { RepairRefused } from "../../office";
import { type CheckOutcome, runCheck } from "../check/run";
import { byId } from "../shell/dom";
import type { PaneWorkbook } from "../shell/excel-port";
import { formatCount, formatValue } from "../shell/format";
import type { PaneElements } from "../shell/page";
import type { ProblemGroup } from "../check/problems";
import type { PaneStrings } from "../i18n/strings";
import { REPAIR_STRINGS } from "./strings";
import { showError, showStatus } from "../shell/view-messages";
import { type FixActions, hidePreview, type PreviewLine, showPreview } from "./view";

export interface RepairsContext {
  lang: Language;
  strings: PaneStrings;
  els: Pick<PaneElements, "error" | "status">;
  workbook: PaneWorkbook;
  /** The last check's outcome, null before the first. */
  current(): CheckOutcome | null;
  /** Shows a new check's outcome, as the "Kiểm tra" button does. */
  show(outcome: CheckOutcome): void;
  /** Runs one action at a time and reports its failure (the pane's own guard). */
  guard(action: () => Promise<void>): () => Promise<void>;
}

export interface RepairsFlow {
  /** Given to the problem list; undefined where the workbook cannot keep an undo record. */
  actions: FixActions | undefined;
  refreshUndo(): Promise<void>;
}

/** Shown values: dates of date columns as dd/mm/yyyy, texts in quotes (spaces visible). */
function shownValue(issue: Pick<Issue, "field">, value: string | number | null, empty: string): string {
  return formatValue({ field: issue.field, value }, empty);
}

function previewLines(repairs: readonly Repair[], report: SheetReport, empty: string): PreviewLine[] {
  const fields = new Map(report.issues.map((issue) => [issue.cell, issue]));
  return repairs.map((repair) => {
    const issue = fields.get(repair.cell) ?? { field: null };
    const before = typeof repair.before === "string" || typeof repair.before === "number" ? repair.before : null;
    return {
      cell: repair.cell,
      before: shownValue(issue, before, empty),
      after: shownValue(issue, repair.after, empty),
    };
  });
}

/**
 * "Sửa" on an issue, "Sửa tất cả" with its preview on a rule, and "Hoàn tác". Each repair is planned from the
 * last check's cells, written through the adapter (which skips cells changed since), then the roster is
 * checked again so the fixed issues leave the list.
 */
export function startRepairs(context: RepairsContext): RepairsFlow {
  const { lang, strings, els, workbook } = context;
  const texts = REPAIR_STRINGS[lang];
  const preview = byId("repair-preview", HTMLElement);
  const undoButton = byId("undo-repair", HTMLButtonElement);
  const count = (n: number) => formatCount(n, lang);

  const refreshUndo = async () => {
    const stored = await workbook.lastRepair();
    undoButton.disabled = stored === null;
    undoButton.textContent = stored === null ? texts.undo : texts.undoOf(count(stored.cells), stored.sheet);
  };

  const recheck = async (outcome: CheckOutcome) => {
    const target = { sheet: outcome.report.sheet, ...(outcome.table ? { table: outcome.table } : {}) };
    context.show(await runCheck(workbook, { target, lang }));
  };

  const write = async (outcome: CheckOutcome, repairs: Repair[]) => {
    hidePreview(preview);
    if (repairs.length === 0) return showStatus(els, texts.nothingToRepair);
    const result = await workbook.repair(outcome.report.sheet, repairs, lang).catch((error: unknown) => {
      if (error instanceof RepairRefused) return error;
      throw error;
    });
    if (result instanceof RepairRefused) return showError(els, result.message);
    await recheck(outcome);
    await refreshUndo();
    const stale = result.stale.length > 0 ? texts.stale(result.stale.join(", ")) : null;
    showStatus(
      els,
      [result.repaired > 0 ? texts.repaired(count(result.repaired)) : texts.nothingToRepair, stale, result.notice]
        .filter(Boolean)
        .join(" "),
    );
  };

  const fixOne = (issue: Issue) =>
    context.guard(async () => {
      const outcome = context.current();
      if (!outcome) return;
      const report = { ...outcome.report, issues: outcome.report.issues.filter((i) => i.cell === issue.cell) };
      await write(outcome, planRepairs(report, outcome.input, [issue.rule]));
    })();

  const fixAll = (group: ProblemGroup) => {
    const outcome = context.current();
    if (!outcome) return;
    const repairs = planRepairs(outcome.report, outcome.input, [group.rule]);
    if (repairs.length === 0) return showStatus(els, texts.nothingToRepair);
    showPreview(preview, {
      title: texts.previewTitle(ruleTitle(group.rule, lang)),
      count: texts.previewCount(count(repairs.length)),
      lines: previewLines(repairs, outcome.report, strings.emptyValue),
      strings: texts,
      more: (left) => texts.previewMore(count(left)),
      onConfirm: context.guard(() => write(outcome, repairs)),
      onCancel: () => hidePreview(preview),
    });
  };

  const undo = context.guard(async () => {
    hidePreview(preview);
    const result = await workbook.undoRepair();
    await refreshUndo();
    if (result.status === "none") return showStatus(els, texts.undoNone);
    if (result.status === "conflict") return showError(els, texts.undoConflict(result.cells.join(", ")));
    if (result.status === "lost") return showError(els, texts.undoLost(result.sheet));
    const outcome = context.current();
    if (outcome?.report.sheet === result.sheet) await recheck(outcome);
    showStatus(els, texts.undone(count(result.cells), result.sheet));
  });

  undoButton.textContent = texts.undo;
  undoButton.addEventListener("click", () => void undo());
  const actions: FixActions = {
    strings: texts,
    shown: (issue, value) => shownValue(issue, value, strings.emptyValue),
    count,
    onFix: (issue) => void fixOne(issue),
    onFixAll: (group) => fixAll(group),
  };
  return { actions: workbook.caps.settings ? actions : undefined, refreshUndo };
}
