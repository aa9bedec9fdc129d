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
