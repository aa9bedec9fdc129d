import * as path from "path";
import { Workbook, type Worksheet } from "exceljs";
import { run } from "../main";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import type { SummaryJson } from "./summary-json";

const tempDir = useTempDir();
const programme = path.join(__dirname, "..", "..", "..", "samples", "programme");
const targets = path.join(programme, "chi-tieu.xlsx");

async function summary(...extra: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await run(["summary", "--targets", targets, programme, ...extra], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
  });
  return { code, out };
}

/** The article's review, recomputed from the rows of the sample units' rosters: the acceptance test of the summary. */
describe("the programme's 2019 review, from the units' rosters", () => {
  let json: SummaryJson;
  beforeAll(async () => {
    json = JSON.parse((await summary("--json")).out) as SummaryJson;
  });

  test("gives the article's shares of plan: 300%, 285%, 100%, 45%, 70%, 238%, 60%", () => {
    expect(json.categories.map((c) => [c.sent, c.target, c.percent])).toEqual([
      [30, 10, 300],
      [117, 41, 285],
      [4, 4, 100],
      [79, 175, 45],
      [139, 200, 70],
      [430, 181, 238],
      [24, 40, 60],
      [241, null, null],
      [153, null, null],
      [0, null, null],
      [0, null, null],
    ]);
    expect(json.categories.slice(0, 7).map((c) => c.status)).toEqual([
      "exceeded",
      "exceeded",
      "met",
      "not-met",
      "not-met",
      "exceeded",
      "not-met",
    ]);
    expect(json.rotation).toEqual({
      label: "Luân chuyển cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
      rotated: 24,
      quota: 40,
      share: 0.6,
      percent: 60,
    });
  });

  test("flags what the article names as not started: no doctorate, no tourism", () => {
    expect(json.zeroSent).toEqual(["Tiến sĩ", "Du lịch"]);
  });

  test("finds the four people listed by two units, with both places, and counts each once", () => {
    const places = json.duplicates.map((d) => d.places.map((p) => path.basename(p.file)));
    expect(places).toEqual([
      ["01-so-giao-duc-dao-tao.xlsx", "05-truong-chinh-tri-hoang-dinh-giong.xlsx"],
      ["02-so-y-te.xlsx", "05-truong-chinh-tri-hoang-dinh-giong.xlsx"],
      ["04-so-noi-vu.xlsx", "06-ubnd-huyen-hoa-an.xlsx"],
      ["07-huyen-uy-trung-khanh.xlsx", "08-ban-to-chuc-tinh-uy-luan-chuyen.xlsx"],
    ]);
    expect(json.totals).toEqual({ files: 8, unreadable: 0, rows: 1221, people: 1217, duplicates: 4 });
    expect(json.categories[5]).toMatchObject({ rows: 432, sent: 430 });
  });

  test("prints the table in that order, and the rotation and zero-sent lines", async () => {
    const { code, out } = await summary();
    expect(code).toBe(1); // the TCVN3 programme cells are errors of the check; they still count
    expect([...out.matchAll(/ (\d+)% {2}/g)].map((m) => m[1])).toEqual(["300", "285", "100", "45", "70", "238", "60"]);
    expect(out).toContain("Luân chuyển: 24/40 cán bộ (60% chỉ tiêu).");
    expect(out).toContain("Chưa cử người: Tiến sĩ; Du lịch.");
  });

  test("writes the same figures into the .xlsx report, as numbers and percentages", async () => {
    const file = path.join(tempDir(), "bao-cao.xlsx");
    await summary("--out", file);
    const book = new Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet("Báo cáo kết quả") as Worksheet;
    const shares = [5, 6, 7, 8, 9, 10, 11].map((r) => {
      const value = ws.getCell(`D${r}`).value as { result: number };
      return [
        ws.getCell(`B${r}`).value,
        ws.getCell(`C${r}`).value,
        Math.round(value.result * 100),
        ws.getCell(`D${r}`).numFmt,
      ];
    });
    expect(shares).toEqual([
      [30, 10, 300, "0%"],
      [117, 41, 285, "0%"],
      [4, 4, 100, "0%"],
      [79, 175, 45, "0%"],
      [139, 200, 70, "0%"],
      [430, 181, 238, "0%"],
      [24, 40, 60, "0%"],
    ]);
    // The title, a blank row and the header above the 1,221 rows.
    expect((book.getWorksheet("Danh sách tổng hợp") as Worksheet).rowCount).toBe(1224);
  });
});
