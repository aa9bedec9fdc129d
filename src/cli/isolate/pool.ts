import { availableParallelism } from "os";
import type { Worker } from "worker_threads";
import { problemOfError, type FileProblem } from "../../core/files";
import type { Limits } from "../../xlsx/limits";
import { startWorker, takeEarlyWorker } from "./head-start";
import { processCaps, workersThatFit } from "./memory-room";
import { runJob, type Job, type JobValue, type WorkerAnswer } from "./jobs";
import type { Outcome } from "./outcome";

/**
 * Files worked on at once: one per processor, but no more than the memory left for workers holds at each
 * worker's memory limit (half the computer's, or less under a system cap: memory-room.ts), so that a batch
 * of large files cannot exhaust the computer.
 */
function lanes(jobs: number, limits: Limits): number {
  return Math.max(1, Math.min(jobs, availableParallelism(), workersThatFit(processCaps(), limits.maxMemoryMb)));
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

/** Runs batches of jobs; its workers are kept between batches until it is closed. */
export interface Pool {
  /** The jobs' outcomes, in the jobs' order. Every job of a batch has the same limits. */
  run<J extends Job>(jobs: readonly J[]): Promise<Outcome<JobValue<J>>[]>;
  close(): Promise<void>;
}

/** Jobs run in this thread one after another: the tests' way, without a worker script. */
const IN_THIS_THREAD: Pool = {
  async run<J extends Job>(jobs: readonly J[]) {
    const outcomes: Outcome<JobValue<J>>[] = [];
    for (const job of jobs) outcomes.push(await runJob(job));
    return outcomes;
  },
  close: () => Promise.resolve(),
};

/**
 * A pool of worker threads started on `script`, several side by side, each doing one file at a time and
 * replaced when a file ends it: starting a worker costs far more than most files, so workers are kept
 * for the next file and the next batch. Without a script, jobs run in this thread.
 */
export function openPool(script: string | undefined): Pool {
  if (script === undefined) return IN_THIS_THREAD;
  // Idle workers do not keep the command running: a batch in progress does, through its time limits.
  const idle: Worker[] = [];
  return {
    async run<J extends Job>(jobs: readonly J[]) {
      const outcomes: Outcome<JobValue<J>>[] = new Array(jobs.length);
      if (jobs.length === 0) return outcomes;
      const limits = jobs[0].limits;
      let next = 0;
      const lane = async () => {
        let worker: Worker | null = idle.pop() ?? takeEarlyWorker(script, limits.maxMemoryMb);
        while (next < jobs.length) {
          const i = next++;
          // A worker that ended while idle (its thread id is then -1) is replaced too.
          if (worker === null || worker.threadId < 0) worker = startWorker(script, limits.maxMemoryMb);
          worker.ref();
          const done = await inWorker(worker, jobs[i]);
          outcomes[i] = done.outcome;
          if (!done.alive) worker = null;
        }
        if (worker === null) return;
        worker.unref();
        idle.push(worker);
      };
      await Promise.all(Array.from({ length: lanes(jobs.length, limits) }, lane));
      return outcomes;
    },
    async close() {
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
    },
  };
}

/** The jobs' outcomes, in the jobs' order, from a pool opened for them alone (see openPool). */
export async function runJobs<J extends Job>(
  jobs: readonly J[],
  script: string | undefined,
): Promise<Outcome<JobValue<J>>[]> {
  const pool = openPool(script);
  try {
    return await pool.run(jobs);
  } finally {
    await pool.close();
  }
}

/** One job's outcome, run as runJobs runs it. */
export async function runOne<J extends Job>(job: J, script: string | undefined): Promise<Outcome<JobValue<J>>> {
  return (await runJobs([job], script))[0];
}
