import { writeFileSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { DEFAULT_LIMITS } from "../../xlsx/limits";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import type { CheckJob } from "../check/check-file";
import { runJobs } from "./pool";

const tempDir = useTempDir();

/**
 * A stand-in for the command's worker, speaking its protocol: it answers each job with the job's path,
 * except for the paths that make it end ("exit"), throw ("throw") or never answer ("hang").
 */
const STAND_IN = `
const { parentPort } = require("worker_threads");
parentPort.on("message", (job) => {
  if (job.path === "exit") process.exit(3);
  if (job.path === "throw") throw new Error("Cannot read properties of undefined (reading 'x')");
  if (job.path === "hang") return;
  parentPort.postMessage({ outcome: { ok: true, value: job.path + " by " + require("worker_threads").threadId }, ending: false });
});
`;

const job = (name: string): CheckJob => ({
  kind: "check",
  path: name,
  settings: DEFAULT_SETTINGS,
  lang: "en",
  limits: { ...DEFAULT_LIMITS, maxSeconds: 1 },
});

test("a worker that ends, throws or never answers costs its file only; the others are done, in order", async () => {
  const script = path.join(tempDir(), "stand-in.js");
  writeFileSync(script, STAND_IN);
  const names = ["a", "exit", "b", "throw", "c", "hang", "d"];
  const outcomes = await runJobs(names.map(job), script);
  expect(outcomes.map((o) => (o.ok ? String(o.value).split(" by ")[0] : o.problem))).toEqual([
    "a",
    { code: "worker-died", detail: "exit code 3" },
    "b",
    { code: "check-failed", detail: expect.stringContaining("Cannot read properties of undefined (reading 'x')") },
    "c",
    { code: "timed-out", limitSeconds: 1 },
    "d",
  ]);
});

test("a worker takes file after file, and a new worker replaces one that ended", async () => {
  const script = path.join(tempDir(), "stand-in.js");
  writeFileSync(script, STAND_IN);
  const threads = (await runJobs(["a", "b", "c", "exit", "d"].map(job), script)).flatMap((o) =>
    o.ok ? [String(o.value).split(" by ")[1]] : [],
  );
  expect(threads).toHaveLength(4);
  expect(new Set(threads).size).toBeLessThan(4);
});
