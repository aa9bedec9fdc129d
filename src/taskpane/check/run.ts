import { validateSheet } from "../../core/engine";
import type { SheetInput } from "../../core/grid/types";
import type { Language } from "../../core/i18n";
import type { SheetReport } from "../../core/report/types";
import type { Settings } from "../../core/settings";
import { type CheckTarget, ReadCancelled } from "../../office";
import type { CheckWorkbook, ReadProgress } from "./workbook";

export interface CheckRequest extends ReadProgress {
  /** A sheet the user picked; null checks the current selection (its table, else its sheet). */
  target: CheckTarget | null;
  lang: Language;
  /** Called once the cells are read, before the engine runs: the pane shows it is checking. */
  beforeValidate?(rows: number): Promise<void>;
}

export interface CheckOutcome {
  report: SheetReport;
  /** The table checked, when the selection was in one. */
  table?: string;
  checkedAt: Date;
  settings: Settings;
  /** The sheet (or table) held no values at all. */
  empty: boolean;
  /** The cells as read: repairs are planned from them and the report. */
  input: SheetInput;
}

/** Reads the roster through the adapter and runs the engine on it. Reads only: nothing in the workbook changes. */
export async function runCheck(
  workbook: Pick<CheckWorkbook, "settings" | "activeTarget" | "read">,
  request: CheckRequest,
): Promise<CheckOutcome> {
  const settings = await workbook.settings();
  const target = request.target ?? (await workbook.activeTarget());
  const input = await workbook.read(target, { onProgress: request.onProgress, signal: request.signal });
  // A cancel that came while the last block was on its way still stops the check.
  if (request.signal?.cancelled) throw new ReadCancelled();
  await request.beforeValidate?.(input.values.length);
  const report = validateSheet(input, { settings, lang: request.lang });
  return {
    report,
    checkedAt: new Date(),
    settings,
    empty: input.values.length === 0,
    input,
    ...(target.table ? { table: target.table } : {}),
  };
}
