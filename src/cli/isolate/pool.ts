import { availableParallelism, totalmem } from "os";
import { Worker } from "worker_threads";
import { problemOfError, type FileProblem } from "../../xlsx/file-problem";
import type { Limits } from "../../xlsx/limits";
import { JOB_KEY, runJob, type Job, type JobValue, type WorkerAnswer } from "./jobs";
import type { Outcome } from "./outcome";

/**
 * Files worked on at once: one per processor, but no more than half the computer's memory holds at
 * each worker's memory limit, so that a batch of large files cannot exhaust the computer.
 */
function lanes(jobs: number, limits: Limits): number {
  const byMemory = Math.floor(totalmem() / 2 / (limits.maxMemoryMb * 1024 * 1024));
  return Math.max(1, Math.min(jobs, availableParallelism(), byMemory));
}

/**
 * A worker thread for the command's jobs. The engine's own heap cap on it is set above the limit the
 * worker watches itself against (worker.ts), so that the worker normally stops itself cleanly first.
 * What a library prints inside the worker is dropped: stdout carries the report.
 */
function startWorker(script: string, limits: Limits): Worker {
  const worker = new Worker(script, {
    workerData: { [JOB_KEY]: true },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb * 2 + 64 },
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/** A job's outcome, and whether its worker can take the next job. */
interface Done<T> {
  outcome: Outcome<T>;
  alive: boolean;
}

/**
 * One job done by `worker` under the job's time limit. However the worker ends meanwhile (out of memory,
 * out of time, a crash), the job's file gets a problem and the caller goes on with another worker.
 */
function inWorker<J extends Job>(worker: Worker, job: J): Promise<Done<JobValue<J>>> {
  return new Promise((resolve) => {
    const settle = (done: Done<JobValue<J>>) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("messageerror", onError).off("error", onError).off("exit", onExit);
      if (!done.alive) void worker.terminate();
      resolve(done);
    };
    const fail = (problem: FileProblem) => settle({ outcome: { ok: false, problem }, alive: false });
    const onMessage = (answer: WorkerAnswer) =>
      settle({ outcome: answer.outcome as Outcome<JobValue<J>>, alive: !answer.ending });
    const onError = (error: Error) =>
      fail(
        (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { code: "out-of-memory", limitMb: job.limits.maxMemoryMb }
          : problemOfError(error),
      );
    const onExit = (code: number) => fail({ code: "worker-died", detail: `exit code ${code}` });
    const timer = setTimeout(
      () => fail({ code: "timed-out", limitSeconds: job.limits.maxSeconds }),
      job.limits.maxSeconds * 1000,
    );
    worker.on("message", onMessage).on("messageerror", onError).on("error", onError).on("exit", onExit);
    worker.postMessage(job);
  });
}

/**
 * The jobs' outcomes, in the jobs' order. With a worker `script`, the jobs run in worker threads, several
 * side by side, each worker doing one file at a time and replaced when a file ends it (starting a worker
 * costs far more than most files); without a script, in this thread one after another (the tests' way).
 * Every job of a batch has the same limits.
 */
export async function runJobs<J extends Job>(
  jobs: readonly J[],
  script: string | undefined,
): Promise<Outcome<JobValue<J>>[]> {
  const outcomes: Outcome<JobValue<J>>[] = new Array(jobs.length);
  if (script === undefined) {
    for (let i = 0; i < jobs.length; i++) outcomes[i] = await runJob(jobs[i]);
    return outcomes;
  }
  if (jobs.length === 0) return outcomes;
  const limits = jobs[0].limits;
  let next = 0;
  const lane = async () => {
    let worker: Worker | null = null;
    while (next < jobs.length) {
      const i = next++;
      worker ??= startWorker(script, limits);
      const done = await inWorker(worker, jobs[i]);
      outcomes[i] = done.outcome;
      if (!done.alive) worker = null;
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: lanes(jobs.length, limits) }, lane));
  return outcomes;
}

/** One job's outcome, run as runJobs runs it. */
export async function runOne<J extends Job>(job: J, script: string | undefined): Promise<Outcome<JobValue<J>>> {
  return (await runJobs([job], script))[0];
}
