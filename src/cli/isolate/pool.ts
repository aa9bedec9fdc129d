import { availableParallelism, totalmem } from "os";
import { Worker } from "worker_threads";
import { problemOfError, type FileProblem } from "../../xlsx/file-problem";
import { JOB_KEY, runJob, type Job, type JobValue } from "./jobs";
import type { Outcome } from "./outcome";

/**
 * Files worked on at once: one per processor, but no more than half the computer's memory holds at
 * each worker's memory limit, so that a batch of large files cannot exhaust the computer.
 */
function lanes(jobs: readonly Job[]): number {
  const heapMb = Math.max(...jobs.map((job) => job.limits.maxMemoryMb));
  const byMemory = Math.floor(totalmem() / 2 / (heapMb * 1024 * 1024));
  return Math.max(1, Math.min(jobs.length, availableParallelism(), byMemory));
}

/**
 * The engine's own heap cap on a worker: above the limit the worker watches itself against (worker.ts),
 * so that the worker normally stops itself cleanly first.
 */
function hardCapMb(limitMb: number): number {
  return limitMb * 2 + 64;
}

/**
 * Runs one job in a worker thread started on `script`, under the job's memory and time limits. However
 * the worker ends (out of memory, out of time, a crash), the job's file gets a problem and the caller goes on.
 */
function inWorker<J extends Job>(job: J, script: string): Promise<Outcome<JobValue<J>>> {
  return new Promise((resolve) => {
    // Output a library prints inside the worker is dropped: stdout carries the report.
    const worker = new Worker(script, {
      workerData: { [JOB_KEY]: job },
      resourceLimits: { maxOldGenerationSizeMb: hardCapMb(job.limits.maxMemoryMb) },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (outcome: Outcome<JobValue<J>>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const fail = (problem: FileProblem) => finish({ ok: false, problem });
    const timer = setTimeout(
      () => fail({ code: "timed-out", limitSeconds: job.limits.maxSeconds }),
      job.limits.maxSeconds * 1000,
    );
    worker.on("message", (outcome: Outcome<JobValue<J>>) => finish(outcome));
    worker.on("messageerror", (error) => fail(problemOfError(error)));
    worker.on("error", (error) =>
      fail(
        (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? { code: "out-of-memory", limitMb: job.limits.maxMemoryMb }
          : problemOfError(error),
      ),
    );
    worker.on("exit", (code) => fail({ code: "worker-died", detail: `exit code ${code}` }));
  });
}

/**
 * The jobs' outcomes, in the jobs' order. With a worker `script`, each job runs in a worker thread of its
 * own, several at a time; without one, in this thread one after another (the tests' way).
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
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      outcomes[i] = await inWorker(jobs[i], script);
    }
  };
  await Promise.all(Array.from({ length: lanes(jobs) }, lane));
  return outcomes;
}

/** One job's outcome, run as runJobs runs it. */
export async function runOne<J extends Job>(job: J, script: string | undefined): Promise<Outcome<JobValue<J>>> {
  return (await runJobs([job], script))[0];
}
