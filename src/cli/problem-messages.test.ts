import { readFileSync, writeFileSync } from "fs";
import { fileProblemMessage } from "../core/files";
import * as path from "path";
import { Workbook } from "exceljs";
import type { Report } from "../core/report/types";
import { problemOfError, refineProblem, type FileProblem } from "../core/files";
import { cli } from "../../test/support/cli/run-cli";
import { useTempDir } from "../../test/support/cli/temp-dir";
import { formatNumber } from "../core/i18n";
import { fittedMemoryMb, processCaps } from "./isolate/memory-room";

const tempDir = useTempDir();

/** What libraries and the engine say when they fail: words a clerk must never be shown. */
const RAW = [
  "Bug : uncompressed data size mismatch",
  "Invalid string length",
  "Cannot read properties of undefined (reading 'model')",
  "EACCES: permission denied, open 'a.xlsx'",
];

const EVERY_PROBLEM: FileProblem[] = [
  { code: "not-found" },
  { code: "not-a-file" },
  { code: "no-permission", detail: RAW[3] },
  { code: "in-use", detail: RAW[3] },
  { code: "unreadable", detail: RAW[3] },
  { code: "empty" },
  { code: "encrypted" },
  { code: "not-xlsx" },
  { code: "no-sheets" },
  { code: "corrupt", detail: RAW[0] },
  { code: "too-large", bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
  { code: "too-large-unzipped", limit: 500 * 1024 * 1024 },
  { code: "part-too-large", part: "xl/worksheets/sheet1.xml", limit: 256 * 1024 * 1024 },
  { code: "too-many-cells", cells: 3_000_000, limit: 2_000_000 },
  { code: "too-many-cells", cells: null, limit: 2_000_000 },
  { code: "too-many-strings", limit: 2_000_000 },
  { code: "too-much-text", limit: 50_000_000 },
  { code: "too-deep", part: "xl/worksheets/sheet1.xml", limit: 64 },
  { code: "too-many-merges", limit: 20_000 },
  { code: "too-many-entries", part: "xl/styles.xml", limit: 100_000 },
  { code: "too-slow", seconds: 30 },
  { code: "too-complex", detail: RAW[1] },
  { code: "out-of-memory", limitMb: 2048 },
  { code: "timed-out", limitSeconds: 300 },
  { code: "worker-died", detail: "exit code 1" },
  { code: "check-failed", detail: RAW[2] },
];

describe("why a file could not be checked, in words a clerk understands", () => {
  test.each(EVERY_PROBLEM)("$code: a sentence in each language, without the technical detail", (problem) => {
    for (const lang of ["vi", "en"] as const) {
      const said = fileProblemMessage(problem, lang);
      expect(said).toMatch(/\.$/);
      for (const raw of [...RAW, "exit code"]) expect(said).not.toContain(raw);
    }
  });

  test("the worker's limits are named with the option that changes them", () => {
    expect(fileProblemMessage({ code: "out-of-memory", limitMb: 2048 }, "vi")).toBe(
      "Tệp quá lớn hoặc quá phức tạp để kiểm tra: cần nhiều hơn giới hạn bộ nhớ 2.048 MB (tùy chọn --max-memory).",
    );
    expect(fileProblemMessage({ code: "timed-out", limitSeconds: 300 }, "en")).toBe(
      "The file is too large or too complex to check: it takes longer than the time limit of 300 seconds (option --time-limit).",
    );
  });

  test("an engine that runs out of room makes the file too complex; any other failure is the program's", () => {
    expect(problemOfError(new RangeError("Invalid string length"))).toEqual({
      code: "too-complex",
      detail: "Invalid string length",
    });
    expect(problemOfError(new TypeError(RAW[2]))).toEqual({ code: "check-failed", detail: RAW[2] });
    expect(refineProblem({ code: "corrupt", detail: "Invalid string length" })).toEqual({
      code: "too-complex",
      detail: "Invalid string length",
    });
    expect(refineProblem({ code: "corrupt", detail: RAW[0] })).toEqual({ code: "corrupt", detail: RAW[0] });
  });

  test("a damaged workbook: the sentence in the report, the library's words in --json's problem only", async () => {
    const book = new Workbook();
    const ws = book.addWorksheet("DS");
    for (let i = 0; i < 200; i++) ws.addRow([i + 1, `Người thứ ${i + 1}`, 1990]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    // Garbled compressed data with the zip's directory intact: the reader finds out only as it unzips.
    const at = bytes.indexOf("xl/worksheets/sheet1.xml") + 100;
    for (let i = at; i < at + 16; i++) bytes[i] ^= 0xff;
    const file = path.join(tempDir(), "hong.xlsx");
    writeFileSync(file, bytes);
    const text = await cli(["check", "--lang", "en", file]);
    expect(text.out).toContain(`${file}: CANNOT BE READ: The .xlsx file is damaged or incomplete: open it in Excel`);
    expect(text.out).not.toContain("Bug");
    const json = JSON.parse((await cli(["check", "--json", file])).out) as Report;
    expect(json.files[0]).toEqual({
      file,
      error: fileProblemMessage({ code: "corrupt", detail: null }, "vi"),
      problem: { code: "corrupt", detail: expect.stringMatching(/invalid|incorrect|unexpected/) },
      sheets: [],
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe("--max-memory, --time-limit and --max-cells", () => {
  test("take a whole number above 0, for every command; anything else is a usage error", async () => {
    for (const argv of [
      ["check", "--max-memory", "0", "a.xlsx"],
      ["check", "--time-limit", "1.5", "a.xlsx"],
      ["check", "--max-cells", "2e6", "a.xlsx"],
      ["summary", "--targets", "t.xlsx", "--max-memory", "lots", "a.xlsx"],
      ["fix", "--time-limit", "-3", "--out", "b.xlsx", "a.xlsx"],
    ]) {
      const result = await cli([...argv, "--lang", "en"]);
      expect({ argv, code: result.code, out: result.out }).toEqual({ argv, code: 2, out: "" });
      expect(result.err).toMatch(
        /^Bad value for --(max-memory|time-limit|max-cells): ".*" \(a whole number greater than 0\)\.\nSee: cadre-roster --help\n$/,
      );
    }
  });

  test("are listed in the help with their defaults", async () => {
    const help = (await cli(["--help", "--lang", "en"])).out;
    // 2,048 MB, or less where half the computer's memory or a cap on the command holds less (memory-room.ts).
    const memory = formatNumber(fittedMemoryMb(processCaps()), "en");
    expect(help).toContain(`--max-memory MB    memory for reading and checking one file (default: ${memory})`);
    expect(help).toContain("--time-limit SEC   time for reading and checking one file, in seconds (default: 300)");
    expect(help).toContain("--max-cells N      cells one file may hold, all its sheets together (default: 2,000,000)");
    expect(help).toContain("--max-issues N     issues listed for one file, the others only counted (default: 10,000)");
  });

  test("--max-cells moves the cell limit both ways: a roster past it is refused, a larger one let in", async () => {
    const file = path.join(tempDir(), "roster.xlsx");
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    for (let r = 1; r <= 30; r++) sheet.addRow(["Nguyễn Văn An", r, "Sở Y tế"]);
    await workbook.xlsx.writeFile(file);
    const refused = await cli(["check", "--lang", "en", "--max-cells", "50", file]);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain("CANNOT BE READ: The file has more than 50 cells holding something, over the limit");
    const allowed = await cli(["check", "--json", "--max-cells", "90", file]);
    expect(allowed.code).not.toBe(2);
    expect((JSON.parse(allowed.out) as Report).files[0].error).toBeNull();
  });
});
