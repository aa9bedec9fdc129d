import { spawnSync } from "child_process";
import * as path from "path";
import { performance } from "perf_hooks";

export const ROOT = path.join(__dirname, "..", "..");
const PEAK = path.join(__dirname, "peak-memory.js");

/** A fresh Node process running `args` with the peak-memory reporter: its wall time, peak resident memory and exit code. */
export function processRun(args: readonly string[]): {
  ms: number;
  peakKb: number;
  out: string;
  status: number | null;
} {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", PEAK, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr ?? "");
  if (!peak) throw new Error(`bench process failed: ${child.stderr}`);
  return { ms: wall, peakKb: Number(peak[1]), out: child.stdout, status: child.status };
}
