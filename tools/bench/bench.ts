import { mkdtempSync, rmSync, statSync } from "fs";
import { cpus, tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { Workbook } from "exceljs";
import { summarize, validateSheet, validateWorkbook } from "../../src/core";
import { run } from "../../src/cli/main";
import { consolidationBench } from "./consolidation";
import { sheetToInput, usedRange } from "../../src/xlsx/sheet-to-input";
import { syntheticRoster } from "./synthetic-roster";
import { writeGrid } from "./write-grid";

/** Best time of `runs` after one warm-up run: the least disturbed measure of what the code costs. */
async function best(runs: number, task: () => unknown): Promise<number> {
  return (await bestOfEach(runs, [task]))[0];
}

/**
 * Each task's times, tasks run in turn round after round after one warm-up each, so that a busy spell
 * on the machine weighs on all of them alike rather than on whichever happened to run then.
 */
async function timesOfEach(runs: number, tasks: readonly (() => unknown)[]): Promise<number[][]> {
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

async function bestOfEach(runs: number, tasks: readonly (() => unknown)[]): Promise<number[]> {
  return (await timesOfEach(runs, tasks)).map((times) => Math.min(...times));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const count = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;
const say = (text = "") => process.stdout.write(`${text}\n`);

async function engine(): Promise<void> {
  say("Engine, in memory (best of 10 after a warm-up; 200,000 rows: best of 4):");
  const times: number[] = [];
  for (const rows of [20_000, 200_000]) {
    const sheet = syntheticRoster(rows);
    const runs = rows > 100_000 ? 4 : 10;
    const file = { file: "bench.xlsx", sheets: [sheet] };
    const issues = validateWorkbook(file).sheets[0].issues.length;
    const [whole, one] = await bestOfEach(runs, [() => validateWorkbook(file), () => validateSheet(sheet)]);
    times.push(whole);
    say(
      `  ${count(rows).padStart(7)} rows  validateWorkbook ${ms(whole)}  ${count((rows / whole) * 1000).padStart(9)} rows/s   validateSheet ${ms(one)}   (${issues} issues)`,
    );
  }
  say(`  time ratio 200,000 / 20,000 rows: ${(times[1] / times[0]).toFixed(2)} (10 would be exactly linear)`);
}

async function command(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cadre-roster-bench-"));
  try {
    const file = path.join(dir, "roster-20000.xlsx");
    await writeGrid(syntheticRoster(20_000), file);
    say(
      `Command on a generated 20,000-row workbook (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; best of 9 rounds, the two taking turns, after a warm-up):`,
    );
    let bytes = 0;
    const io = {
      stdout: (text: string) => (bytes = text.length),
      stderr: (text: string) => process.stderr.write(text),
    };
    const [bareTimes, checkTimes] = await timesOfEach(9, [
      () => new Workbook().xlsx.readFile(file),
      () => run(["check", "--json", file], io),
    ]);
    const bare = Math.min(...bareTimes);
    const check = Math.min(...checkTimes);
    // Each round's two runs met the same load: their ratio, taken over the rounds, shakes less than one of bests.
    const roundRatio = median(checkTimes.map((time, i) => time / bareTimes[i]));
    const book = await new Workbook().xlsx.readFile(file);
    const input = { file, sheets: book.worksheets.map((ws) => sheetToInput(ws, usedRange(ws))) };
    const convert = await best(5, () => book.worksheets.map((ws) => sheetToInput(ws, usedRange(ws))));
    const validate = await best(5, () => validateWorkbook(input));
    const report = summarize([validateWorkbook(input)]);
    const json = await best(3, () => JSON.stringify(report, null, 2));
    say(`  exceljs workbook.xlsx.readFile (bare read)          ${ms(bare)}`);
    say(`  cadre-roster check --json (read + engine + output)  ${ms(check)}   (${count(bytes)} characters of JSON)`);
    say(
      `  ratio: ${(check / bare).toFixed(2)}× the bare read (target ≤ 1.3×); median of the rounds' own ratios ${roundRatio.toFixed(2)}×`,
    );
    say(
      `  parts measured apart: conversion to the grid ${ms(convert).trim()}, engine ${ms(validate).trim()}, JSON ${ms(json).trim()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bench(): Promise<void> {
  say(`cadre-roster bench — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  say();
  // The command first, in a heap as fresh as a user's: the 200,000-row runs leave a heap that would weigh on it.
  await command();
  say();
  await engine();
  await consolidationBench(say);
}

bench().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
