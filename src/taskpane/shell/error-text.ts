import { officeErrorCode } from "../../office";
import type { PaneStrings } from "../i18n/strings";

/** Office.js error codes with a sentence of their own: what the user can do about them. */
const KNOWN: Readonly<Record<string, keyof PaneStrings>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  ApiNotFound: "apiMissing",
  ItemNotFound: "sheetMissing",
};

/** What went wrong, for the pane: a known Office.js failure in plain words, anything else with its own message and code. */
export function describeError(error: unknown, strings: PaneStrings): string {
  const code = officeErrorCode(error);
  const known = code === null ? undefined : KNOWN[code];
  const sentence = known === undefined ? undefined : strings[known];
  if (typeof sentence === "string") return sentence;
  const given = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof given === "string" ? given : String(error);
  return `${strings.failed}: ${message}${code ? ` (${code})` : ""}`;
}
