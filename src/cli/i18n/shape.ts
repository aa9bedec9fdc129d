import type { RosterKind } from "../../core/roster/types";
import type { Severity } from "../../core/rules";
import type { FileProblem } from "../../xlsx/file-problem";
import type { Limits } from "../../xlsx/limits";

export interface CliMessages {
  /** The check command's part of --help, with the limits a file is read within. */
  help(limits: Limits): string;
  problem(problem: FileProblem): string;
  severity: Record<Severity, string>;
  count(n: number, severity: Severity): string;
  kind: Record<RosterKind, string>;
  summary(files: number, sheets: number, rows: number): string;
  noIssues: string;
  unreadable: string;
  sheet(name: string): string;
  notRoster: string;
  headerRows(from: number, to: number): string;
  dataRows(n: number): string;
  fix: string;
  realDate(date: string): string;
  related(cell: string): string;
  emptyFolder(folder: string): string;
  usage: {
    unknownCommand(command: string): string;
    missingCommand: string;
    noPaths: string;
    noFiles: string;
    jsonAndCsv: string;
    badLang(value: string): string;
    badOption(detail: string): string;
    badLimit(option: string, value: string): string;
    settings(problem: "unreadable" | "not-json" | "not-an-object", file: string, detail: string): string;
    seeHelp: string;
  };
}
