import { existsSync, mkdirSync, statSync } from "fs";
import * as path from "path";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli } from "../../../test/support/cli/run-cli";
import { brokenBook, day, rosterBook, targetsBook, type Person } from "../../../test/support/cli/summary-books";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import type { SummaryJson } from "./summary-json";

const tempDir = useTempDir();

const LAN: Person = [
  "Hoàng Thị Lan",
  day(1990, 5, 12),
  "Nữ",
  "Trường THPT Hòa An",
  "Thạc sỹ",
  "Giáo dục",
  "1245/QĐ-SGDĐT",
];
const HUNG: Person = [
  "Bế Văn Hùng",
  day(1987, 11, 3),
  "Nam",
  "Sở Y tế",
  "Cao cấp lý luận chính trị",
  null,
  "125-QĐ/TU",
];
const HUNG_AGAIN: Person = [
  "BẾ VĂN HÙNG".normalize("NFD"),
  day(1987, 11, 3),
  "Nam",
  "Sở Y tế",
  "Cao cấp LLCT",
  null,
  "125-QĐ/TU",
];
const CUONG: Person = [
  "Lương Văn Cường",
  day(1988, 1, 20),
  "Nam",
  "UBND huyện Hòa An",
  "Cao cấp lý luận chính trị (không tập trung)",
  null,
  "126-QĐ/TU",
];
const NO_DECISION: Person = [
  "Nông Thị Mai",
  day(1991, 2, 2),
  "Nữ",
  "Sở Nội vụ",
  "Cao cấp lý luận chính trị",
  null,
  null,
];

let dir: string;
let targets: string;
let a: string;
let b: string;
beforeAll(async () => {
  dir = path.join(tempDir(), "don-vi");
  mkdirSync(dir);
  targets = await targetsBook(tempDir(), "chi-tieu.xlsx", [
    ["STT", "Danh mục", "Chương trình", "Lĩnh vực", "Chỉ tiêu"],
    [1, "Thạc sĩ – Giáo dục", "Thạc sĩ", "Giáo dục", 2],
    [2, "Cao cấp LLCT", "Cao cấp lý luận chính trị", null, 4],
    [3, "Tiến sĩ", "Tiến sĩ", null, null],
  ]);
  a = await rosterBook(dir, "a-so-giao-duc.xlsx", [LAN, HUNG]);
  b = await rosterBook(dir, "b-so-y-te.xlsx", [HUNG_AGAIN, CUONG]);
});

describe("cadre-roster summary", () => {
  test("prints each category against its target, nobody-sent categories, the people in two files and each file's check; exit 0", async () => {
    const result = await cli(["summary", "--targets", targets, dir]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("Tổng hợp 2 tệp: 4 dòng dữ liệu, 3 người.");
    expect(result.out).toMatch(/Thạc sĩ – Giáo dục +1 +2 +50% +Chưa đạt kế hoạch +1\n/);
    expect(result.out).toMatch(/Cao cấp LLCT +2 +4 +50% +Chưa đạt kế hoạch +2\n/);
    expect(result.out).toMatch(/Tiến sĩ +0 +– +– +CHƯA CỬ NGƯỜI +–\n/);
    expect(result.out).toContain("Chưa cử người: Tiến sĩ.");
    expect(result.out).toContain(
      [
        "Người có tên trong nhiều tệp (1):",
        "  Bế Văn Hùng (sinh 03/11/1987):",
        `    - ${a}, trang "Danh sách", dòng 5 (Sở Y tế)`,
        `    - ${b}, trang "Danh sách", dòng 4 (Sở Y tế)`,
      ].join("\n"),
    );
    expect(result.out).toContain(`  ${a}: 2 dòng; không có vấn đề`);
  });

  test("--json gives the same figures as data, and --lang en speaks English", async () => {
    const result = await cli(["summary", "--json", "--lang", "en", "--targets", targets, a, b]);
    const json = JSON.parse(result.out) as SummaryJson;
    expect(json.totals).toEqual({ files: 2, unreadable: 0, rows: 4, people: 3, duplicates: 1 });
    expect(json.categories.map((c) => [c.label, c.sent, c.target, c.percent, c.status, c.statusLabel, c.gap])).toEqual([
      ["Thạc sĩ – Giáo dục", 1, 2, 50, "not-met", "Not met", 1],
      ["Cao cấp LLCT", 2, 4, 50, "not-met", "Not met", 2],
      ["Tiến sĩ", 0, null, null, null, "NOBODY SENT", null],
    ]);
    expect(json.zeroSent).toEqual(["Tiến sĩ"]);
    expect(json.duplicates).toEqual([
      {
        name: "Bế Văn Hùng",
        birth: "03/11/1987",
        places: [
          { file: a, sheet: "Danh sách", row: 5, unit: "Sở Y tế", programme: "Cao cấp lý luận chính trị" },
          { file: b, sheet: "Danh sách", row: 4, unit: "Sở Y tế", programme: "Cao cấp LLCT" },
        ],
      },
    ]);
    expect(json.check.summary).toMatchObject({ files: 2, rows: 4, errors: 0 });
  });

  test("a workbook that cannot be read is reported and skipped, the others still count, and the exit code is 2", async () => {
    const broken = brokenBook(tempDir(), "hong.xlsx");
    const result = await cli(["summary", "--targets", targets, a, broken, b]);
    expect(result.code).toBe(2);
    expect(result.out).toContain("Tổng hợp 3 tệp (1 tệp không đọc được): 4 dòng dữ liệu, 3 người.");
    expect(result.out).toContain(`  ${broken}: KHÔNG ĐỌC ĐƯỢC, không được tính: Không phải tệp Excel .xlsx.`);
    expect(result.out).toMatch(/Cao cấp LLCT +2 +4 +50%/);
  });

  test("exit 1 when the check finds errors in a roster, which still counts", async () => {
    const faulty = await rosterBook(tempDir(), "loi.xlsx", [NO_DECISION]);
    const result = await cli(["summary", "--targets", targets, a, faulty]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`  ${faulty}: 1 dòng; 1 lỗi`);
    expect(result.out).toMatch(/Cao cấp LLCT +2 +4 +50%/);
  });

  test("the targets workbook in the rosters' folder is not read as a roster; the report may not go into that folder", async () => {
    const folder = path.join(tempDir(), "cung-thu-muc");
    mkdirSync(folder);
    const inside = await targetsBook(folder, "chi-tieu.xlsx", [
      ["Danh mục", "Chương trình", "Chỉ tiêu"],
      ["Cao cấp LLCT", "Cao cấp lý luận chính trị", 4],
    ]);
    await rosterBook(folder, "a.xlsx", [HUNG, CUONG]);
    const result = await cli(["summary", "--json", "--targets", inside, folder]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as SummaryJson).check.files.map((f) => path.basename(f.file))).toEqual(["a.xlsx"]);
    const out = path.join(folder, "bao-cao.xlsx");
    const refused = await cli(["summary", "--lang", "en", "--targets", inside, "--out", out, folder]);
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toContain(`Not written: "${out}" is in a folder of rosters being read`);
    expect(existsSync(out)).toBe(false);
  });

  test("input files are never written, and --out never overwrites one", async () => {
    const inputs = [targets, a, b];
    const before = inputs.map((file) => [sha256(file), statSync(file).mtimeMs]);
    expect(
      (await cli(["summary", "--targets", targets, "--out", path.join(tempDir(), "bao-cao.xlsx"), dir])).code,
    ).toBe(0);
    const clash = await cli(["summary", "--targets", targets, "--out", a, a, b]);
    expect(clash).toMatchObject({ code: 2, out: "" });
    expect(clash.err).toContain(`Không ghi: báo cáo sẽ đè lên tệp đầu vào "${a}".`);
    expect((await cli(["summary", "--targets", targets, "--out", targets, dir])).code).toBe(2);
    expect(inputs.map((file) => [sha256(file), statSync(file).mtimeMs])).toEqual(before);
  });

  test("a report that cannot be written is said so, with exit 2, after the table was printed", async () => {
    const result = await cli([
      "summary",
      "--targets",
      targets,
      "--out",
      path.join(tempDir(), "khong-co", "bao-cao.xlsx"),
      dir,
    ]);
    expect(result.code).toBe(2);
    expect(result.out).toContain("KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
    expect(result.err).toContain(
      `Không ghi được báo cáo "${path.join(tempDir(), "khong-co", "bao-cao.xlsx")}": thư mục chứa nó không tồn tại.`,
    );
  });

  test("a targets file that cannot be used stops the command with exit 2 and says why", async () => {
    const missing = await cli(["summary", "--targets", path.join(tempDir(), "khong-co.xlsx"), dir]);
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("Không đọc được tệp chỉ tiêu");
    const noTable = await cli(["summary", "--lang", "en", "--targets", a, b]);
    expect(noTable).toMatchObject({ code: 2, out: "" });
    expect(noTable.err).toContain("No targets table found");
  });

  test("bad usage exits 2 with a hint and prints nothing", async () => {
    for (const argv of [
      ["summary", dir],
      ["summary", "--targets", targets],
      ["summary", "--targets", targets, "--out", "bao-cao.csv", dir],
      ["summary", "--csv", "--targets", targets, dir],
    ]) {
      const result = await cli(argv);
      expect({ argv, code: result.code, out: result.out }).toEqual({ argv, code: 2, out: "" });
      expect(result.err).toContain("cadre-roster --help");
    }
  });

  test("--help shows the summary command too", async () => {
    expect((await cli(["summary", "--help"])).out).toContain("Cách dùng: cadre-roster summary --targets");
    expect((await cli(["--help", "--lang", "en"])).out).toContain("Usage: cadre-roster summary --targets");
  });
});
