import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import type { Report } from "../../src/core/report/types";
import type { SummaryJson } from "../../src/cli/summary/summary-json";
import { sha256 } from "../support/cli/file-hash";
import { crowdedBook } from "../support/cli/hostile-book";
import { cli } from "../support/cli/run-cli";
import { builtCli, packagedCli, ROOT } from "./dist";

/**
 * A batch of good rosters with one file that outgrows its worker's memory, checked by the command as
 * installed (lib/) and as packed into one file: the file gets its error entry, every other file its
 * report, and the command exits 2. The memory limit is lowered so that the file needs no more than a
 * moment to outgrow it, while every sample roster is checked well within it.
 */
const LIMIT = ["--max-memory", "64"];

// Workers are started for every file: far slower than a unit test, though nothing here is timed.
jest.setTimeout(180_000);
const PROGRAMME = path.join(ROOT, "samples", "programme");
const TOO_COMPLEX = "The file is too large or too complex to check: it needs more than the memory limit of 64 MB";

let dir: string;
let folder: string;
let targets: string;
let hostile: string;
let good: string[];
let hashes: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cadre-roster-isolated-"));
  folder = path.join(dir, "don-vi");
  fs.mkdirSync(folder);
  targets = path.join(dir, "chi-tieu.xlsx");
  fs.copyFileSync(path.join(PROGRAMME, "chi-tieu.xlsx"), targets);
  for (const name of fs.readdirSync(PROGRAMME).filter((n) => n.endsWith(".xlsx") && n !== "chi-tieu.xlsx"))
    fs.copyFileSync(path.join(PROGRAMME, name), path.join(folder, name));
  // Named to sit in the middle of the folder's files, so files after it are checked too.
  hostile = await crowdedBook(folder, "04b-qua-phuc-tap.xlsx", 40_000);
  good = fs
    .readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => file !== hostile);
  hashes = [...good, hostile, targets].map(sha256);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function installed(args: readonly string[]) {
  return spawnSync(process.execPath, [builtCli(), ...args], { encoding: "utf8", cwd: dir });
}

function packed(args: readonly string[]) {
  return spawnSync(process.execPath, [packagedCli(), ...args], { encoding: "utf8", cwd: dir });
}

describe("one file that outgrows its worker does not stop the batch", () => {
  test.each([
    ["the installed command", installed],
    ["the packed command", packed],
  ])("check, %s: every good file reported, in the order given; the file that failed says why; exit 2", (_, run) => {
    const result = run(["check", "--json", "--lang", "en", ...LIMIT, folder]);
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout) as Report;
    const files = [...good.slice(0, 4), hostile, ...good.slice(4)];
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.filter((f) => f.error !== null).map((f) => f.file)).toEqual([hostile]);
    const failed = report.files[4] as Report["files"][number] & { problem: unknown };
    expect(failed.error).toContain(TOO_COMPLEX);
    expect(failed.problem).toEqual({ code: "out-of-memory", limitMb: 64 });
    expect(report.summary.rows).toBeGreaterThan(1000);
  });

  test("check as text and as CSV: the same lines for the good files as without the file that failed", () => {
    const text = installed(["check", "--lang", "en", ...LIMIT, folder]);
    expect(text.status).toBe(2);
    expect(text.stdout).toContain(`${hostile}: CANNOT BE READ: ${TOO_COMPLEX}`);
    const alone = installed(["check", "--csv", "--lang", "en", ...LIMIT, ...good]);
    const batch = installed(["check", "--csv", "--lang", "en", ...LIMIT, folder]);
    expect(batch.status).toBe(2);
    const lines = batch.stdout.split("\r\n");
    expect(lines.filter((line) => !line.startsWith(hostile))).toEqual(alone.stdout.split("\r\n"));
    expect(lines.filter((line) => line.startsWith(hostile))).toEqual([
      `${hostile},,,,,,,error,,,${TOO_COMPLEX} (option --max-memory).,,`,
    ]);
  });

  test("summary: the good rosters count as they would alone; the file that failed is listed; exit 2", () => {
    const run = (paths: string[]) =>
      installed(["summary", "--json", "--lang", "en", ...LIMIT, "--targets", targets, ...paths]);
    const alone = JSON.parse(run(good).stdout) as SummaryJson;
    const result = run([folder]);
    expect(result.status).toBe(2);
    const batch = JSON.parse(result.stdout) as SummaryJson;
    expect(batch.categories).toEqual(alone.categories);
    expect(batch.totals).toEqual({ ...alone.totals, files: alone.totals.files + 1, unreadable: 1 });
    expect(batch.check.files.find((f) => f.file === hostile)?.error).toContain(TOO_COMPLEX);
  });

  test("fix: the file that failed is refused with its reason and nothing is written; a good file is repaired", () => {
    const out = path.join(dir, "da-sua.xlsx");
    const refused = installed(["fix", "--lang", "en", ...LIMIT, "--out", out, hostile]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${hostile}: ${TOO_COMPLEX}`);
    expect(fs.existsSync(out)).toBe(false);
    expect(installed(["fix", "--lang", "en", ...LIMIT, "--out", out, good[0]]).status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  test("the command's code run in jest with workers from lib/ gives the installed command's report", async () => {
    const workerScript = path.join(ROOT, "lib", "cli", "isolate", "worker-entry.js");
    builtCli();
    const inJest = await cli(["check", "--lang", "en", ...LIMIT, folder], undefined, workerScript);
    expect(inJest.code).toBe(2);
    expect(inJest.out).toBe(installed(["check", "--lang", "en", ...LIMIT, folder]).stdout);
  });

  // A worker's engine reserves 512 MB of address space for code by default, so under `ulimit -v` starting one
  // ended the whole process before any file was read; workers now reserve little, their limits fitted to the cap.
  (process.platform === "linux" ? test : test.skip)(
    "under an address-space limit (ulimit -v 1.6 GB) the batch is checked as without it",
    () => {
      const args = ["check", "--json", "--lang", "en", folder];
      const capped = spawnSync(
        "bash",
        ["-c", 'ulimit -v 1600000 && exec "$0" "$@"', process.execPath, builtCli(), ...args],
        {
          encoding: "utf8",
          cwd: dir,
        },
      );
      expect(capped.signal).toBeNull();
      const free = installed(args);
      expect(capped.status).toBe(free.status);
      expect(JSON.parse(capped.stdout)).toEqual(JSON.parse(free.stdout));
    },
  );

  test("no input was written", () => {
    expect([...good, hostile, targets].map(sha256)).toEqual(hashes);
  });
});
