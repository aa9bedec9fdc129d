import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { Workbook } from "exceljs";
import { isCellError } from "../../src/core/grid/types";
import { defaultTargetsGrid } from "../../src/core/targets/default-grid";
import { run } from "../../src/cli/main";
import { syntheticRoster } from "./synthetic-roster";
import { writeGrid } from "./write-grid";

const FILES = 50;
const ROWS = 500;
const BIN = path.join(__dirname, "..", "..", "bin", "cadre-roster.js");
/** The worker entry of the installed command, which `npm run bench` builds first. */
const WORKER = path.join(__dirname, "..", "..", "lib", "cli", "isolate", "worker-entry.js");

async function writeTargets(file: string): Promise<void> {
  const book = new Workbook();
  book
    .addWorksheet("Chỉ tiêu")
    .addRows(defaultTargetsGrid("vi", "article").values.map((row) => row.map((v) => (isCellError(v) ? null : v))));
  await book.xlsx.writeFile(file);
}

/**
 * `cadre-roster summary` over 50 generated department workbooks of 500 rows each (target: under 10 s):
 * once as a real process, as a user runs it, then in-process and with a worker thread per file, best of 3
 * after a warm-up.
 */
export async function consolidationBench(say: (text?: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cadre-roster-summary-"));
  try {
    const rosters = path.join(dir, "rosters");
    const targets = path.join(dir, "chi-tieu.xlsx");
    const report = path.join(dir, "bao-cao.xlsx");
    await writeTargets(targets);
    mkdirSync(rosters);
    let bytes = 0;
    for (let i = 1; i <= FILES; i++) {
      const file = path.join(rosters, `don-vi-${String(i).padStart(2, "0")}.xlsx`);
      await writeGrid(syntheticRoster(ROWS, 2019 + i), file);
      bytes += statSync(file).size;
    }
    say();
    say(
      `Summary over ${FILES} generated department workbooks of ${ROWS} rows each (${(bytes / 1024 / 1024).toFixed(1)} MB in all; target < 10 s):`,
    );
    // --force: every run after the first replaces the report the one before wrote.
    const argv = ["summary", "--targets", targets, "--out", report, "--force", rosters];
    const start = performance.now();
    const spawned = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8" });
    const processTime = performance.now() - start;
    say(
      `  node bin/cadre-roster.js summary --out … (a real process, start-up included): ${(processTime / 1000).toFixed(2)} s (exit ${spawned.status})`,
    );
    const inProcess = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text) };
    const inWorkers = { ...inProcess, workerScript: WORKER };
    const table = argv.filter((a) => a !== "--out" && a !== report && a !== "--force");
    for (const [label, args, io] of [
      ["in-process summary (table on stdout)", table, inProcess],
      ["summary, each file in a worker thread", table, inWorkers],
      ["in-process summary --out (and the .xlsx report)", argv, inProcess],
    ] as const) {
      await run(args, io);
      let best = Infinity;
      let cpu = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        await run(args, io);
        best = Math.min(best, performance.now() - t);
        const used = process.cpuUsage(c);
        cpu = Math.min(cpu, used.user + used.system);
      }
      say(
        `  ${label.padEnd(49)} best of 3 after a warm-up: ${(best / 1000).toFixed(2)} s   (CPU ${(cpu / 1e6).toFixed(2)} s)`,
      );
    }
    say(`  machine load average while measuring: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPU(s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
