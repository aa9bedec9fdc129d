import { answer } from "../command-line";
import { fileProblemMessage } from "../../core/files";
import type { FixArgs, ParsedFix } from "./args";
import { FIX_MESSAGES } from "./i18n";
import { formatRepairs } from "./format-repairs";
import { printable } from "../visible-text";
import { commandLimits } from "../limit-options";
import type { CliIo } from "../io";
import { runOne } from "../isolate/pool";
import { outputProblem, writeProblemOf, writeWhole } from "../output-guard";
import { commandSettings } from "../settings-file";

export { parseFixCommand } from "./args";

/**
 * `cadre-roster fix`: the workbook is checked and repaired in a worker of its own (see analyse.ts), and
 * the copy it makes is written here, never over an input. 0 when done (or listed, for a dry run); 2 when
 * a file cannot be read or written.
 */
export async function runFix(args: FixArgs, io: CliIo): Promise<number> {
  const m = FIX_MESSAGES[args.lang];
  const settings = await commandSettings(args, io);
  if (settings === null) return 2;
  const out = args.dryRun ? null : args.out;
  if (out !== null) {
    const inputs = { files: args.settingsFile === null ? [args.file] : [args.file, args.settingsFile], folders: [] };
    const problem = await outputProblem(out, inputs, args.force);
    if (problem !== null) {
      io.stderr(m.output.refused[problem](printable(out)) + "\n");
      return 2;
    }
  }
  const limits = commandLimits(io.limits);
  const job = { kind: "fix" as const, path: args.file, settings, lang: args.lang, limits, copy: out !== null };
  const outcome = await runOne(job, io.workerScript);
  if (!outcome.ok) {
    io.stderr(`${printable(args.file)}: ${fileProblemMessage(outcome.problem, args.lang)}\n`);
    return 2;
  }
  const { changes, skipped, copy } = outcome.value;
  io.stdout(formatRepairs(args.file, changes, args.lang, args.dryRun));
  for (const reason of ["formula", "link"] as const)
    if (skipped[reason].length > 0) io.stdout(m.skipped(reason, skipped[reason].map(printable)) + "\n");
  if (out === null || copy === null) return 0;
  try {
    await writeWhole(out, copy.bytes);
  } catch (error) {
    io.stderr(m.output.writeFailed(printable(out), writeProblemOf(error)) + "\n");
    return 2;
  }
  io.stdout(m.written(printable(out), changes.length, copy.logSheet) + "\n");
  if (copy.lost.length > 0) io.stderr(m.lost(copy.lost) + "\n");
  return 0;
}

/** The parsed `fix` command line run: its help, its usage error (exit 2), or the repair. */
export function fixCommand(parsed: ParsedFix, io: CliIo): Promise<number> {
  return answer(
    parsed,
    (lang) => FIX_MESSAGES[lang].help.trimStart(),
    io,
    (args) => runFix(args, io),
  );
}
