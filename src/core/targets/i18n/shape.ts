import type { TargetsProblem, TargetWarningCode } from "../types";

/** What reading a targets sheet tells the user. */
export interface TargetsTexts {
  /** Why no targets could be read. */
  problem: Readonly<Record<TargetsProblem, string>>;
  /** One sentence per warning, naming the row of the targets sheet and the text it could not read. */
  warning: { readonly [C in TargetWarningCode]: (row: number, value: string) => string };
}
