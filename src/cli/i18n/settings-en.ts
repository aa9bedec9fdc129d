import { DEFAULT_SETTINGS } from "../../core/settings";
import type { JsonKind } from "../../core/settings-check";
import type { JsonFault } from "../json-fault";
import type { SettingsFileProblem } from "../settings-problem";
import { printable } from "../visible-text";

const KINDS: Record<JsonKind, string> = {
  number: "a number",
  text: "text",
  "true-false": "true/false",
  list: "a list [ ]",
  object: "an object { }",
  null: "null",
};

const FAULTS: Record<JsonFault, string> = {
  empty: "the file is empty",
  "unexpected-character": 'a character JSON does not allow (names and text go in double quotes "…")',
  "bad-number": "a number written wrongly",
  "name-expected": "a setting's name in double quotes was expected",
  "value-expected": "a value is missing",
  "colon-expected": "a colon is missing after the setting's name",
  "comma-expected": "a comma is missing between two settings",
  "trailing-comma": "a comma too many before the closing bracket",
  "close-brace-expected": "the closing } is missing",
  "close-bracket-expected": "the closing ] is missing",
  "end-expected": "something follows the last }",
  comment: "JSON allows no comments (// or /* */)",
  "unfinished-text": "text without its closing double quote",
  "bad-escape": "a \\ in text must be written \\\\",
};

const quoted = (text: string) => `"${printable(text)}"`;

/** One problem of a settings file, as a clause after the file's name. */
function problemEn(p: SettingsFileProblem): string {
  switch (p.code) {
    case "not-found":
      return "no such file.";
    case "folder":
      return "this is a folder, not a file.";
    case "not-a-file":
      return "this is not a regular file (perhaps a pipe or a device).";
    case "no-permission":
      return "no permission to read it.";
    case "unreadable":
      return "it cannot be read.";
    case "too-large":
      return `it is larger than ${p.limit / 1024} KB, too large for a settings file.`;
    case "not-utf8":
      return "it is not UTF-8 text; save it again as UTF-8.";
    case "not-json":
      if (p.at === null) return "it is not valid JSON.";
      if (p.at.fault === "empty") return 'it is empty; it needs a JSON object such as { "postgradMaxAge": 45 }.';
      return `it is not valid JSON: line ${p.at.line}, column ${p.at.column}: ${FAULTS[p.at.fault]}.`;
    case "duplicate-key":
      return `${quoted(p.key)} is given twice (again on line ${p.line}); keep one.`;
    case "not-an-object":
      return `it needs a JSON object ({ "name": value, ... }) but holds ${KINDS[p.given]}.`;
    case "unknown-key":
      return p.suggestion !== null
        ? `there is no setting ${quoted(p.key)}; did you mean "${p.suggestion}"?`
        : `there is no setting ${quoted(p.key)} (the settings: ${Object.keys(DEFAULT_SETTINGS).join(", ")}).`;
    case "wrong-type":
      if (p.expected === "whole-number")
        return p.given === "number"
          ? `"${p.key}" must be a whole number, without decimals.`
          : `"${p.key}" must be a whole number (not in quotes), not ${KINDS[p.given]}.`;
      return p.expected === "date"
        ? `"${p.key}" must be a day as "dd/mm/yyyy" (in double quotes), not ${KINDS[p.given]}.`
        : `"${p.key}" must be text in double quotes, not ${KINDS[p.given]}.`;
    case "out-of-range":
      return `"${p.key}" must be from ${p.min} to ${p.max}, not ${p.value}.`;
    case "bad-date":
      return `"${p.key}" must be a real day written dd/mm/yyyy, not ${quoted(p.value)}.`;
  }
}

/** Why the --settings file was refused: one line for one problem, else a line for each. */
export function settingsFileEn(file: string, problems: readonly SettingsFileProblem[]): string {
  const name = quoted(file);
  if (problems.length === 1) return `The settings file ${name} cannot be used: ${problemEn(problems[0])}`;
  return [
    `The settings file ${name} has ${problems.length} problems; none of its settings was applied:`,
    ...problems.map((p) => `  - ${problemEn(p)}`),
  ].join("\n");
}
