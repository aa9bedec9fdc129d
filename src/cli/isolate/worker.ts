import { getHeapStatistics } from "v8";
import { isMainThread, parentPort, workerData } from "worker_threads";
import { WORKER_MARK } from "./head-start";
import { runJob, type Job, type WorkerAnswer } from "./jobs";

/** How often the worker looks at its memory while it works. */
const WATCH_MS = 20;

/** Whether this thread is a worker started by the command to work on files. */
export function isJobWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && WORKER_MARK in workerData;
}

function answer(message: WorkerAnswer): void {
  parentPort?.postMessage(message);
}

/**
 * Does one job and sends its outcome back. The worker watches its own memory against the job's limit
 * and, once it is passed, answers that the file is too large and ends itself cleanly: the engine's own
 * cap on the worker (set higher, see pool.ts) ends a worker abruptly, and a large enough allocation past
 * it can end the whole process, so it is only the last resort.
 */
async function serve(job: Job): Promise<void> {
  const limit = job.limits.maxMemoryMb * 1024 * 1024;
  const watch = setInterval(() => {
    if (getHeapStatistics().used_heap_size <= limit) return;
    answer({ outcome: { ok: false, problem: { code: "out-of-memory", limitMb: job.limits.maxMemoryMb } }, ending: true });
    process.exit(1);
  }, WATCH_MS);
  const outcome = await runJob(job);
  clearInterval(watch);
  answer({ outcome, ending: false });
}

/**
 * Takes jobs one at a time from the thread that started this worker, for as long as it lives. The reader
 * (every kind of job uses it) and the engine (all but the targets file use it) start loading at once, while the
 * first job is still on its way.
 */
export function serveJobs(): void {
  parentPort?.on("message", (job: Job) => void serve(job));
  void import("../read-file");
  void import("../../core/engine");
}
