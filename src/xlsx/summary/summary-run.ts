import type { Consolidation } from "../../core/consolidate/types";
import type { TargetWarning } from "../../core/targets/types";

/** What one run of the summary command found: the targets it used and the consolidation. */
export interface SummaryRun {
  targetsFile: string;
  targetsSheet: string;
  targetWarnings: TargetWarning[];
  result: Consolidation;
}
