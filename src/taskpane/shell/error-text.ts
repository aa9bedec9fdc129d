import { officeErrorCode } from "../../office";
import type { ShellTexts } from "../i18n";

/** Office.js error codes with a sentence of their own: what the user can do about them. */
const KNOWN: ReadonlyMap<string, "cellEditMode" | "apiMissing" | "sheetMissing"> = new Map([
  ["InvalidOperationInCellEditMode", "cellEditMode"],
  ["ApiNotFound", "apiMissing"],
  ["ItemNotFound", "sheetMissing"],
]);

/** What went wrong, for the pane: a known Office.js failure in plain words, anything else with its own message and code. */
export function describeError(error: unknown, texts: ShellTexts): string {
  const code = officeErrorCode(error);
  const known = code === null ? undefined : KNOWN.get(code);
  if (known !== undefined) return texts[known];
  const given = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof given === "string" ? given : String(error);
  return `${texts.failed}: ${message}${code ? ` (${code})` : ""}`;
}
