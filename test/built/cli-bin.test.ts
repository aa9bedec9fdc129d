import { spawnSync } from "child_process";
import * as path from "path";
import { cli } from "../support/cli/run-cli";
import { builtCli, ROOT } from "./dist";

const SAMPLE = path.join(ROOT, "samples", "02-so-y-te.xlsx");

test("the installed command prints what the command's code prints, with the same exit code", async () => {
  const bin = builtCli();
  const inProcess = await cli(["check", "--lang", "en", SAMPLE]);
  const process_ = spawnSync(process.execPath, [bin, "check", "--lang", "en", SAMPLE], { encoding: "utf8" });
  expect(inProcess.code).toBe(1);
  expect(process_.status).toBe(inProcess.code);
  expect(process_.stdout).toBe(inProcess.out);
  expect(process_.stderr).toBe(inProcess.err);
});

test.each([
  ["a usage error", ["check", "--max-cells", "many", SAMPLE], 2],
  ["the help", ["check", "--help"], 0],
  ["no file to check", ["check", path.join(ROOT, "samples", "README.md")], 2],
  ["a memory limit other than the one the first worker was started with", ["check", "--max-memory", "512", SAMPLE], 1],
])(
  "the installed command ends by itself after %s, whether or not it used the worker started with it",
  (_, args, code) => {
    // A worker started as the command starts (before its arguments are read) must never keep it running.
    const run = spawnSync(process.execPath, [builtCli(), ...args], { encoding: "utf8", timeout: 30_000 });
    expect({ signal: run.signal, status: run.status }).toEqual({ signal: null, status: code });
  },
);

test("the installed command piped into a reader that stops early ends with its own exit code, without an error", () => {
  const command = `"${process.execPath}" "${builtCli()}" check --json "${SAMPLE}" | true; exit \${PIPESTATUS[0]}`;
  const run = spawnSync("bash", ["-c", command], { encoding: "utf8", timeout: 30_000 });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: "" });
});
