import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { checkFiles } from "../../src/cli/check/check";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { useTempDir } from "../../test/support/cli/temp-dir";
import { makeSamples } from "./make-samples";

const tempDir = useTempDir();
const committed = path.join(__dirname, "..", "..", "samples");

describe("the sample workbooks", () => {
  let made: Awaited<ReturnType<typeof makeSamples>>;
  beforeAll(async () => {
    made = await makeSamples(path.join(tempDir(), "a"));
  });

  test("the check finds exactly the planted mistakes, at the planted cells, with the planted fixes", async () => {
    for (const { sample, expected } of made) {
      const report = await checkFiles([path.join(tempDir(), "a", sample.file)], { settings: DEFAULT_SETTINGS, lang: "vi", limits: DEFAULT_LIMITS });
      const found = report.files[0].sheets.flatMap((sheet) =>
        sheet.issues.map((issue) => `${sheet.sheet}!${issue.cell} ${issue.rule}${typeof issue.fix === "string" ? ` → ${issue.fix}` : ""}`),
      );
      const planted = expected.map(({ sheet, cell, planted }) => `${sheet}!${cell} ${planted.rule}${planted.fix ? ` → ${planted.fix}` : ""}`);
      expect({ file: sample.file, found: found.sort() }).toEqual({ file: sample.file, found: planted.sort() });
    }
  });

  test("the clean file raises nothing, and its targets sheet is not taken for a roster", async () => {
    const clean = made.find(({ expected }) => expected.length === 0);
    expect(clean?.sample.file).toBe("07-so-noi-vu.xlsx");
    const report = await checkFiles([path.join(tempDir(), "a", "07-so-noi-vu.xlsx")], { settings: DEFAULT_SETTINGS, lang: "vi", limits: DEFAULT_LIMITS });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect(report.files[0].sheets.map((sheet) => [sheet.sheet, sheet.roster])).toEqual([["Danh sach", true], ["Chỉ tiêu", false]]);
  });

  test("every file but the clean one has at least two planted mistakes, and the README lists each one", () => {
    const readme = readFileSync(path.join(tempDir(), "a", "README.md"), "utf8");
    for (const { sample, expected } of made) {
      expect(readme).toContain(`## ${sample.file}`);
      for (const { cell, planted } of expected) expect(readme).toContain(`| ${cell} | \`${planted.rule}\` |`);
    }
    expect(made.filter(({ expected }) => expected.length >= 2)).toHaveLength(made.length - 1);
  });

  test("a second run writes the same bytes, and the committed samples/ are up to date", async () => {
    await makeSamples(path.join(tempDir(), "b"));
    const names = readdirSync(path.join(tempDir(), "a")).sort();
    for (const name of names) {
      const first = readFileSync(path.join(tempDir(), "a", name));
      expect({ name, same: first.equals(readFileSync(path.join(tempDir(), "b", name))) }).toEqual({ name, same: true });
      expect({ name, same: first.equals(readFileSync(path.join(committed, name))) }).toEqual({ name, same: true });
    }
    // samples/programme/ holds the programme's unit rosters, made and checked by their own script and test.
    expect(readdirSync(committed, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()).toEqual(names);
  });
});
