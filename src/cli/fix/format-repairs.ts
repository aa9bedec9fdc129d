import { formatYmd, serialToYmd } from "../../core/dates";
import type { CellValue } from "../../core/grid/types";
import type { Language } from "../../core/report/types";
import type { Change } from "../../core/sheets";
import { escapeControlChars } from "../../core/text";
import { FIX_MESSAGES } from "./i18n";
import { printable } from "../visible-text";
import { CLI_MESSAGES } from "../i18n";

function shown(value: CellValue | string | number, lang: Language): string {
  if (typeof value === "number") return FIX_MESSAGES[lang].realDate(formatYmd(serialToYmd(value)));
  if (value === null) return '""';
  // Control characters are written out as their codes ("\u001B"), so a repair that removes them shows what it removed.
  return typeof value === "object" ? value.error : `"${printable(escapeControlChars(String(value)))}"`;
}

/** The changes for people, sheet by sheet: cell, old value → new value, rules. */
export function formatRepairs(file: string, changes: readonly Change[], lang: Language, dryRun: boolean): string {
  const lines = [FIX_MESSAGES[lang].planned(printable(file), changes.length, dryRun)];
  let sheet: string | null = null;
  for (const { sheet: name, repair } of changes) {
    if (name !== sheet) lines.push(`  ${CLI_MESSAGES[lang].sheet(printable(name))}:`);
    sheet = name;
    lines.push(
      `    ${repair.cell.padEnd(7)} ${shown(repair.before, lang)} → ${shown(repair.after, lang)}  [${repair.rules.join(", ")}]`,
    );
  }
  return lines.join("\n") + "\n";
}
