import { formatNumber, type Language } from "../../core/i18n";
import { planRepairs, type Repair } from "../../core/repair";
import type { Issue, SheetReport } from "../../core/report/types";
import { RepairRefused } from "../../office";
import type { ProblemActions } from "../check/problem-list";
import type { ProblemGroup } from "../check/problems";
import { ruleTitle } from "../../core/report";
import { type CheckOutcome, runCheck } from "../check/run";
import type { CheckWorkbook } from "../check/workbook";
import type { ShellTexts } from "../i18n";
import { formatValue } from "../shell/cell-value";
import type { Guard } from "../shell/guard";
import { type MessageElements, showError, showStatus } from "../shell/messages";
import type { PaneStore } from "../shell/store";
import { REPAIR_TEXTS } from "./i18n";
import {
  type FixActions,
  fixAllButton,
  fixButton,
  hidePreview,
  type PreviewLine,
  type RepairElements,
  showPreview,
} from "./view";
import type { RepairWorkbook } from "./workbook";

export interface RepairsContext {
  lang: Language;
  shellTexts: ShellTexts;
  els: RepairElements;
  messages: MessageElements;
  /** Repairs are written, then the roster is read and checked again. */
  workbook: RepairWorkbook & Pick<CheckWorkbook, "caps" | "settings" | "activeTarget" | "read">;
  store: PaneStore;
  guard: Guard;
}

export interface RepairsFlow {
  /** The "Sửa" buttons of the problem list; undefined where the workbook cannot keep an undo record. */
  actions: ProblemActions | undefined;
  /** The undo button follows the newest record in the workbook. */
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
  const { lang, els, messages, workbook, store, guard } = context;
  const texts = REPAIR_TEXTS[lang];
  const empty = context.shellTexts.emptyValue;
  const count = (n: number) => formatNumber(n, lang);

  const refreshUndo = async () => {
    const stored = await workbook.lastRepair();
    els.undo.disabled = stored === null;
    els.undo.textContent = stored === null ? texts.undo : texts.undoOf(count(stored.cells), stored.sheet);
  };

  const recheck = async (outcome: CheckOutcome) => {
    const target = { sheet: outcome.report.sheet, ...(outcome.table ? { table: outcome.table } : {}) };
    store.setOutcome(await runCheck(workbook, { target, lang }));
  };

  const write = async (outcome: CheckOutcome, repairs: Repair[]) => {
    hidePreview(els.preview);
    if (repairs.length === 0) return showStatus(messages, texts.nothingToRepair);
    const result = await workbook.repair(outcome.report.sheet, repairs, lang).catch((error: unknown) => {
      if (error instanceof RepairRefused) return error;
      throw error;
    });
    if (result instanceof RepairRefused) return showError(messages, result.message);
    await recheck(outcome);
    await refreshUndo();
    const stale = result.stale.length > 0 ? texts.stale(result.stale.join(", ")) : null;
    const computed = result.computed.length > 0 ? texts.computed(result.computed.join(", ")) : null;
    showStatus(
      messages,
      [
        result.repaired > 0 ? texts.repaired(count(result.repaired)) : texts.nothingToRepair,
        stale,
        computed,
        result.notice,
      ]
        .filter(Boolean)
        .join(" "),
    );
  };

  const fixOne = (issue: Issue) =>
    guard(async () => {
      const outcome = store.state.outcome;
      if (!outcome) return;
      const report = { ...outcome.report, issues: outcome.report.issues.filter((i) => i.cell === issue.cell) };
      await write(outcome, planRepairs(report, outcome.input, [issue.rule]));
    })();

  /** The preview of a "fix all"; not while another action runs, whose outcome may replace the one planned from. */
  const fixAll = (group: ProblemGroup) => {
    const outcome = store.state.outcome;
    if (!outcome || store.state.busy) return;
    const repairs = planRepairs(outcome.report, outcome.input, [group.rule]);
    if (repairs.length === 0) return showStatus(messages, texts.nothingToRepair);
    showPreview(els.preview, {
      title: texts.previewTitle(ruleTitle(group.rule, lang)),
      count: texts.previewCount(count(repairs.length)),
      lines: previewLines(repairs, outcome.report, empty),
      texts,
      more: (left) => texts.previewMore(count(left)),
      onConfirm: guard(() => write(outcome, repairs)),
      onCancel: () => hidePreview(els.preview),
    });
  };

  const undo = guard(async () => {
    hidePreview(els.preview);
    const result = await workbook.undoRepair();
    await refreshUndo();
    if (result.status === "none") return showStatus(messages, texts.undoNone);
    if (result.status === "conflict") return showError(messages, texts.undoConflict(result.cells.join(", ")));
    if (result.status === "lost") return showError(messages, texts.undoLost(result.sheet));
    const outcome = store.state.outcome;
    if (outcome?.report.sheet === result.sheet) await recheck(outcome);
    showStatus(messages, texts.undone(count(result.cells), result.sheet));
  });

  els.undo.textContent = texts.undo;
  els.undo.addEventListener("click", () => void undo());
  const fixes: FixActions = {
    texts,
    shown: (issue, value) => shownValue(issue, value, empty),
    count,
    onFix: (issue) => void fixOne(issue),
    onFixAll: (group) => fixAll(group),
  };
  const actions: ProblemActions = {
    forIssue: (issue) => fixButton(issue, fixes),
    forGroup: (group) => fixAllButton(group, fixes),
  };
  return { actions: workbook.caps.settings ? actions : undefined, refreshUndo };
}
