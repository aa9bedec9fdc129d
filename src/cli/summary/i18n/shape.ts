import type { OutputProblem, WriteProblem } from "../../output-guard";

/** Every sentence the summary command writes, in each language it speaks. */
export interface SummaryMessages {
  /** The summary command's part of --help. */
  help: string;
  totals(files: number, unreadable: number, rows: number, people: number): string;
  targetsFrom(file: string, sheet: string, categories: number): string;
  title: string;
  columns: readonly [string, string, string, string, string, string];
  noneSent: string;
  rotation(rotated: number, quota: number | null, percent: number | null): string;
  zeroSent(labels: readonly string[]): string;
  countedOnce: string;
  duplicates(n: number): string;
  noDuplicates: string;
  born(date: string): string;
  place(file: string, sheet: string, row: number, unit: string): string;
  files: string;
  fileRows(rows: number): string;
  unreadable: string;
  /** Where to read every issue; `sheet` is the findings sheet of the --out report. */
  seeCheck(sheet: string): string;
  targetsWarnings: string;
  written(file: string): string;
  targetsUnreadable(file: string, reason: string): string;
  targetsProblem(file: string, reason: string): string;
  outFailed(file: string, problem: WriteProblem): string;
  /** Why the report may not go to --out. */
  refused: Record<OutputProblem, (file: string) => string>;
  usage: { noTargets: string; outNotXlsx(file: string): string };
}
