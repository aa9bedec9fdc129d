import * as path from "path";
import { Worker } from "worker_threads";
import { CODE_RANGE_MB, fittedMemoryMb, hardHeapCapMb, processCaps } from "./memory-room";

/** The key of a worker's data that marks it as the command's: a worker started without it is someone else's. */
export const WORKER_MARK = "cadreRosterWorker";

/**
 * A worker thread for the command's jobs. The engine's own heap cap on it is set above the limit the
 * worker watches itself against (worker.ts), so that the worker normally stops itself cleanly first, but
 * within the room the system leaves (memory-room.ts): a worker past that would end the whole process.
 */
function newWorker(script: string, maxMemoryMb: number): Worker {
  return new Worker(script, {
    workerData: { [WORKER_MARK]: true },
    resourceLimits: {
      maxOldGenerationSizeMb: hardHeapCapMb(processCaps(), maxMemoryMb),
      codeRangeSizeMb: CODE_RANGE_MB,
    },
    stdout: true,
    stderr: true,
  });
}

/**
 * What a library prints inside the worker is dropped: stdout carries the report. Only for a worker in
 * use: a worker's output being read keeps the command running even when the worker is unref'ed.
 */
function dropOutput(worker: Worker): Worker {
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/** A worker thread for the command's jobs, put to work at once. */
export function startWorker(script: string, maxMemoryMb: number): Worker {
  return dropOutput(newWorker(script, maxMemoryMb));
}

/** The file the installed command (lib/, started by bin/cadre-roster.js) starts its worker threads on. */
export const WORKER_ENTRY = path.join(__dirname, "worker-entry.js");

/** The worker started before the command's own code was loaded, until a pool takes it. */
let early: { worker: Worker; script: string; maxMemoryMb: number } | null = null;

/** The commands that work on files in workers. */
const COMMANDS = new Set(["check", "summary", "fix"]);

/** --max-memory as given (`--max-memory 512`, `--max-memory=512`), when it is a whole number above 0. */
function memoryOption(argv: readonly string[]): number | undefined {
  let text: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--max-memory") text = argv[i + 1];
    else if (arg.startsWith("--max-memory=")) text = arg.slice("--max-memory=".length);
  });
  return text !== undefined && /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : undefined;
}

/**
 * Starts the first worker as the process starts, when `argv` names a command that works on files: a
 * worker takes about as long to start as the command takes to load its own code, so the two are done side
 * by side on two processors. This is only a guess from the arguments, made before they are read properly:
 * the pool takes the worker only if it was started for the same script and memory limit (takeEarlyWorker),
 * and a worker nobody takes does not keep the command running.
 */
export function headStart(argv: readonly string[], script = WORKER_ENTRY): void {
  if (early !== null || !argv.some((arg) => COMMANDS.has(arg))) return;
  const maxMemoryMb = memoryOption(argv) ?? fittedMemoryMb(processCaps());
  const worker = newWorker(script, maxMemoryMb);
  worker.unref();
  early = { worker, script, maxMemoryMb };
}

/** The worker started by headStart, if it was started on `script` with this memory limit; once. */
export function takeEarlyWorker(script: string, maxMemoryMb: number): Worker | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  if (taken.script === script && taken.maxMemoryMb === maxMemoryMb) return dropOutput(taken.worker);
  void taken.worker.terminate();
  return null;
}
