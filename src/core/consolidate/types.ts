import type { YMD } from "../dates";
import type { Term } from "../targets/term";
import type { WorkbookInput } from "../grid/types";
import type { Gender } from "../people";
import type { PlanStatus } from "../plan";
import type { FileReport, Report } from "../report/types";
import type { RosterKind } from "../roster/types";
import type { AdminLevel } from "../targets/types";

/** One data row of a roster, as the consolidated roster holds it. Texts are Unicode NFC with tidy spaces. */
export interface PersonRecord {
  file: string;
  sheet: string;
  /** The Excel row number. */
  row: number;
  /** The column of the name's cell ("C"). */
  nameColumn: string;
  name: string;
  /** The name's VN_KEY: the same person spelt differently has one key. */
  key: string;
  birth: YMD | null;
  /** The cell gave a year alone (counted as 1 January). */
  birthYearOnly: boolean;
  gender: Gender | null;
  /** The unit column, else (rotation lists) the unit rotated from, else the issuing unit of the sheet's letterhead. */
  unit: string;
  level: AdminLevel | null;
  programme: string;
  field: string;
  major: string;
  kind: RosterKind;
  /** The sections the person is listed under on the sheet ("KHỐI CHÍNH QUYỀN / Sở Y tế"), null outside any. */
  section: string | null;
  /** The ethnic group as written, tidied ("" when the roster has no such column or the cell is blank). */
  ethnicity: string;
  /** The title band of the list the row is in ("DANH SÁCH QUY HOẠCH … GIAI ĐOẠN 2025 – 2030"), "" when it has none. */
  list: string;
  /** When the person was sent: the decision's date, else the rotation's or the training's start; null when the row gives none. */
  sent: YMD | null;
}

/** Where a person appears. */
export interface Place {
  file: string;
  sheet: string;
  row: number;
  unit: string;
  programme: string;
}

/** A person (same VN_KEY name, same birth date) found in more than one file, with every place found. */
export interface CrossFileDuplicate {
  name: string;
  birth: YMD;
  birthYearOnly: boolean;
  places: Place[];
}

/** A category's result. `sent` counts people once however many rows name them. */
export interface CategoryResult {
  label: string;
  /** The targets sheet's row. */
  row: number | null;
  target: number | null;
  /** Roster rows that match the category. */
  rows: number;
  sent: number;
  /** sent ÷ target (3 for 300%); null without a target. */
  share: number | null;
  /** The share as a whole percentage, rounded half up (139 of 200 → 70). */
  percent: number | null;
  status: PlanStatus | null;
  /** Still needed to meet the target; 0 once met. */
  gap: number | null;
  zeroSent: boolean;
}

/** Rotated cadres against the quota of the first rotation category (null quota when there is none). */
export interface RotationLine {
  label: string | null;
  rotated: number;
  quota: number | null;
  share: number | null;
  percent: number | null;
}

/** The rows listed under one section, across files: `sent[i]` counts the people of `achievement[i]`. */
export interface SectionResult {
  /** As first written; null for the rows outside any section. */
  section: string | null;
  rows: number;
  people: number;
  sent: number[];
}

/** A consolidated roster row: the record and the indexes (into `achievement`) of the categories it counts in. */
export interface ConsolidatedRow extends PersonRecord {
  categories: readonly number[];
}

/** What consolidation keeps of one workbook: its check report and the people on its rosters. */
export interface ExaminedWorkbook {
  report: FileReport;
  people: PersonRecord[];
}

/**
 * A workbook to consolidate, one already examined where it was read (see examineWorkbook), or one that
 * could not be read (reported, and skipped).
 */
export type ConsolidateInput =
  | { file: string; workbook: WorkbookInput }
  | { file: string; examined: ExaminedWorkbook }
  | { file: string; error: string };

export interface Consolidation {
  /** Each file's check report, in the order given; a file that could not be read has its `error`. */
  perFile: FileReport[];
  /** The same as one check report (docs/report-format.md). */
  check: Report;
  /** How the people were linked to the planning lists of all the files (`not-in-planning` across files). */
  planningLink: PlanningLink;
  rows: ConsolidatedRow[];
  /** Different people over all rows (rows without a birth date count one each). */
  people: number;
  crossFileDuplicates: CrossFileDuplicate[];
  achievement: CategoryResult[];
  /** Categories nobody was sent for. */
  zeroSent: CategoryResult[];
  rotation: RotationLine | null;
  /** The breakdown by the rosters' sections; empty when no roster has sections. */
  sections: SectionResult[];
  /** The structure of each planning list: young cadres, women, ethnic minorities against their goals. */
  planning: PlanningPool[];
}

/** One part of a planning list's structure against its goal. */
export interface PoolShare {
  count: number;
  /** count ÷ people, as a whole percentage. */
  percent: number;
  /** The goal in percent; null when none is set. */
  goal: number | null;
  /** The share reaches the goal; null without a goal. */
  met: boolean | null;
}

/** A planning list's structure (Quy định 50-QĐ/TW): young cadres, women and ethnic minorities among its people. */
export interface PlanningPool {
  file: string;
  sheet: string;
  /** The list's title band, "" when it has none. */
  title: string;
  /** The planning term its title names ("GIAI ĐOẠN 2025 – 2030"), null when none. */
  term: Term | null;
  /** The day ages are counted at: the term's start, else the report's day. */
  asOf: YMD;
  people: number;
  /** Young means under this age at `asOf` (setting planningYoungAge). */
  youngAge: number;
  young: PoolShare;
  women: PoolShare;
  minority: PoolShare;
  /** People whose birth date, gender or ethnic group the list does not give: counted as neither young, woman nor minority. */
  unknown: { birth: number; gender: number; ethnicity: number };
}

/** How the consolidation's people were linked to its planning lists. */
export interface PlanningLink {
  /** Planning lists (a file's sheet and title) found across the files; none means nobody could be linked. */
  lists: number;
  /** People rotated or sent for leadership-track training who are on none of them. */
  unplanned: number;
}
