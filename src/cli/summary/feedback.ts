import { promises as fs } from "fs";
import * as path from "path";
import type { Language } from "../../core/i18n/language";
import { feedbackWorkbook } from "../../xlsx/summary/write-feedback";
import type { SummaryRun } from "../../xlsx/summary/summary-run";
import { type OutputProblem, outputProblem, type WriteProblem, writeProblemOf, writeWhole } from "../output-guard";

/**
 * Where each unit's feedback goes: "02-so-y-te.xlsx" → "DIR/02-so-y-te.phan-hoi.xlsx", named after the file
 * the unit sent; two files of one name from different folders get "-2", "-3" …
 */
export function feedbackPaths(folder: string, files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file));
    let name = `${stem}.phan-hoi.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.phan-hoi.xlsx`;
    taken.add(name.toLowerCase());
    return path.join(folder, name);
  });
}

/** The first feedback path that may not be written (an input, inside an input folder, an existing file without --force). */
export async function feedbackRefusal(
  paths: readonly string[],
  inputs: { files: readonly string[]; folders: readonly string[] },
  force: boolean,
): Promise<{ file: string; problem: OutputProblem } | null> {
  for (const file of paths) {
    const problem = await outputProblem(file, inputs, force);
    if (problem !== null) return { file, problem };
  }
  return null;
}

/** Writes each unit's workbook, each whole or not at all; stops at the first that cannot be written. */
export async function writeFeedback(
  run: SummaryRun,
  files: readonly string[],
  paths: readonly string[],
  lang: Language,
  madeAt: Date,
): Promise<{ file: string; problem: WriteProblem } | null> {
  if (paths.length > 0) await fs.mkdir(path.dirname(paths[0]), { recursive: true }).catch(() => undefined);
  for (const [i, file] of files.entries()) {
    try {
      await writeWhole(paths[i], await feedbackWorkbook(run, file, lang, madeAt));
    } catch (error) {
      return { file: paths[i], problem: writeProblemOf(error) };
    }
  }
  return null;
}
