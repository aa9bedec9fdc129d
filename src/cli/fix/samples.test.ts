import * as path from "path";
import type { Report } from "../../core/report/types";
import { type ExpectedFinding, makeSamples } from "../../../tools/samples/make-samples";
import type { SampleFile } from "../../../tools/samples/sample-types";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli, type CliResult } from "../../../test/support/cli/run-cli";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { cellsOf, changeLog } from "../../../test/support/cli/workbook-cells";

const tempDir = useTempDir();

const FIXABLE_TEXT_RULES = ["legacy-encoding", "not-nfc", "whitespace", "text-date"];

describe("cadre-roster fix on every sample workbook", () => {
  let samples: {
    sample: SampleFile;
    expected: ExpectedFinding[];
    input: string;
    output: string;
    hash: string;
    result: CliResult;
  }[];

  beforeAll(async () => {
    const dir = path.join(tempDir(), "samples");
    const made = await makeSamples(dir);
    samples = [];
    for (const { sample, expected } of made) {
      const input = path.join(dir, sample.file);
      const hash = sha256(input);
      const output = path.join(tempDir(), `fixed-${sample.file}`);
      samples.push({ sample, expected, input, output, hash, result: await cli(["fix", "--out", output, input]) });
    }
  }, 60_000);

  test("each copy is written, without a word on stderr (nothing the samples hold is lost), and the input's bytes are unchanged", () => {
    for (const { sample, input, hash, result } of samples) {
      expect([sample.file, result.code, result.err]).toEqual([sample.file, 0, ""]);
      expect(sha256(input)).toBe(hash);
    }
  });

  test("checking the copies finds no fixable issue left: unknown values only where no fix is known", async () => {
    const { code, out } = await cli(["check", "--json", ...samples.map((s) => s.output)]);
    expect(code).not.toBe(2);
    const report = JSON.parse(out) as Report;
    const left = report.files.flatMap((file) =>
      file.sheets.flatMap((sheet) =>
        sheet.issues
          .filter((i) => FIXABLE_TEXT_RULES.includes(i.rule) || (i.rule === "unknown-value" && i.fix !== undefined))
          .map((i) => `${file.file} ${sheet.sheet}!${i.cell} ${i.rule}`),
      ),
    );
    expect(left).toEqual([]);
  });

  test("every planted fix is in the copy, exactly, and a planted text date is now that day", async () => {
    const checked: string[] = [];
    for (const { expected, output } of samples) {
      const cells = await cellsOf(output);
      for (const { sheet, cell, planted } of expected) {
        const value = JSON.parse(cells.get(`${sheet}!${cell}`)?.value ?? "null");
        if (planted.fix !== undefined) expect([cell, value]).toEqual([cell, planted.fix]);
        else if (planted.rule === "text-date") expect([cell, value]).toEqual([cell, "1985-08-15T00:00:00.000Z"]);
        else continue;
        checked.push(`${planted.rule} ${cell}`);
      }
    }
    expect(checked).toEqual([
      "legacy-encoding B12",
      "text-date D14",
      "whitespace B18",
      "legacy-encoding B13",
      "not-nfc B14",
      "unknown-value E16",
      "whitespace F10",
      "unknown-value E12",
    ]);
  });

  test("every cell the log does not list is the same as in the input, value and formatting; listed cells keep all but their format or font name", async () => {
    for (const { sample, input, output } of samples) {
      const before = await cellsOf(input);
      const after = await cellsOf(output);
      const log = await changeLog(output);
      const listed = new Map(log.rows.map((r) => [`${String(r[0])}!${String(r[1])}`, r]));
      for (const [key, cell] of before) {
        const copy = after.get(key);
        if (!listed.has(key)) {
          expect({ key, ...copy }).toEqual({ key, ...cell });
          continue;
        }
        expect(copy?.value).not.toBe(cell.value);
        const row = listed.get(key) ?? [];
        expect(JSON.parse(cell.value)).toBe(row[2]);
        const style = JSON.parse(cell.style);
        const styleAfter = JSON.parse(copy?.style ?? "{}");
        for (const part of ["border", "fill", "alignment", "protection"])
          expect([key, part, styleAfter[part]]).toEqual([key, part, style[part]]);
        expect(styleAfter.font?.size).toBe(style.font?.size);
      }
      const sheetsBefore = new Set([...before.keys()].map((key) => key.split("!")[0]));
      const added = [...after.keys()].filter((key) => !before.has(key) && sheetsBefore.has(key.split("!")[0]));
      expect([sample.file, added]).toEqual([sample.file, []]);
    }
  });

  test("the change log lists every change, with its rule, and the console listing matches it", async () => {
    const { sample, output, result } = samples[0];
    expect(sample.file).toBe("01-so-giao-duc-dao-tao.xlsx");
    const log = await changeLog(output);
    expect(log.rows).toEqual([
      ["DS cu di hoc", "B12", "N«ng V¨n Thµnh", "Nông Văn Thành", "Đổi mã TCVN3/VNI sang Unicode", "legacy-encoding"],
      [
        "DS cu di hoc",
        "D14",
        "15/08/1985",
        new Date(Date.UTC(1985, 7, 15)),
        "Đổi ngày dạng chữ thành ngày",
        "text-date",
      ],
      ["DS cu di hoc", "B18", "Hoàng  Thị Mai", "Hoàng Thị Mai", "Bỏ dấu cách thừa", "whitespace"],
    ]);
    expect(result.out).toContain('D14     "15/08/1985" → 15/08/1985 (kiểu ngày)  [text-date]');
    expect(result.out).toContain(`3 ô đã sửa, liệt kê ở trang "Nhật ký sửa"`);
  });

  test("a converted TCVN3 name gets Times New Roman and keeps its size; a repaired date gets dd/mm/yyyy", async () => {
    const cells = await cellsOf(samples[0].output);
    expect(JSON.parse(cells.get("DS cu di hoc!B12")?.style ?? "{}").font).toMatchObject({
      name: "Times New Roman",
      size: 12,
    });
    expect(JSON.parse(cells.get("DS cu di hoc!D14")?.style ?? "{}").numFmt).toBe("dd/mm/yyyy");
  });
});
