import { planRepairs } from "../../core/repair";
import { validateWorkbook } from "../../core";
import type { Change } from "../../core/sheets";
import { addChangeLog } from "./change-log";
import { answer } from "../command-line";
import type { FixArgs, ParsedFix } from "./args";
import { FIX_MESSAGES } from "./i18n";
import { formatRepairs } from "./format-repairs";
import { printable } from "../visible-text";
import { DEFAULT_LIMITS } from "../../xlsx/limits";
import type { CliIo } from "../io";
import { CLI_MESSAGES } from "../i18n";
import { outputProblem, writeWhole } from "../output-guard";
import { openWorkbook } from "../read-file";
import { roundTripLosses } from "../../xlsx/round-trip-losses";
import { commandSettings } from "../settings-file";
import { writeRepair, type SkipReason } from "../../xlsx/write-repairs";
import { zipEntries } from "../../xlsx/zip-entries";

export { parseFixCommand } from "./args";

/**
 * `cadre-roster fix`: checks the workbook with the same engine as `check`, writes every repair the
 * report proposes into exceljs's model of it, and writes that as a new file with a change-log sheet.
 * The input is only read. 0 when done (or listed, for a dry run); 2 when a file cannot be read or written.
 */
export async function runFix(args: FixArgs, io: CliIo): Promise<number> {
  const m = FIX_MESSAGES[args.lang];
  const settings = await commandSettings(args, io);
  if (settings === null) return 2;
  const out = args.dryRun ? null : args.out;
  if (out !== null) {
    const problem = await outputProblem(args.file, out, args.force);
    if (problem !== null) {
      const say =
        problem === "same-as-input" ? m.output.sameAsInput : problem === "exists" ? m.output.exists : m.output.notAFile;
      io.stderr(say(printable(out)) + "\n");
      return 2;
    }
  }
  const opened = await openWorkbook(args.file, args.file, { ...DEFAULT_LIMITS, ...io.limits });
  if (!opened.ok) {
    io.stderr(`${printable(args.file)}: ${CLI_MESSAGES[args.lang].problem(opened.problem)}\n`);
    return 2;
  }
  const report = validateWorkbook(opened.workbook, { settings, lang: args.lang });
  const changes: Change[] = [];
  const skipped: Record<SkipReason, string[]> = { formula: [], link: [] };
  report.sheets.forEach((sheetReport, i) => {
    const ws = opened.book.worksheets[i];
    for (const repair of planRepairs(sheetReport, opened.workbook.sheets[i])) {
      // A dry run changes only exceljs's model in memory, so it finds the same cells to skip.
      const skip = writeRepair(ws, repair);
      if (skip === null) changes.push({ sheet: ws.name, repair });
      else skipped[skip].push(`${ws.name}!${repair.cell}`);
    }
  });
  io.stdout(formatRepairs(args.file, changes, args.lang, args.dryRun));
  for (const reason of ["formula", "link"] as const)
    if (skipped[reason].length > 0) io.stdout(m.skipped(reason, skipped[reason].map(printable)) + "\n");
  if (out === null) return 0;
  const logSheet = addChangeLog(opened.book, changes, args.lang);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await opened.book.xlsx.writeBuffer());
    await writeWhole(out, bytes);
  } catch (error) {
    io.stderr(m.output.writeFailed(printable(out), error instanceof Error ? error.message : String(error)) + "\n");
    return 2;
  }
  io.stdout(m.written(printable(out), changes.length, logSheet) + "\n");
  const before = zipEntries(opened.bytes);
  const after = zipEntries(bytes);
  const lost = before !== null && after !== null ? roundTripLosses(before, after) : [];
  if (lost.length > 0) io.stderr(m.lost(lost) + "\n");
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
