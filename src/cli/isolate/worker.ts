import { getHeapStatistics } from "v8";
import { isMainThread, parentPort, workerData } from "worker_threads";
import type { FileProblem } from "../../xlsx/file-problem";
import { JOB_KEY, runJob, type Job } from "./jobs";
import type { Outcome } from "./outcome";

/** How often the worker looks at its memory while it works. */
const WATCH_MS = 20;

/** Whether this thread is a worker started by the command to work on one file. */
export function isJobWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && JOB_KEY in workerData;
}

/**
 * Does the job this worker was started with and sends its outcome back; the worker then ends. The
 * worker watches its own memory against the job's limit and gives up cleanly when it is passed: the
 * engine's own cap on the worker (set higher, see pool.ts) ends a worker abruptly, and a large enough
 * allocation past it can end the whole process, so it is only the last resort.
 */
export function serveJob(): void {
  const job = (workerData as Record<typeof JOB_KEY, Job>)[JOB_KEY];
  const limit = job.limits.maxMemoryMb * 1024 * 1024;
  let done = false;
  const answer = (outcome: Outcome<unknown>) => {
    if (done) return;
    done = true;
    clearInterval(watch);
    parentPort?.postMessage(outcome);
  };
  const watch = setInterval(() => {
    if (getHeapStatistics().used_heap_size <= limit) return;
    const problem: FileProblem = { code: "out-of-memory", limitMb: job.limits.maxMemoryMb };
    answer({ ok: false, problem });
    process.exit(1);
  }, WATCH_MS);
  void runJob(job).then(answer);
}
