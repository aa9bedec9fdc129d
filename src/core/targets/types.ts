import type { RosterKind } from "../roster/types";
import type { Term } from "./term";

/** Administrative level of a cadre's unit, as the BTCTW report forms count them (tỉnh, huyện, xã). */
export type AdminLevel = "province" | "district" | "commune";

/**
 * One condition of a category. A row meets it when any alternative holds: a programme or field
 * alternative when the roster's text contains it as whole words (compared like VN_KEY), a level or kind
 * alternative when the row's level or roster kind is that one. An empty `any` matches nothing (every
 * alternative written was unknown).
 */
export type Criterion =
  | { on: "programme" | "field"; any: readonly string[] }
  | { on: "level"; any: readonly AdminLevel[] }
  | { on: "kind"; any: readonly RosterKind[] };

/** A category of the plan and its target. A row belongs to it when it meets every criterion. */
export interface Target {
  label: string;
  /** The Excel row of the targets sheet it was read from; null for a category not read from a sheet. */
  row: number | null;
  /** Cadres to send; null when not set (a blank cell). */
  target: number | null;
  criteria: readonly Criterion[];
}

export type TargetWarningCode = "bad-target" | "unknown-kind" | "unknown-level";

/** Something in a targets row that was read in a way the user should know about. */
export interface TargetWarning {
  code: TargetWarningCode;
  /** The Excel row. */
  row: number;
  /** The text that could not be read. */
  value: string;
}

/** "no-targets": categories listed, but none with a number: nothing to compare with. */
export type TargetsProblem = "no-header" | "no-categories" | "no-targets";

export type TargetsRead =
  | {
      ok: true;
      sheet: string;
      targets: Target[];
      warnings: TargetWarning[];
      /** The programme's term, when the sheet's title names one ("GIAI ĐOẠN 2016 – 2020"). */
      term: Term | null;
    }
  | { ok: false; problem: TargetsProblem };
