import * as path from "path";
import type { ConsolidateInput } from "../../core/consolidate/types";
import type { Language } from "../../core/report/types";
import type { Limits } from "../../xlsx/limits";
import { CLI_MESSAGES } from "../i18n";
import { readWorkbook } from "../read-file";

/** One roster workbook, or why it could not be read; nothing that happens reading one file stops the others. */
export async function readInput(file: string, limits: Limits, lang: Language): Promise<ConsolidateInput> {
  const m = CLI_MESSAGES[lang];
  try {
    const read = await readWorkbook(file, file, limits);
    return read.ok ? { file, workbook: read.workbook } : { file, error: m.problem(read.problem) };
  } catch (error) {
    return { file, error: m.checkFailed(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * The rosters among the collected files: the targets workbook is not one, nor is an earlier report at the
 * --out path found in a folder. Returns the --out path instead when it names an input given directly,
 * which the report must never overwrite.
 */
export function rosterFiles(
  files: readonly string[],
  given: readonly string[],
  targets: string,
  out: string | null,
): { files: string[] } | { clash: string } {
  const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);
  if (out !== null && (same(out, targets) || given.some((g) => same(g, out)))) return { clash: out };
  return { files: files.filter((file) => !same(file, targets) && (out === null || !same(file, out))) };
}
