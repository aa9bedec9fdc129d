import type { OutputProblem, WriteProblem } from "../../output-guard";
import type { WorkbookFeature } from "../../../xlsx/round-trip-losses";
import type { SkipReason } from "../../../xlsx/write-repairs";

/** Every sentence `cadre-roster fix` writes, in each language it speaks. */
export interface FixMessages {
  /** The fix command's part of --help. */
  help: string;
  usage: { noFile: string; oneFile: string; noOut: string; outNotXlsx(out: string): string };
  output: {
    /** Why the copy may not go to --out. */
    refused: Record<OutputProblem, (out: string) => string>;
    writeFailed(out: string, problem: WriteProblem): string;
  };
  planned(file: string, n: number, dryRun: boolean): string;
  skipped(reason: SkipReason, cells: readonly string[]): string;
  written(out: string, n: number, logSheet: string): string;
  lost(features: readonly WorkbookFeature[]): string;
  feature: Record<WorkbookFeature, string>;
  realDate(date: string): string;
}
