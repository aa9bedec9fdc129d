import { promises as fs } from "fs";
import { startConsolidation } from "../../core/consolidate/consolidate";
import type { Consolidation } from "../../core/consolidate/types";
import type { Settings } from "../../core/settings";
import { targetsProblemMessage } from "../../core/targets/messages";
import type { Term } from "../../core/targets/term";
import type { Target, TargetWarning } from "../../core/targets/types";
import { findTargets } from "../../core/targets/read-targets";
import { collectPaths } from "../collect-paths";
import { tellCollected } from "../tell-collected";
import { visibleJson } from "../visible-text";
import { DEFAULT_LIMITS, type Limits } from "../../xlsx/limits";
import type { CliIo } from "../io";
import { CLI_MESSAGES } from "../i18n";
import { readWorkbook } from "../read-file";
import type { SummaryArgs } from "./args";
import { formatSummary } from "./format-summary";
import { readInput, rosterFiles } from "./inputs";
import { SUMMARY_MESSAGES } from "./i18n";
import { summaryJson } from "./summary-json";
import type { SummaryRun } from "./types";
import { reportWorkbook } from "../../xlsx/summary/write-report";

type LoadedTargets =
  | { ok: true; sheet: string; targets: Target[]; warnings: TargetWarning[]; term: Term | null }
  | { ok: false; message: string };

/** The targets workbook: a problem with it stops the command, as nothing could be counted against it. */
async function loadTargets(args: SummaryArgs, limits: Limits): Promise<LoadedTargets> {
  const m = SUMMARY_MESSAGES[args.lang];
  const read = await readWorkbook(args.targets, args.targets, limits);
  if (!read.ok)
    return { ok: false, message: m.targetsUnreadable(args.targets, CLI_MESSAGES[args.lang].problem(read.problem)) };
  const found = findTargets(read.workbook);
  return found.ok
    ? found
    : { ok: false, message: m.targetsProblem(args.targets, targetsProblemMessage(found.problem, args.lang)) };
}

/** 2 when a file could not be read (the others still counted), 1 when the check found errors, else 0, as for check. */
function exitCode(result: Consolidation): number {
  if (result.perFile.some((file) => file.error !== null)) return 2;
  return result.check.summary.errors > 0 ? 1 : 0;
}

/** `cadre-roster summary`: check and consolidate every roster, count each category against its target, report. */
export async function runSummary(args: SummaryArgs, settings: Settings, io: CliIo): Promise<number> {
  const m = SUMMARY_MESSAGES[args.lang];
  const limits = { ...DEFAULT_LIMITS, ...io.limits };
  const loaded = await loadTargets(args, limits);
  if (!loaded.ok) {
    io.stderr(loaded.message + "\n");
    return 2;
  }
  const collected = await collectPaths(args.paths);
  tellCollected(collected, args.lang, io);
  const inputs = rosterFiles(collected.files, args.paths, args.targets, args.out);
  if ("clash" in inputs) {
    io.stderr(m.usage.sameFile(inputs.clash) + "\n");
    return 2;
  }
  if (inputs.files.length === 0) {
    io.stderr(CLI_MESSAGES[args.lang].usage.noFiles + "\n");
    return 2;
  }
  const consolidator = startConsolidation(loaded.targets, { settings, lang: args.lang });
  for (const file of inputs.files) {
    const input = await readInput(file, limits, args.lang);
    try {
      consolidator.add(input);
    } catch (error) {
      consolidator.add({
        file,
        error: CLI_MESSAGES[args.lang].checkFailed(error instanceof Error ? error.message : String(error)),
      });
    }
  }
  const run: SummaryRun = {
    targetsFile: args.targets,
    targetsSheet: loaded.sheet,
    targetWarnings: loaded.warnings,
    term: loaded.term,
    result: consolidator.result(),
  };
  io.stdout(args.json ? visibleJson(summaryJson(run, args.lang)) + "\n" : formatSummary(run, args.lang));
  if (args.out !== null) {
    try {
      // Written whole once made, so a failure never leaves half a report behind.
      await fs.writeFile(args.out, await reportWorkbook(run, args.lang, new Date()));
    } catch (error) {
      io.stderr(m.outFailed(args.out, error instanceof Error ? error.message : String(error)) + "\n");
      return 2;
    }
    if (!args.json) io.stdout(`\n${m.written(args.out)}\n`);
  }
  return exitCode(run.result);
}
