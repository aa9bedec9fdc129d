import { mkdtempSync, rmSync, statSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/cli/read-file";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { syntheticRoster } from "./synthetic-roster";
import { writeGrid } from "./write-grid";
import { timesOfEach } from "./rounds";
import { processRun, ROOT } from "./process-run";

export const BIN = path.join(ROOT, "bin", "cadre-roster.js");
/** 200,000 rows of 13 columns pass the default cell limit: the reader is timed with room for them. */
const ROOMY = { ...DEFAULT_LIMITS, maxCells: 10_000_000 };

type Say = (text?: string) => void;

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0).padStart(4)} MB`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The code a fresh process runs to read `file` once, with the built command's reader or with exceljs. */
function readCode(file: string, how: "reader" | "exceljs"): string {
  const read =
    how === "reader"
      ? `require("./lib/cli/read-file").readWorkbook(file, "f", ${JSON.stringify(ROOMY)}).then((r) => { if (!r.ok) throw new Error(r.problem.code); })`
      : `new (require("exceljs").Workbook)().xlsx.readFile(file)`;
  return `const file = ${JSON.stringify(file)}; ${read};`;
}

type Whole = { ms: number; peakKb: number };

/**
 * Whole processes, started fresh and taking turns round after round (so a busy spell weighs on each alike):
 * a bare exceljs read, the streaming reader alone, and, when given, `check --json`. Medians of wall time
 * and peak memory, start-up included.
 */
function wholeProcesses(file: string, rounds: number, rows: number): Record<"exceljs" | "reader" | "check", Whole[]> {
  const runs: Record<"exceljs" | "reader" | "check", Whole[]> = { exceljs: [], reader: [], check: [] };
  for (let i = 0; i < rounds; i++) {
    runs.exceljs.push(processRun(["-e", readCode(file, "exceljs")]));
    runs.reader.push(processRun(["-e", readCode(file, "reader")]));
    runs.check.push(processRun([BIN, "check", "--json", ...roomyCheck(rows), file]));
  }
  return runs;
}

/** What `check` needs to be let read `rows` rows of 13 columns: past 2,000,000 cells, a higher cell limit. */
function roomyCheck(rows: number): string[] {
  return rows * 13 > DEFAULT_LIMITS.maxCells ? ["--max-cells", String(ROOMY.maxCells)] : [];
}

async function rosterBench(rows: number, dir: string, say: Say): Promise<void> {
  const file = path.join(dir, `roster-${rows}.xlsx`);
  await writeGrid(syntheticRoster(rows), file);
  const rounds = rows > 100_000 ? 3 : 7;
  say(
    `${rows.toLocaleString("en-US")} rows × 13 columns (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB); in-process best of ${rounds} rounds, the tasks taking turns, after a warm-up:`,
  );
  const io = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), limits: ROOMY };
  const tasks = [
    () => new Workbook().xlsx.readFile(file),
    () => readWorkbook(file, "f", ROOMY),
    ...(rows > 100_000 ? [] : [() => run(["check", "--json", ...roomyCheck(rows), file], io)]),
  ];
  const times = await timesOfEach(rounds, tasks);
  const [bare, reader, check] = times.map((t) => Math.min(...t));
  const ratio = (t: number[]) => median(t.map((time, i) => time / times[0][i])).toFixed(2);
  say(`  exceljs workbook.xlsx.readFile (bare full read)   ${ms(bare)}`);
  say(
    `  streaming reader (readWorkbook)                   ${ms(reader)}   ${(reader / bare).toFixed(2)}× the bare read (median of the rounds' ratios ${ratio(times[1])}×)`,
  );
  if (check !== undefined)
    say(
      `  check --json in-process (read + engine + JSON)    ${ms(check)}   ${(check / bare).toFixed(2)}× the bare read (median ${ratio(times[2])}×)`,
    );
  say(
    `  whole processes, fresh, taking turns; median of ${rounds} rounds (wall time with start-up; peak resident memory):`,
  );
  const runs = wholeProcesses(file, rounds, rows);
  const bareMs = median(runs.exceljs.map((r) => r.ms));
  const line = (label: string, list: readonly Whole[], target: string) => {
    const time = median(list.map((r) => r.ms));
    const ratios = list.map((r, i) => r.ms / runs.exceljs[i].ms);
    say(
      `    ${label.padEnd(34)} ${ms(time)}   peak ${mb(median(list.map((r) => r.peakKb)))}   ${(time / bareMs).toFixed(2)}× the exceljs process (median of the rounds' ratios ${median(ratios).toFixed(2)}×)${target}`,
    );
  };
  say(`    ${"exceljs full read".padEnd(34)} ${ms(bareMs)}   peak ${mb(median(runs.exceljs.map((r) => r.peakKb)))}`);
  line("streaming reader alone", runs.reader, "");
  line(
    `cadre-roster check --json${roomyCheck(rows).length > 0 ? " --max-cells" : ""}`,
    runs.check,
    rows > 100_000 ? "; target ≤ 400 MB, time linear in rows" : "; target ≤ 0.35×, ≤ 150 MB",
  );
}

/** The workbook reader against a bare exceljs read of the same generated rosters, and `check` as a whole. */
export async function readingBench(say: Say): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cadre-roster-reading-"));
  try {
    say("Reading workbooks:");
    await rosterBench(20_000, dir, say);
    await rosterBench(200_000, dir, say);
    say(`  machine load average while measuring: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPU(s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
