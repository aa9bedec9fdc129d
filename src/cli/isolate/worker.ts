import { isMainThread, parentPort, workerData } from "worker_threads";
import { JOB_KEY, runJob, type Job } from "./jobs";

/** Whether this thread is a worker started by the command to work on one file. */
export function isJobWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && JOB_KEY in workerData;
}

/** Does the job this worker was started with and sends its outcome back; the worker then ends. */
export function serveJob(): void {
  const job = (workerData as Record<typeof JOB_KEY, Job>)[JOB_KEY];
  void runJob(job).then((outcome) => parentPort?.postMessage(outcome));
}
