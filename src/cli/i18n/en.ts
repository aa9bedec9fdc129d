import { formatNumber } from "../../core/i18n";
import { megabytes } from "../../core/files";
import { DEFAULT_MAX_ISSUES } from "../check/max-issues";
import { settingsFileEn } from "./settings-en";
import type { CliMessages } from "./shape";

export const EN: CliMessages = {
  help: (limits) => `Usage: cadre-roster check [--json | --csv [--delimiter ,|;|tab]] [--max-issues N] [--lang vi|en] [--settings FILE] PATH...

Checks cadre rosters (training, rotation, planning) in Excel .xlsx workbooks.
A PATH is an .xlsx file or a folder: the .xlsx files directly inside it are checked; its
subfolders are not entered, and are listed as skipped with its other spreadsheets (.xls, .csv…).

  --json             print the report as JSON
  --csv              print one issue a line as CSV that opens in Excel with a double-click
                     (--lang vi: ";" as Excel with Vietnamese regional settings expects; --lang en: ",")
  --delimiter SEP    the CSV's column separator: , or ; or tab, instead of the language's
  --lang vi|en       language of the messages (default: vi)
  --settings FILE    a JSON file of settings (age limits, working years left…)
  --max-memory MB    memory for reading and checking one file (default: ${formatNumber(limits.maxMemoryMb, "en")})
  --time-limit SEC   time for reading and checking one file, in seconds (default: ${formatNumber(limits.maxSeconds, "en")})
  --max-cells N      cells one file may hold, all its sheets together (default: ${formatNumber(limits.maxCells, "en")})
  --max-issues N     issues listed for one file, the others only counted (default: ${formatNumber(DEFAULT_MAX_ISSUES, "en")})
  -h, --help         this help

Exit code: 0 no errors; 1 errors found; 2 a file could not be read, or bad usage.
Limits per file: ${megabytes(limits.maxFileBytes)}, ${formatNumber(limits.maxCells, "en")} cells. Files are read side by side,
each on its own, so one that is too large or too complex is reported and the others are still checked.
Input files are never written.
`,
  severity: { error: "error", warning: "warning", info: "info" },
  count: (n, severity) =>
    `${formatNumber(n, "en")} ${EN.severity[severity]}${n === 1 || severity === "info" ? "" : "s"}`,
  kind: { training: "training roster", rotation: "rotation roster", planning: "planning roster" },
  summary: (files, sheets, rows) =>
    `Checked ${formatNumber(files, "en")} file${files === 1 ? "" : "s"}, ${formatNumber(sheets, "en")} sheet${sheets === 1 ? "" : "s"}, ${formatNumber(rows, "en")} data row${rows === 1 ? "" : "s"}`,
  noIssues: "no issues",
  unlisted: (n) =>
    `… and ${formatNumber(n, "en")} more issue${n === 1 ? "" : "s"} not listed (--max-issues lists more)`,
  unreadable: "CANNOT BE READ",
  sheet: (name) => `Sheet "${name}"`,
  notRoster: "not a roster",
  headerRows: (from, to) => (from === to ? `header on row ${from}` : `header on rows ${from}–${to}`),
  dataRows: (n) => `${formatNumber(n, "en")} data row${n === 1 ? "" : "s"}`,
  fix: "fix",
  realDate: (date) => `${date} (as a date)`,
  related: (cell) => `see ${cell}`,
  emptyFolder: (folder) => `The folder "${folder}" holds no .xlsx file.`,
  skipped(file, reason) {
    switch (reason) {
      case "xls":
        return `Skipped "${file}": .xls: open and save as .xlsx.`;
      case "other-excel":
        return `Skipped "${file}": only .xlsx files are checked: open and save as .xlsx (Excel Workbook).`;
      case "csv":
        return `Skipped "${file}": .csv files are not checked: open in Excel and save as .xlsx.`;
      case "subfolder":
        return `Skipped the subfolder "${file}": only the files directly in a folder named are checked; name the subfolder to check it.`;
    }
  },
  settingsFile: settingsFileEn,
  csvHeaders: {
    file: "File",
    sheet: "Sheet",
    cell: "Cell",
    row: "Row",
    column: "Column",
    rule: "Rule",
    ruleId: "Rule id",
    severity: "Severity",
    field: "Field",
    value: "Value",
    message: "Message",
    fix: "Fix",
    related: "Related cell",
  },
  usage: {
    unknownCommand: (command, suggestion) =>
      `Unknown command: "${command}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} The commands: check, summary, fix.`,
    missingCommand:
      'Missing command: use "cadre-roster check PATH...", "cadre-roster summary --targets TARGETS.xlsx PATH..." or "cadre-roster fix --out NEW.xlsx FILE.xlsx".',
    noPaths: "Missing path: name at least one .xlsx file or folder.",
    noFiles: "There is no .xlsx file to check.",
    jsonAndCsv: "Choose one of --json and --csv, not both.",
    badDelimiter: (value) => `Unknown separator: "${value}" (use , or ; or tab).`,
    delimiterWithoutCsv: "--delimiter goes with --csv only.",
    badLang: (value) => `Unknown language: "${value}" (use vi or en).`,
    option(p) {
      switch (p.code) {
        case "unknown":
          return `Unknown option: ${p.option}.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ""}`;
        case "needs-value":
          return `Bad option: ${p.option} needs a value right after it (a value that starts with "-" is written ${p.option}=VALUE).`;
        case "takes-no-value":
          return `Bad option: ${p.option} takes no value.`;
      }
    },
    unreadableOptions: "Bad options.",
    badLimit: (option, value) => `Bad value for ${option}: "${value}" (a whole number greater than 0).`,
    seeHelp: "See: cadre-roster --help",
  },
};
