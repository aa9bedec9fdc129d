import { Workbook } from "exceljs";
import { cpSync, existsSync, readdirSync } from "fs";
import * as path from "path";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli } from "../../../test/support/cli/run-cli";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { feedbackPaths } from "./feedback";

const tempDir = useTempDir();
const PROGRAMME = path.join(__dirname, "../../../samples/programme");

/** Every non-empty value of a sheet's column, below its header row. */
async function column(file: string, sheet: string, header: string): Promise<string[]> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  let col = 0;
  let headerRow = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (col === 0 && cell.value === header) [col, headerRow] = [c, r];
    });
  });
  const values: string[] = [];
  ws.eachRow((row, r) => {
    const value = row.getCell(col).value;
    if (r > headerRow && value !== null && value !== "") values.push(String(value));
  });
  return values;
}

describe("summary --feedback", () => {
  it("names each workbook after the file its unit sent, apart when two files share a name", () => {
    expect(feedbackPaths("phan-hoi", ["a/02-so-y-te.xlsx", "b/02-so-y-te.xlsx", "c/tinh-uy.XLSX"])).toEqual([
      path.join("phan-hoi", "02-so-y-te.phan-hoi.xlsx"),
      path.join("phan-hoi", "02-so-y-te-2.phan-hoi.xlsx"),
      path.join("phan-hoi", "tinh-uy.phan-hoi.xlsx"),
    ]);
  });

  it("writes one workbook per unit holding exactly that unit's people and findings", async () => {
    const rosters = path.join(tempDir(), "don-vi");
    cpSync(PROGRAMME, rosters, { recursive: true });
    const targets = path.join(rosters, "chi-tieu.xlsx");
    const before = sha256(path.join(rosters, "02-so-y-te.xlsx"));
    const out = path.join(tempDir(), "phan-hoi");
    const run = await cli(["summary", "--targets", targets, "--feedback", out, rosters]);
    expect(run.err).toBe("");
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(readdirSync(rosters).filter((f) => f.endsWith(".xlsx") && f !== "chi-tieu.xlsx").length);
    expect(run.out).toContain(`Đã ghi ${written.length} tệp phản hồi cho các đơn vị vào thư mục ${out}`);

    const health = path.join(out, "02-so-y-te.phan-hoi.xlsx");
    const sources = await column(health, "Danh sách tổng hợp", "Tệp nguồn");
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources.map((s) => path.basename(s)))).toEqual(new Set(["02-so-y-te.xlsx"]));
    const findings = await column(health, "Kiểm tra từng tệp", "Tệp");
    expect(new Set(findings.map((s) => path.basename(s)))).toEqual(new Set(["02-so-y-te.xlsx"]));
    expect(sha256(path.join(rosters, "02-so-y-te.xlsx"))).toBe(before);
  });

  it("refuses a folder of rosters being read, before reading anything", async () => {
    const rosters = path.join(tempDir(), "trong-thu-muc");
    cpSync(PROGRAMME, rosters, { recursive: true });
    const run = await cli(["summary", "--targets", path.join(rosters, "chi-tieu.xlsx"), "--feedback", rosters, rosters]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(existsSync(path.join(rosters, "02-so-y-te.phan-hoi.xlsx"))).toBe(false);
  });
});
