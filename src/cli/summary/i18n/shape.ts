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
  /** The breakdown by the sections rosters are divided into ("KHỐI ĐẢNG", "1. Sở Y tế"). */
  sections: { title: string; columns: readonly [string, string, string]; none: string };
  /** The planning lists' structure against the goals of Quy định 50-QĐ/TW. */
  planning: {
    /** No file held a planning list: nobody sent could be linked to the pool. */
    notLinked: string;
    /** The people sent checked against `lists` planning lists: `unplanned` on none. */
    linked: (lists: number, unplanned: number) => string;
    title: string;
    columns(youngAge: number): readonly [string, string, string, string, string];
    met: string;
    short(goal: number): string;
    asOf(date: string): string;
    unknown(birth: number, gender: number, ethnicity: number): string;
  };
  /** The progress table: people sent per year, and the forecast for the end of the term. */
  progress: {
    title(term: string | null): string;
    category: string;
    undated: string;
    forecast: string;
    misses: string;
    pace(latest: string): string;
    noTerm: string;
  };
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
  feedbackWritten(files: number, folder: string): string;
  targetsUnreadable(file: string, reason: string): string;
  targetsProblem(file: string, reason: string): string;
  outFailed(file: string, problem: WriteProblem): string;
  /** Why the report may not go to --out. */
  refused: Record<OutputProblem, (file: string) => string>;
  usage: { noTargets: string; outNotXlsx(file: string): string };
}
