import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli/run-cli";
import { packagedCli, ROOT } from "./dist";

const SAMPLES = path.join(ROOT, "samples");

/** A folder outside the project holding only the packed command and copies of the samples. */
function bareFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cadre-roster-packed-"));
  fs.copyFileSync(packagedCli(), path.join(dir, "cadre-roster.js"));
  fs.cpSync(SAMPLES, path.join(dir, "samples"), { recursive: true });
  return dir;
}

function runPacked(dir: string, args: string[]) {
  // NODE_PATH cleared so that nothing outside the folder can supply a module.
  return spawnSync(process.execPath, ["cadre-roster.js", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: "" },
  });
}

describe("the command packed into one file", () => {
  let dir: string;
  beforeAll(() => (dir = bareFolder()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("runs from a folder with no node_modules and prints what the command's code prints", async () => {
    expect(fs.existsSync(path.join(dir, "node_modules"))).toBe(false);
    const sample = path.join(dir, "samples", "02-so-y-te.xlsx");
    const packed = runPacked(dir, ["check", "--lang", "en", sample]);
    const inProcess = await cli(["check", "--lang", "en", sample]);
    expect(packed.status).toBe(inProcess.code);
    expect(packed.stdout).toBe(inProcess.out);
  });

  it("consolidates the programme's samples against their targets and writes the report workbook", () => {
    const out = runPacked(dir, [
      "summary",
      path.join("samples", "programme"),
      "--targets",
      path.join("samples", "programme", "chi-tieu.xlsx"),
      "--out",
      "bao-cao.xlsx",
    ]);
    expect(out.stdout).toContain("KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
    expect(fs.statSync(path.join(dir, "bao-cao.xlsx")).size).toBeGreaterThan(0);
  });

  it("writes a repaired copy and leaves the original as it was", () => {
    const original = path.join(dir, "samples", "02-so-y-te.xlsx");
    const before = fs.readFileSync(original);
    const out = runPacked(dir, ["fix", original, "--out", "da-sua.xlsx"]);
    expect(out.status).toBe(0);
    expect(fs.readFileSync(original).equals(before)).toBe(true);
    expect(fs.statSync(path.join(dir, "da-sua.xlsx")).size).toBeGreaterThan(0);
  });
});
