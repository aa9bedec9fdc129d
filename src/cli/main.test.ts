import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import type { Report } from "../core/report/types";
import { sha256 } from "../../test/support/cli/file-hash";
import { readCsv } from "../../test/support/cli/read-csv";
import { cli } from "../../test/support/cli/run-cli";
import { useTempDir } from "../../test/support/cli/temp-dir";

const tempDir = useTempDir();

type Row = readonly (string | number | Date | null)[];

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Dân tộc",
  "Chương trình đào tạo",
  "Số quyết định",
  "Ngày quyết định",
  "Ghi chú",
];

/** A one-sheet training roster under a title row, dates formatted dd/mm/yyyy as departments keep them. */
async function roster(name: string, rows: readonly Row[]): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2019"]);
  ws.addRow(HEADER);
  rows.forEach((row, i) => ws.addRow([i + 1, ...row]));
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  ws.getColumn(8).numFmt = "dd/mm/yyyy";
  const file = path.join(tempDir(), name);
  await book.xlsx.writeFile(file);
  return file;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const GOOD: Row = [
  "Hoàng Thị Lan",
  day(1990, 5, 12),
  "Nữ",
  "Tày",
  "Thạc sĩ Quản lý giáo dục",
  "1245/QĐ-SGDĐT",
  day(2019, 8, 15),
  null,
];
const GOOD_TOO: Row = [
  "Bế Văn Hùng",
  day(1987, 11, 3),
  "Nam",
  "Nùng",
  "Cao cấp lý luận chính trị",
  "125-QĐ/TU",
  day(2019, 3, 5),
  "Học tập trung",
];
const NO_DECISION: Row = [
  "Lương Văn Cường",
  day(1988, 1, 20),
  "Nam",
  "Tày",
  "Thạc sĩ Y tế công cộng",
  null,
  null,
  null,
];

let clean: string;
let faulty: string;
beforeAll(async () => {
  clean = await roster("sach.xlsx", [GOOD, GOOD_TOO]);
  faulty = await roster("loi.xlsx", [GOOD, NO_DECISION, GOOD_TOO]);
});

describe("cadre-roster check: exit codes", () => {
  test("0 when no errors are found", async () => {
    expect((await cli(["check", clean])).code).toBe(0);
  });

  test("1 when errors are found", async () => {
    expect((await cli(["check", faulty])).code).toBe(1);
  });

  test("2 when a file cannot be read, even beside files with errors, which are still checked", async () => {
    const empty = path.join(tempDir(), "rong.xlsx");
    writeFileSync(empty, "");
    const result = await cli(["check", "--json", faulty, empty]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.out) as Report;
    expect(report.files.map((f) => [f.file, f.error !== null])).toEqual([
      [faulty, false],
      [empty, true],
    ]);
    expect(report.files[0].sheets[0].issues.map((i) => i.rule)).toContain("missing-decision");
  });

  test("2 for bad usage, with a hint on stderr and nothing on stdout", async () => {
    for (const argv of [
      [],
      ["check"],
      ["verify", clean],
      ["check", "--json", "--csv", clean],
      ["check", "--lang", "fr", clean],
    ]) {
      const result = await cli(argv);
      expect({ argv, code: result.code, out: result.out }).toEqual({ argv, code: 2, out: "" });
      expect(result.err).toContain("cadre-roster --help");
    }
  });

  test("--help prints the usage and exits 0", async () => {
    const vi = await cli(["--help"]);
    expect(vi).toMatchObject({ code: 0, out: expect.stringContaining("Cách dùng: cadre-roster check") });
    expect((await cli(["--help", "--lang", "en"])).out).toContain(
      "Exit code: 0 no errors; 1 errors found; 2 a file could not be read",
    );
  });
});

describe("cadre-roster check: files that cannot be read", () => {
  const bad: Record<string, Buffer> = {
    "rong.xlsx": Buffer.alloc(0),
    "mat-khau.xlsx": Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]),
    "hong.xlsx": Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)),
  };

  test("each gets a clear error on its own entry; the others are checked all the same", async () => {
    const files = Object.entries(bad).map(([name, bytes]) => {
      const file = path.join(tempDir(), name);
      writeFileSync(file, bytes);
      return file;
    });
    const truncated = path.join(tempDir(), "cut.xlsx");
    writeFileSync(truncated, readFileSync(clean).subarray(0, 3000));
    const result = await cli(["check", "--json", clean, ...files, truncated, path.join(tempDir(), "khong-co.xlsx")]);
    const report = JSON.parse(result.out) as Report;
    expect(result.code).toBe(2);
    expect(report.files.map((f) => f.error)).toEqual([
      null,
      "Tệp rỗng (0 byte).",
      expect.stringContaining("đặt mật khẩu hoặc ở định dạng .xls cũ"),
      "Không phải tệp Excel .xlsx.",
      expect.stringContaining("bị hỏng hoặc không đầy đủ"),
      "Không tìm thấy tệp.",
    ]);
    expect(report.files[0].sheets[0]).toMatchObject({ roster: true, dataRows: 2 });
  });

  test("an oversized file is refused without being read, with its size and the limit", async () => {
    const big = path.join(tempDir(), "qua-lon.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 60 * 1024 * 1024);
    const result = await cli(["check", "--lang", "en", big, clean]);
    expect(result.code).toBe(2);
    expect(result.out).toContain("qua-lon.xlsx: CANNOT BE READ: The file is too large: 60 MB, limit 50 MB.");
    expect(result.out).toContain("sach.xlsx: no issues");
  });

  test("a workbook over the cell limit gets an error naming the limit, reading stopped as soon as it was passed", async () => {
    const result = await cli(["check", "--json", "--lang", "en", clean], { maxCells: 20 });
    expect((JSON.parse(result.out) as Report).files[0].error).toBe(
      "The file has more than 20 cells holding something, over the limit; reading stopped.",
    );
  });

  test("a workbook whose used range passes the cell limit gets an error naming the count and the limit", async () => {
    const result = await cli(["check", "--json", "--lang", "en", clean], { maxCells: 35 });
    expect((JSON.parse(result.out) as Report).files[0].error).toBe("The file has too many cells: 36, limit 35.");
  });

  test("input files are never written", async () => {
    const before = [clean, faulty].map((file) => [sha256(file), statSync(file).mtimeMs]);
    await cli(["check", clean, faulty]);
    await cli(["check", "--csv", clean, faulty]);
    await cli(["check", "--json", clean, faulty]);
    expect([clean, faulty].map((file) => [sha256(file), statSync(file).mtimeMs])).toEqual(before);
  });
});

describe("cadre-roster check: output", () => {
  test("--max-issues lists that many issues per file and counts the others: totals and exit code stay", async () => {
    const many = await roster("nhieu-loi.xlsx", [GOOD, NO_DECISION, NO_DECISION, NO_DECISION, NO_DECISION]);
    const all = await cli(["check", "--json", many]);
    const capped = await cli(["check", "--json", "--max-issues", "2", many]);
    const [full, cut] = [all, capped].map((run) => JSON.parse(run.out) as Report);
    const issues = full.files[0].sheets[0].issues;
    expect(issues.length).toBeGreaterThan(4);
    expect(cut.files[0].sheets[0].issues).toEqual(issues.slice(0, 2));
    const unlisted = { error: 0, warning: 0, info: 0 };
    for (const issue of issues.slice(2)) unlisted[issue.severity]++;
    expect(cut.files[0].sheets[0].unlisted).toEqual(unlisted);
    expect(full.files[0].sheets[0].unlisted).toBeUndefined();
    expect(cut.summary).toEqual(full.summary);
    expect([capped.code, all.code]).toEqual([1, 1]);

    const { out } = await cli(["check", "--lang", "en", "--max-issues", "2", many]);
    expect(out.split("\n")[0]).toBe(
      `Checked 1 file, 1 sheet, 5 data rows: ${full.summary.errors} errors, ${full.summary.warnings} warnings, ${full.summary.infos} info.`,
    );
    expect(out.match(/^ {4}[A-Z]+[0-9]+ /gm)).toHaveLength(2);
    expect(out).toContain(`    … and ${issues.length - 2} more issues not listed (--max-issues lists more)\n`);
  });

  test("human output in Vietnamese: totals first, then each file and sheet with their counts", async () => {
    const { out } = await cli(["check", clean, faulty]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Đã kiểm tra 2 tệp, 2 trang tính, 5 dòng dữ liệu: 1 lỗi, 0 cảnh báo, 0 lưu ý.");
    expect(out).toContain(`${clean}: không có vấn đề`);
    expect(out).toContain(
      `${faulty}: 1 lỗi\n  Trang "Danh sách" (danh sách cử đi đào tạo, bồi dưỡng, tiêu đề ở dòng 2, 3 dòng dữ liệu): 1 lỗi`,
    );
    expect(out).toMatch(/\n {4}G4 +lỗi +.*\[missing-decision\]/);
  });

  test("human output in English with --lang en", async () => {
    const { out } = await cli(["check", "--lang", "en", faulty]);
    expect(out.split("\n")[0]).toBe("Checked 1 file, 1 sheet, 3 data rows: 1 error, 0 warnings, 0 info.");
    expect(out).toContain('Sheet "Danh sách" (training roster, header on row 2, 3 data rows): 1 error');
  });

  test("--json prints the report: version, files with their sheets and issues, summary", async () => {
    const report = JSON.parse((await cli(["check", "--json", faulty])).out) as Report;
    expect(Object.keys(report)).toEqual(["version", "files", "summary"]);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 1, sheets: 1, rows: 3, errors: 1, warnings: 0, infos: 0 });
    const sheet = report.files[0].sheets[0];
    expect(Object.keys(report.files[0])).toEqual(["file", "error", "sheets"]);
    expect(Object.keys(sheet).sort()).toEqual([
      "dataRows",
      "fields",
      "headerRows",
      "issues",
      "kind",
      "roster",
      "sheet",
      "tables",
    ]);
    expect(sheet).toMatchObject({ sheet: "Danh sách", roster: true, kind: "training", headerRows: [2], dataRows: 3 });
    expect(sheet.fields).toMatchObject({ fullName: "B", birthDate: "C", decisionNumber: "G", decisionDate: "H" });
    expect(sheet.issues).toEqual([
      {
        rule: "missing-decision",
        severity: "error",
        cell: "G4",
        row: 4,
        column: "G",
        field: "decisionNumber",
        value: null,
        message: expect.any(String),
        params: {},
      },
    ]);
  });

  test("--settings changes the thresholds; a bad settings file is a usage error", async () => {
    const old = await roster("tuoi.xlsx", [
      ["Triệu Đức Long", day(1976, 5, 3), "Nam", "Dao", "Thạc sĩ", "1245/QĐ-SGDĐT", day(2019, 8, 15), null],
    ]);
    expect((await cli(["check", old])).code).toBe(1);
    const settings = path.join(tempDir(), "settings.json");
    writeFileSync(settings, JSON.stringify({ postgradMaxAge: 45 }));
    expect((await cli(["check", "--settings", settings, old])).code).toBe(0);
    writeFileSync(settings, "{ postgradMaxAge: 45 ");
    const bad = await cli(["check", "--settings", settings, old]);
    expect(bad).toMatchObject({ code: 2, out: "", err: expect.stringContaining("không phải JSON hợp lệ: dòng 1") });
  });

  test("a settings file with one mistyped key is refused whole: nothing checked with half its settings", async () => {
    const old = await roster("tuoi-2.xlsx", [
      ["Triệu Đức Long", day(1976, 5, 3), "Nam", "Dao", "Thạc sĩ", "1245/QĐ-SGDĐT", day(2019, 8, 15), null],
    ]);
    const settings = path.join(tempDir(), "nua.json");
    writeFileSync(settings, JSON.stringify({ postgradMaxAge: 45, rotationMinYear: 5 }));
    const refused = await cli(["check", "--lang", "en", "--settings", settings, old]);
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toContain('there is no setting "rotationMinYear"; did you mean "rotationMinYears"?');
    const folder = await cli(["check", "--settings", tempDir(), old]);
    expect(folder).toMatchObject({ code: 2, out: "", err: expect.stringContaining("đây là một thư mục") });
  });

  test("--csv: cells that look like formulas come out with a leading apostrophe", async () => {
    const risky = await roster("nguy-hiem.xlsx", [
      [
        "Nông Văn Thành",
        "-2+3",
        "Nam",
        "+1",
        "Thạc sĩ",
        "125-QĐ/TU",
        day(2019, 8, 15),
        '=HYPERLINK("http://evil.example","Bấm")',
      ],
      ["Hà Thị Thảo", day(1988, 4, 17), "Nữ", "Tày", "Thạc sĩ", "126-QĐ/TU", day(2019, 8, 15), "@SUM(A1:A2)"],
    ]);
    const { out } = await cli(["check", "--csv", risky]);
    expect(out.startsWith("\uFEFFTệp;Trang tính;Ô;Dòng;Cột;Quy tắc;Mã quy tắc;Mức độ;")).toBe(true);
    const values = readCsv(out, ";")
      .slice(1)
      .map((record) => record[9]);
    expect(values).toEqual(
      expect.arrayContaining(["'-2+3", "'+1", `'=HYPERLINK("http://evil.example","Bấm")`, "'@SUM(A1:A2)"]),
    );
    for (const value of values) expect(value).not.toMatch(/^[=+\-@]/);
  });

  test("--csv --lang en: ',' and English headings; dates as dd/mm/yyyy rather than serials", async () => {
    const late = await roster("muon.xlsx", [
      ["Triệu Đức Long", day(1976, 5, 3), "Nam", "Dao", "Thạc sĩ", "1245/QĐ-SGDĐT", day(2019, 8, 15), null],
    ]);
    const { out } = await cli(["check", "--csv", "--lang", "en", late]);
    const [header, row] = readCsv(out, ",");
    expect(header.slice(0, 8)).toEqual(["File", "Sheet", "Cell", "Row", "Column", "Rule", "Rule id", "Severity"]);
    expect(row.slice(6, 10)).toEqual(["age-limit", "error", "birthDate", "03/05/1976"]);
  });
});

describe("cadre-roster: what reaches the terminal", () => {
  test("an option made of a file name with escape codes (from a wildcard) is echoed escaped", async () => {
    const result = await cli(["check", "--\u001b]0;x\u0007", "a.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--\\u001B]0;x\\u0007");
    expect(result.err).not.toMatch(/(?!\n)\p{Cc}/u);
  });

  test("--json keeps C1 and bidi controls from cells escaped, the same values when parsed", async () => {
    const sly = await roster("bidi.xlsx", [
      ["Nông Văn Thành\u202E", day(1985, 5, 12), "Nam", "Tày", "Thạc sĩ", "125-QĐ/TU", day(2019, 8, 15), "=\u009b2J"],
    ]);
    const { out } = await cli(["check", "--json", sly]);
    expect(out).not.toMatch(/[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(JSON.stringify(JSON.parse(out))).toMatch(/\u009b2J/);
  });
});

describe("cadre-roster check: folders", () => {
  test("a folder's workbooks are checked in name order; Excel's ~$ lock files are skipped", async () => {
    const folder = path.join(tempDir(), "don-vi");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "b.xlsx"), readFileSync(faulty));
    writeFileSync(path.join(folder, "a.xlsx"), readFileSync(clean));
    writeFileSync(path.join(folder, "~$a.xlsx"), Buffer.alloc(165));
    const result = await cli(["check", "--json", folder]);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.out) as Report).files.map((f) => path.basename(f.file))).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("what a folder holds besides workbooks is listed on stderr with what to do; the report is unchanged", async () => {
    const folder = path.join(tempDir(), "lan-2");
    mkdirSync(path.join(folder, "nam-2018"), { recursive: true });
    writeFileSync(path.join(folder, "a.xlsx"), readFileSync(clean));
    writeFileSync(path.join(folder, "cu.xls"), Buffer.alloc(512));
    writeFileSync(path.join(folder, "tong-hop.csv"), "a;b\r\n");
    writeFileSync(path.join(folder, "~$a.xlsx"), Buffer.alloc(165));
    const vi = await cli(["check", "--json", folder]);
    expect(vi.code).toBe(0);
    expect((JSON.parse(vi.out) as Report).files).toHaveLength(1);
    expect(vi.err.split("\n").filter(Boolean)).toEqual([
      `Bỏ qua "${path.join(folder, "cu.xls")}": tệp .xls: mở bằng Excel rồi lưu thành .xlsx.`,
      `Bỏ qua thư mục con "${path.join(folder, "nam-2018")}": chỉ kiểm tra các tệp ngay trong thư mục đã nêu; muốn kiểm tra thư mục con thì nêu nó trong lệnh.`,
      `Bỏ qua "${path.join(folder, "tong-hop.csv")}": tệp .csv không được kiểm tra: mở bằng Excel rồi lưu thành .xlsx.`,
    ]);
    const en = await cli(["check", "--lang", "en", folder]);
    expect(en.err).toContain(`Skipped "${path.join(folder, "cu.xls")}": .xls: open and save as .xlsx.`);
    expect(en.err).not.toContain("~$");
  });

  test("a folder without workbooks is reported on stderr; with nothing to check the exit code is 2", async () => {
    const folder = path.join(tempDir(), "trong");
    mkdirSync(folder);
    const result = await cli(["check", folder]);
    expect(result).toMatchObject({ code: 2, out: "" });
    expect(result.err).toContain(`Thư mục "${folder}" không có tệp .xlsx nào.`);
  });
});
