import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli } from "../../../test/support/cli/run-cli";
import { day, rosterBook, targetsBook, type Person } from "../../../test/support/cli/summary-books";
import { useTempDir } from "../../../test/support/cli/temp-dir";

const tempDir = useTempDir();

const LAN: Person = ["Hoàng Thị Lan", day(1990, 5, 12), "Nữ", "Sở Nội vụ", "Thạc sỹ", "Giáo dục", "12/QĐ"];

let folder: string;
let targets: string;
let roster: string;
let inputs: string[];
let hashes: string[];
beforeAll(async () => {
  folder = path.join(tempDir(), "don-vi");
  mkdirSync(folder);
  targets = await targetsBook(tempDir(), "chi-tieu.xlsx", [
    ["Danh mục", "Chương trình", "Chỉ tiêu"],
    ["Thạc sĩ", "Thạc sĩ", 2],
  ]);
  roster = await rosterBook(folder, "a.xlsx", [LAN]);
  inputs = [targets, roster];
  hashes = inputs.map(sha256);
});

const summary = (out: string, ...more: string[]) =>
  cli(["summary", "--lang", "en", "--targets", targets, "--out", out, ...more, folder]);

describe("summary --out never overwrites an input", () => {
  test.each([
    ["a hard link to a roster", () => linkSync(roster, path.join(tempDir(), "cung-inode.xlsx"))],
    ["a symbolic link to a roster", () => symlinkSync(roster, path.join(tempDir(), "lien-ket.xlsx"))],
    ["a hard link to the targets file", () => linkSync(targets, path.join(tempDir(), "chi-tieu-2.xlsx"))],
    ["a symbolic link to the targets file", () => symlinkSync(targets, path.join(tempDir(), "chi-tieu-3.xlsx"))],
  ])("refuses %s, even with --force", async (_, make) => {
    const before = new Set(readdirSync(tempDir()));
    make();
    const out = path.join(tempDir(), readdirSync(tempDir()).find((name) => !before.has(name)) ?? "");
    for (const force of [[], ["--force"]]) {
      const result = await summary(out, ...force);
      expect(result).toMatchObject({ code: 2, out: "" });
      expect(result.err).toContain(`Not written: the report would overwrite an input file, "${out}".`);
    }
    expect(inputs.map(sha256)).toEqual(hashes);
  });

  test("refuses a file inside a folder given as input, new or not", async () => {
    for (const out of [path.join(folder, "bao-cao.xlsx"), roster]) {
      const result = await summary(out, "--force");
      expect(result).toMatchObject({ code: 2, out: "" });
      expect(result.err).toMatch(/Not written: .* (is in a folder of rosters being read|an input file)/);
    }
    expect(existsSync(path.join(folder, "bao-cao.xlsx"))).toBe(false);
    expect(inputs.map(sha256)).toEqual(hashes);
  });

  test("replaces an existing file only with --force, whole, leaving no temporary file", async () => {
    const out = path.join(tempDir(), "bao-cao-cu.xlsx");
    writeFileSync(out, "báo cáo cũ");
    const refused = await summary(out);
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toContain(`Not written: "${out}" exists. Choose another name, or add --force`);
    expect(readFileSync(out, "utf8")).toBe("báo cáo cũ");
    const replaced = await summary(out, "--force");
    expect(replaced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(tempDir()).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(inputs.map(sha256)).toEqual(hashes);
  });
});
