import { readFileSync } from "fs";
import * as path from "path";
import { checkFiles } from "../../../src/cli/check/check";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { DEFAULT_LIMITS } from "../../../src/xlsx/limits";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { LAYOUT_SAMPLES, makeLayoutSamples } from "./make-layouts";

const tempDir = useTempDir();
const committed = path.join(__dirname, "..", "..", "..", "samples", "layouts");

async function check(file: string) {
  return checkFiles([path.join(tempDir(), file)], { settings: DEFAULT_SETTINGS, lang: "vi", limits: DEFAULT_LIMITS });
}

describe("the department layout samples", () => {
  beforeAll(() => makeLayoutSamples(tempDir()));

  test.each(LAYOUT_SAMPLES.map((sample) => [sample.file, sample] as const))(
    "%s: the check finds exactly the planted mistakes, and every person",
    async (file, sample) => {
      const report = await check(file);
      const found = report.files[0].sheets.flatMap((sheet) => sheet.issues.map((issue) => `${issue.cell} ${issue.rule}`));
      expect(found.sort()).toEqual(sample.planted.map((p) => `${p.cell} ${p.rule}`).sort());
      const people = sample.rows.filter((row) => typeof row[0] === "number" && typeof row[1] === "string").length;
      expect(report.summary.rows).toBe(people);
    },
  );

  test("the lists of a sheet are found with their kinds, and the committed files are up to date", async () => {
    const report = await check(LAYOUT_SAMPLES[0].file);
    expect(report.files[0].sheets[0].tables.map((t) => [t.kind, t.headerRows, t.dataRows])).toEqual([
      ["training", [4, 5, 6], 5],
      ["planning", [26], 2],
    ]);
    for (const name of [...LAYOUT_SAMPLES.map((s) => s.file), "README.md"])
      expect(readFileSync(path.join(tempDir(), name)).equals(readFileSync(path.join(committed, name)))).toBe(true);
  });
});
