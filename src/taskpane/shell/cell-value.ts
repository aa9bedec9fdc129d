import { serialToYmd, MAX_SERIAL } from "../../core/dates";
import { formatDate } from "../../core/i18n";
import type { Issue } from "../../core/report/types";
import { DATE_FIELDS } from "../../core/rules/types";

/** Longer cell texts are cut in the pane (the report sheet keeps them whole). */
export const VALUE_CHARS = 160;

const DATE_FIELD_SET: ReadonlySet<string> = new Set(DATE_FIELDS);
// Control characters are exactly what this looks for: they would be invisible, or break the line, in the pane.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const SHOWN_CONTROL: Readonly<Record<string, string>> = { "\n": "⏎", "\r": "⏎", "\t": "⇥" };

/**
 * A cell's value as the pane shows it: dates of date columns as dd/mm/yyyy (Excel hands them over as
 * serial numbers), texts in quotes so leading and trailing spaces show, line breaks and tabs as symbols,
 * long texts cut. The result is plain text for `textContent`.
 */
export function formatValue(issue: Pick<Issue, "value" | "field">, emptyLabel: string): string {
  const { value } = issue;
  if (value === null || value === "") return emptyLabel;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const isDate = issue.field !== null && DATE_FIELD_SET.has(issue.field) && value >= 1 && value <= MAX_SERIAL;
    return isDate ? formatDate(serialToYmd(value)) : String(value);
  }
  const shown = Array.from(value.replace(CONTROL, (c) => SHOWN_CONTROL[c] ?? "�"));
  return `“${shown.length > VALUE_CHARS ? `${shown.slice(0, VALUE_CHARS).join("")}…` : shown.join("")}”`;
}
