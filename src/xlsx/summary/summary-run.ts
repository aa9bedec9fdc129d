import type { Consolidation } from "../../core/consolidate/types";
import type { Term } from "../../core/targets/term";
import type { TargetWarning } from "../../core/targets/types";

/** What one run of the summary command found: the targets it used and the consolidation. */
export interface SummaryRun {
  targetsFile: string;
  targetsSheet: string;
  targetWarnings: TargetWarning[];
  /** The programme's term named in the targets sheet's title, for the progress table's forecast. */
  term: Term | null;
  result: Consolidation;
}
