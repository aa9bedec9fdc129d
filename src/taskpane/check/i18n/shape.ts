import type { Severity } from "../../../core/report/types";

/** The texts of the check: the roster picker, progress, results, problem list and worksheet actions, in one language. Numbers and names arrive already formatted. */
export interface CheckTexts {
  checkTitle: string;
  targetLabel: string;
  targetActive: string;
  check: string;
  cancel: string;
  reading: (done: string, total: string) => string;
  readingStart: string;
  validating: (rows: string) => string;
  cancelled: string;
  resultsTitle: string;
  /** Read out by screen readers when a check ends. */
  checked: (errors: string, warnings: string, infos: string) => string;
  summarySheet: (sheet: string, rows: string, time: string) => string;
  summaryTable: (table: string, sheet: string, rows: string, time: string) => string;
  severity: Readonly<Record<Severity, string>>;
  filterLabel: string;
  /** Before a severity's count on its filter button, heard only: "chỉ xem 3 Lỗi". */
  only: string;
  noProblems: string;
  allFiltered: string;
  notRoster: (sheet: string, rows: string) => string;
  emptySheet: (sheet: string) => string;
  /** The word after a group's count, heard by screen-reader users ("3 vấn đề"), for one and for more. */
  problemOne: string;
  problemMany: string;
  showMore: (count: string) => string;
  problemHint: string;
  actionsLabel: string;
  mark: string;
  clear: string;
  report: string;
  marked: (cells: string, formats: string) => string;
  nothingToMark: string;
  cleared: (formats: string) => string;
  nothingToClear: string;
  reported: (rows: string, sheet: string) => string;
  selected: (cell: string, sheet: string) => string;
  cellGone: (cell: string, sheet: string) => string;
}
