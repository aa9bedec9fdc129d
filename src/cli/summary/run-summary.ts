import * as path from "path";
import { fileProblemMessage } from "../../core/files";
import { startConsolidation } from "../../core/consolidate/consolidate";
import type { Consolidation } from "../../core/consolidate/types";
import type { Settings } from "../../core/settings";
import { targetsProblemMessage } from "../../core/targets/messages";
import type { Term } from "../../core/targets/term";
import type { Target, TargetWarning } from "../../core/targets/types";
import { collectPaths, type CollectedPaths } from "../collect-paths";
import { tellCollected } from "../tell-collected";
import { visibleJson } from "../visible-text";
import type { Limits } from "../../xlsx/limits";
import { commandLimits } from "../limit-options";
import { DEFAULT_MAX_ISSUES } from "../check/max-issues";
import type { CliIo } from "../io";
import { CLI_MESSAGES } from "../i18n";
import { openPool, type Pool } from "../isolate/pool";
import { outputProblem, writeProblemOf, writeWhole } from "../output-guard";
import { unreadFile } from "../unread-file";
import type { SummaryArgs } from "./args";
import { formatSummary } from "./format-summary";
import { SUMMARY_MESSAGES } from "./i18n";
import { feedbackPaths, feedbackRefusal, writeFeedback } from "./feedback";
import { summaryJson } from "./summary-json";
import type { SummaryRun } from "./types";
import { reportWorkbook } from "../../xlsx/summary/write-report";

type LoadedTargets =
  | { ok: true; sheet: string; targets: Target[]; warnings: TargetWarning[]; term: Term | null }
  | { ok: false; message: string };

/** The targets workbook, read in a worker like the rosters: a problem with it stops the command, as nothing could be counted against it. */
async function loadTargets(args: SummaryArgs, limits: Limits, pool: Pool): Promise<LoadedTargets> {
  const m = SUMMARY_MESSAGES[args.lang];
  const [read] = await pool.run([{ kind: "targets" as const, path: args.targets, limits }]);
  if (!read.ok)
    return { ok: false, message: m.targetsUnreadable(args.targets, fileProblemMessage(read.problem, args.lang)) };
  const found = read.value;
  return found.ok
    ? found
    : { ok: false, message: m.targetsProblem(args.targets, targetsProblemMessage(found.problem, args.lang)) };
}

/** 2 when a file could not be read (the others still counted), 1 when the check found errors, else 0, as for check. */
function exitCode(result: Consolidation): number {
  if (result.perFile.some((file) => file.error !== null)) return 2;
  return result.check.summary.errors > 0 ? 1 : 0;
}

/** The rosters among the collected files: the targets workbook found in a rosters' folder is not one. */
function rosterFiles(files: readonly string[], targets: string): string[] {
  return files.filter((file) => path.resolve(file) !== path.resolve(targets));
}

/** `cadre-roster summary`: check and consolidate every roster, count each category against its target, report. */
export async function runSummary(args: SummaryArgs, settings: Settings, io: CliIo): Promise<number> {
  const collected = await collectPaths(args.paths);
  if (args.out !== null) {
    const read = [...collected.files, args.targets, ...(args.settingsFile === null ? [] : [args.settingsFile])];
    const refused = await outputProblem(args.out, { files: read, folders: args.paths }, args.force);
    if (refused !== null) {
      io.stderr(SUMMARY_MESSAGES[args.lang].refused[refused](args.out) + "\n");
      return 2;
    }
  }
  // One pool for the targets and the rosters, so that the workers started for the first serve the rest.
  const pool = openPool(io.workerScript);
  try {
    return await summarise(args, settings, io, collected, pool);
  } finally {
    await pool.close();
  }
}

/** The summary once its output is allowed: the targets, every roster, the consolidation, the outputs. */
async function summarise(
  args: SummaryArgs,
  settings: Settings,
  io: CliIo,
  collected: CollectedPaths,
  pool: Pool,
): Promise<number> {
  const m = SUMMARY_MESSAGES[args.lang];
  const limits = commandLimits(io.limits);
  const loaded = await loadTargets(args, limits, pool);
  if (!loaded.ok) {
    io.stderr(loaded.message + "\n");
    return 2;
  }
  tellCollected(collected, args.lang, io);
  const files = rosterFiles(collected.files, args.targets);
  if (files.length === 0) {
    io.stderr(CLI_MESSAGES[args.lang].usage.noFiles + "\n");
    return 2;
  }
  const feedback = args.feedback === null ? [] : feedbackPaths(args.feedback, files);
  const read = [...collected.files, args.targets, ...(args.settingsFile === null ? [] : [args.settingsFile])];
  const refused = await feedbackRefusal(feedback, { files: read, folders: args.paths }, args.force);
  if (refused !== null) {
    io.stderr(m.refused[refused.problem](refused.file) + "\n");
    return 2;
  }
  // Each roster's check lists as many issues as check does by default: a report of bounded size however many.
  const jobs = files.map((file) => ({
    kind: "roster" as const,
    path: file,
    settings,
    lang: args.lang,
    limits,
    maxIssues: DEFAULT_MAX_ISSUES,
  }));
  const outcomes = await pool.run(jobs);
  const consolidator = startConsolidation(loaded.targets, { settings, lang: args.lang });
  outcomes.forEach((outcome, i) => {
    const examined = outcome.ok ? outcome.value : { report: unreadFile(files[i], outcome.problem, args.lang), people: [] };
    consolidator.add({ file: files[i], examined });
  });
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
      await writeWhole(args.out, await reportWorkbook(run, args.lang, new Date()));
    } catch (error) {
      io.stderr(m.outFailed(args.out, writeProblemOf(error)) + "\n");
      return 2;
    }
    if (!args.json) io.stdout(`\n${m.written(args.out)}\n`);
  }
  if (args.feedback !== null) {
    const failed = await writeFeedback(run, files, feedback, args.lang, new Date());
    if (failed !== null) {
      io.stderr(m.outFailed(failed.file, failed.problem) + "\n");
      return 2;
    }
    if (!args.json) io.stdout(`${m.feedbackWritten(files.length, args.feedback)}\n`);
  }
  return exitCode(run.result);
}
