import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli } from "../../../test/support/cli/run-cli";
import { useTempDir } from "../../../test/support/cli/temp-dir";

const tempDir = useTempDir();

/** A small roster with one name in TCVN3 and, when asked, a note on an empty cell. */
async function roster(name: string, note = false): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính"]);
  ws.addRow([1, "NguyÔn V¨n B×nh", 1985, "Nam"]);
  ws.addRow([2, "Hoàng Thị Lan", 1990, "Nữ"]);
  ws.getCell("B2").font = { name: ".VnTime", size: 12 };
  if (note) ws.getCell("F2").note = "Đã đối chiếu hồ sơ";
  const file = path.join(tempDir(), name);
  await book.xlsx.writeFile(file);
  return file;
}

let input: string;
let hash: string;
beforeAll(async () => {
  input = await roster("goc.xlsx");
  hash = sha256(input);
});
afterEach(() => expect(sha256(input)).toBe(hash));

describe("cadre-roster fix --dry-run", () => {
  test("lists the changes and writes nothing", async () => {
    const out = path.join(tempDir(), "thu.xlsx");
    const result = await cli(["fix", "--dry-run", "--out", out, input]);
    expect(result).toEqual({
      code: 0,
      err: "",
      out: `${input}: 1 ô sẽ được sửa (chạy thử: chưa ghi tệp nào):\n  Trang "DS":\n    B2      "NguyÔn V¨n B×nh" → "Nguyễn Văn Bình"  [legacy-encoding]\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  test("needs no --out, and speaks English when asked", async () => {
    const result = await cli(["fix", "--dry-run", "--lang", "en", input]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("1 cell to repair (dry run: nothing written):");
    expect(result.out).toContain('Sheet "DS":');
  });
});

describe("cadre-roster fix: where the copy may go", () => {
  test("never onto the input, however it is named, even with --force", async () => {
    const link = path.join(tempDir(), "lien-ket.xlsx");
    symlinkSync(input, link);
    const hardLink = path.join(tempDir(), "cung-inode.xlsx");
    linkSync(input, hardLink);
    const relative = path.relative(process.cwd(), input);
    for (const out of [input, relative, link, hardLink]) {
      for (const force of [[], ["--force"]]) {
        const result = await cli(["fix", ...force, "--out", out, input]);
        expect({ out, code: result.code, stdout: result.out }).toEqual({ out, code: 2, stdout: "" });
        expect(result.err).toContain("là tệp đầu vào. Tệp đầu vào không bao giờ bị ghi");
      }
    }
  });

  test("not onto an existing file unless --force, which replaces it whole", async () => {
    const out = path.join(tempDir(), "da-co.xlsx");
    writeFileSync(out, "giữ nguyên");
    const refused = await cli(["fix", "--out", out, input]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`"${out}" đã có. Chọn tên khác, hoặc thêm --force`);
    expect(readFileSync(out, "utf8")).toBe("giữ nguyên");
    const forced = await cli(["fix", "--force", "--out", out, input]);
    expect(forced.code).toBe(0);
    const book = new Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet("DS")?.getCell("B2").value).toBe("Nguyễn Văn Bình");
  });

  test("a folder that does not exist: exit 2, and no stray file left behind", async () => {
    const out = path.join(tempDir(), "khong-co", "sua.xlsx");
    const result = await cli(["fix", "--out", out, input]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Không ghi được "${out}": thư mục chứa nó không tồn tại.`);
    expect(readdirSync(tempDir()).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("a folder named like a workbook is refused", async () => {
    const out = path.join(tempDir(), "thu-muc.xlsx");
    mkdirSync(out);
    expect((await cli(["fix", "--force", "--out", out, input])).err).toContain("là một thư mục");
  });
});

describe("cadre-roster fix: bad usage and unreadable files exit 2", () => {
  test.each([
    [["fix", "--out", "x.xlsx"], "Thiếu tệp cần sửa"],
    [["fix", "--out", "x.xlsx", "a.xlsx", "b.xlsx"], "Mỗi lần chỉ sửa một tệp."],
    [["fix", "a.xlsx"], "Thiếu --out TỆP_MỚI.xlsx"],
    [["fix", "--out", "x.csv", "a.xlsx"], 'Tệp ghi ra phải có đuôi .xlsx: "x.csv".'],
    [["fix", "--json", "--out", "x.xlsx", "a.xlsx"], "Tham số không hợp lệ"],
    [["fix", "--lang", "fr", "a.xlsx"], 'Ngôn ngữ không hợp lệ: "fr"'],
  ])("%j", async (argv, message) => {
    const result = await cli(argv);
    expect({ code: result.code, out: result.out }).toEqual({ code: 2, out: "" });
    expect(result.err).toContain(message);
    expect(result.err).toContain("cadre-roster --help");
  });

  test("an input that is not a workbook", async () => {
    const empty = path.join(tempDir(), "rong.xlsx");
    writeFileSync(empty, "");
    const result = await cli(["fix", "--out", path.join(tempDir(), "rong-sua.xlsx"), empty]);
    expect(result).toEqual({ code: 2, out: "", err: `${empty}: Tệp rỗng (0 byte).\n` });
  });
});

describe("cadre-roster fix: help and losses", () => {
  test("fix --help shows the command's usage; the general help includes it", async () => {
    const own = await cli(["fix", "--help"]);
    expect(own.code).toBe(0);
    expect(own.out.startsWith("Cách dùng: cadre-roster fix --out TỆP_MỚI.xlsx")).toBe(true);
    expect((await cli(["--help", "--lang", "en"])).out).toContain("Usage: cadre-roster fix --out NEW.xlsx");
  });

  test("says what the copy could not keep: a note on an empty cell", async () => {
    const noted = await roster("ghi-chu.xlsx", true);
    const result = await cli(["fix", "--out", path.join(tempDir(), "ghi-chu-sua.xlsx"), noted]);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      "Chú ý: bản sửa không giữ được ghi chú, bình luận của tệp gốc (thư viện ghi tệp .xlsx không hỗ trợ). Nếu cần giữ, hãy sửa ngay trong Excel bằng add-in.\n",
    );
  });
});
