import { validateSheet } from "../../../src/core/engine";
import type { Language, SheetReport } from "../../../src/core/report/types";
import { detectCapabilities, readSheet, runExcel } from "../../../src/office";
import { createFakeHost } from "../../host";
import { sampleWorkbook, type SampleOptions } from "../sample-workbook";

/** What the engine reports on a sheet of the sample workbook, read through the adapter as the pane reads it. */
export async function engineReport(
  sheet: string,
  lang: Language,
  options: SampleOptions & { apiVersion?: string; today?: Date } = {},
): Promise<SheetReport> {
  const host = createFakeHost(sampleWorkbook(options), { apiVersion: options.apiVersion });
  const caps = detectCapabilities(host.Office.context.requirements);
  const input = await runExcel((context) => readSheet(context, { sheet }, { caps }), { excel: host.Excel });
  const today = options.today && {
    y: options.today.getFullYear(),
    m: options.today.getMonth() + 1,
    d: options.today.getDate(),
  };
  return validateSheet(input, { lang, ...(today ? { today } : {}) });
}
