import type { Report } from "../core/report/types";
import { parseCommandLine, type CheckArgs } from "./args";
import { checkFiles, exitCode } from "./check/check";
import { collectPaths } from "./collect-paths";
import { answer } from "./command-line";
import { formatCsv } from "./check/format-csv";
import { formatText } from "./check/format-text";
import { help } from "./help";
import { commandLimits, limitOptions } from "./limit-options";
import { WORKER_ENTRY } from "./isolate/head-start";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./i18n";
import { commandSettings } from "./settings-file";
import { tellCollected } from "./tell-collected";
import { visibleJson } from "./visible-text";
import { parseSummaryCommand } from "./summary/args";
export type { CliIo } from "./io";
import { parseFixCommand } from "./fix/args";

function render(report: Report, args: CheckArgs): string {
  if (args.format === "json") return visibleJson(report) + "\n";
  if (args.format === "csv") return formatCsv(report, { lang: args.lang, delimiter: args.delimiter });
  return formatText(report, args.lang);
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const m = CLI_MESSAGES[args.lang];
  const settings = await commandSettings(args, io);
  if (settings === null) return 2;
  const collected = await collectPaths(args.paths);
  tellCollected(collected, args.lang, io);
  const { files } = collected;
  if (files.length === 0) {
    io.stderr(m.usage.noFiles + "\n");
    return 2;
  }
  const report = await checkFiles(files, {
    settings,
    lang: args.lang,
    limits: commandLimits(io.limits),
    maxIssues: args.maxIssues,
    workerScript: io.workerScript,
  });
  io.stdout(render(report, args));
  return exitCode(report);
}

/** Runs the command on `argv` (without node and the script) and returns its exit code. */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  const limits = limitOptions(argv);
  if ("message" in limits) return answer(limits, help, given, () => Promise.resolve(2));
  const io: CliIo = { ...given, limits: { ...given.limits, ...limits } };
  // summary and fix write workbooks with exceljs, a large library: loaded only for them, check starts without it.
  const summary = parseSummaryCommand(argv);
  if (summary !== null) return (await import("./summary/command")).summaryCommand(summary, io);
  const fix = parseFixCommand(argv);
  if (fix !== null) return (await import("./fix/command")).fixCommand(fix, io);
  return answer(parseCommandLine(argv), help, io, (args) => check(args, io));
}

/**
 * The installed command: process arguments in, exit code out (set, not forced, so output is flushed).
 * Each file is read and checked in a worker thread started on `workerScript`: by default the worker entry
 * built beside this file in lib/; the packed command gives its own file.
 */
export function main(workerScript = WORKER_ENTRY): void {
  // A reader that stops early (`| head`) closes the pipe: the rest of the report is not wanted, which is
  // no fault; the command still ends with its own exit code.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    workerScript,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
