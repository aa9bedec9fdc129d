import type { RosterKind } from "../../core/roster/types";
import type { Severity } from "../../core/rules";
import type { CsvColumn } from "../check/csv-columns";
import type { SkipReason } from "../collect-paths";
import type { OptionProblem } from "../option-problem";
import type { SettingsFileProblem } from "../settings-problem";
import type { Limits } from "../../xlsx/limits";

export interface CliMessages {
  /** The check command's part of --help, with the limits a file is read within. */
  help(limits: Limits): string;
  severity: Record<Severity, string>;
  count(n: number, severity: Severity): string;
  kind: Record<RosterKind, string>;
  summary(files: number, sheets: number, rows: number): string;
  noIssues: string;
  /** Under a sheet's list: the issues found past --max-issues, counted but not listed. */
  unlisted(n: number): string;
  unreadable: string;
  sheet(name: string): string;
  notRoster: string;
  headerRows(from: number, to: number): string;
  dataRows(n: number): string;
  fix: string;
  realDate(date: string): string;
  related(cell: string): string;
  emptyFolder(folder: string): string;
  /** A file of a folder that was not checked, and what to do about it. */
  skipped(file: string, reason: SkipReason): string;
  /** Why the --settings file was refused, every problem found. */
  settingsFile(file: string, problems: readonly SettingsFileProblem[]): string;
  /** The CSV's header row. */
  csvHeaders: Record<CsvColumn, string>;
  usage: {
    unknownCommand(command: string, suggestion: string | null): string;
    missingCommand: string;
    noPaths: string;
    noFiles: string;
    jsonAndCsv: string;
    badDelimiter(value: string): string;
    delimiterWithoutCsv: string;
    badLang(value: string): string;
    option(problem: OptionProblem): string;
    unreadableOptions: string;
    badLimit(option: string, value: string): string;
    seeHelp: string;
  };
}
