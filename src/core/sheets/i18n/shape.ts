import type { Gender } from "../../people/gender";
import type { FixableRule } from "../../repair/types";
import type { RosterKind } from "../../roster/types";
import type { Severity } from "../../rules/types";
import type { AdminLevel } from "../../targets/types";

type Six = readonly [string, string, string, string, string, string];
type Seven = readonly [string, string, string, string, string, string, string];
type Eight = readonly [string, string, string, string, string, string, string, string];
type Fifteen = readonly [...Seven, ...Seven, string];

/** The words of the sheets the product writes. Numbers in them go through the core's formatter. */
export interface SheetTexts {
  severity: Readonly<Record<Severity, string>>;
  checkReport: {
    title: string;
    checkedAt(at: string): string;
    /** Sheet, cell, rule, severity, value, message. */
    headers: Six;
    none: string;
  };
  stamp: {
    title: string;
    sheet(name: string): string;
    checkedAt(at: string): string;
    result(errors: number, warnings: number, infos: number): string;
    frozen(cells: number): string;
  };
  consolidated: {
    title(rows: number): string;
    /** No., name, birth date, gender, unit, level, programme, field, major, roster kind, categories, file, sheet, row, section. */
    headers: Fifteen;
    gender: Readonly<Record<Gender, string>>;
    level: Readonly<Record<AdminLevel, string>>;
    kind: Readonly<Record<RosterKind, string>>;
  };
  achievement: {
    title: string;
    madeAt(at: string): string;
    source(files: number, people: number): string;
    targetsFrom(source: string): string;
    /** Category, sent, target, share of plan, status, still needed, note. */
    headers: Seven;
    noneSent: string;
    rotation(label: string | null): string;
    zeroSent: string;
    /** How the table is computed and what its colours mean; `targetColumn` is the target column's letter. */
    howToRead(targetColumn: string): string;
    chartHeaders: readonly [string, string];
    chartTitle: string;
    /** The categories year by year under the table (src/core/sheets/progress-block.ts). */
    progress: {
      title(term: string | null): string;
      category: string;
      target: string;
      undated: string;
      sent: string;
      forecast: string;
      cumulative: string;
      /** How the forecast is made; `latest` is the latest day anyone was sent. */
      method(latest: string | null): string;
      chartTitle: string;
    };
    /** Each planning list's structure under the progress (src/core/sheets/planning-block.ts). */
    planning: {
      title: string;
      /** List, structure, people on the list, of them, share, goal, status. */
      headers: Seven;
      asOf(date: string): string;
      young(age: number): string;
      women: string;
      minority: string;
      met: string;
      short: string;
      note: string;
    };
  };
  findings: {
    /** File, sheet, cell, severity, rule, message, fix. */
    headers: Seven;
    unreadable(reason: string): string;
    noIssues: string;
    /** After a sheet's issues: those found past the number listed per file, counted but not listed. */
    unlisted(n: number): string;
  };
  duplicates: {
    /** Group, name, birth date, file, sheet, row, unit, programme. */
    headers: Eight;
    none: string;
  };
  repairLog: {
    /** Sheet, cell, old value, new value, what was done, rule ids. */
    headers: Six;
    done: Readonly<Record<FixableRule, string>>;
  };
}
