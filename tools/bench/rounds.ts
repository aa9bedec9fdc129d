import { performance } from "perf_hooks";

/**
 * Each task's times, tasks run in turn round after round after one warm-up each, so that a busy spell
 * on the machine weighs on all of them alike rather than on whichever happened to run then.
 */
export async function timesOfEach(runs: number, tasks: readonly (() => unknown)[]): Promise<number[][]> {
  for (const task of tasks) await task();
  const times = tasks.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [t, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      times[t].push(performance.now() - start);
    }
  }
  return times;
}

export async function bestOfEach(runs: number, tasks: readonly (() => unknown)[]): Promise<number[]> {
  return (await timesOfEach(runs, tasks)).map((times) => Math.min(...times));
}
