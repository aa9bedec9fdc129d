import { readFileSync } from "fs";
import { join } from "path";
import { consolidate } from "../../core/consolidate/consolidate";
import { date, sheetFrom } from "../../../test/support/core/grid";
import { readTargets } from "../../core/targets/read-targets";
import { summaryJson } from "./summary-json";
import { keyPaths } from "../../../test/support/key-paths";
import { allCells } from "../../../test/support/sheets/description";
import { achievementReportSheet, consolidatedRosterSheet, duplicatesSheet, findingsSheet } from "../../core/sheets";

const doc = readFileSync(join(__dirname, "../../../docs/summary-format.md"), "utf8");

/** The run the documented example describes: a department's master's list and the rotation list, one person on both. */
function exampleJson() {
  const { targets, result } = exampleRun();
  return summaryJson(
    {
      targetsFile: "chi-tieu.xlsx",
      targetsSheet: targets.sheet,
      targetWarnings: targets.warnings,
      term: targets.term,
      result,
    },
    "vi",
  );
}

function exampleResult() {
  return exampleRun().result;
}

function exampleRun() {
  const targets = readTargets({
    name: "Chỉ tiêu",
    values: [
      ["Danh mục", "Chương trình", "Lĩnh vực", "Loại", "Chỉ tiêu"],
      ["Thạc sĩ – Giáo dục", "Thạc sĩ", "Giáo dục", "Đào tạo", 10],
      ["Luân chuyển", null, null, "Luân chuyển", 2],
      ["Tiến sĩ", "Tiến sĩ", null, null, "chưa rõ"],
    ],
  });
  if (!targets.ok) throw new Error(targets.problem);
  const training = sheetFrom([
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Chuyên ngành", "Số quyết định"],
    [1, "Hoàng Thị Lan", date("12/05/1990"), "Thạc sỹ", "Quản lý giáo dục", "1245/QĐ-SGDĐT"],
    [2, "Bế Văn Hùng", date("03/11/1987"), "Thạc sĩ", "Quản lý giáo dục", "1245/QĐ-SGDĐT"],
  ]);
  const rotation = sheetFrom(
    [
      ["STT", "Họ và tên", "Ngày sinh", "Từ đơn vị", "Đến đơn vị", "Ngày luân chuyển"],
      [1, "Hoàng Thị Lan", date("12/05/1990"), "Sở Giáo dục và Đào tạo", "Huyện ủy Trùng Khánh", date("01/07/2019")],
    ],
    { name: "Luân chuyển" },
  );
  const result = consolidate(
    [
      { file: "so-giao-duc.xlsx", workbook: { file: "so-giao-duc.xlsx", sheets: [training] } },
      { file: "ban-to-chuc.xlsx", workbook: { file: "ban-to-chuc.xlsx", sheets: [rotation] } },
    ],
    targets.targets,
    { today: { y: 2025, m: 10, d: 1 } },
  );
  return { targets, result };
}

describe("docs/summary-format.md", () => {
  const example: unknown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "null");

  it("shows an example with exactly the keys of a real summary, at every level", () => {
    expect([...keyPaths(example)].sort()).toEqual([...keyPaths(exampleJson())].sort());
  });

  it("shows what the example's rosters really give", () => {
    expect(example).toEqual(exampleJson());
  });

  it("documents every top-level field", () => {
    for (const key of Object.keys(exampleJson())) expect(doc).toContain(`| \`${key}\` |`);
  });
});

describe("docs/summary-format.md on the .xlsx report", () => {
  const section = doc.slice(doc.indexOf("## The .xlsx report"), doc.indexOf("## The JSON"));
  const row = (sheet: string) => section.split("\n").find((line) => line.startsWith(`| ${sheet} |`)) ?? "";
  /** The first run of `a` · `b` · `c` in a sheet's row: its header. */
  const listed = (sheet: string) =>
    (/`[^`]+`(?: · `[^`]+`)+/.exec(row(sheet))?.[0] ?? "").split(" · ").map((label) => label.slice(1, -1));
  const result = exampleResult();
  const sheets = [
    achievementReportSheet(
      {
        achievement: result.achievement,
        rotation: result.rotation,
        files: 2,
        people: result.people,
        madeAt: new Date(),
      },
      "vi",
    ),
    consolidatedRosterSheet(result.rows, [], "vi"),
    duplicatesSheet(result, "vi"),
    findingsSheet(result, "vi"),
  ];

  it("names the four sheets in the order written, each with its header", () => {
    const places = sheets.map((sheet) => section.indexOf(`| ${sheet.name} |`));
    expect(places.every((at, i) => at > (places[i - 1] ?? 0))).toBe(true);
    for (const sheet of sheets) {
      const header = sheet.rows.find((cells) => cells[0]?.style?.tone === "heading") ?? [];
      const labels = header.slice(0, header.indexOf(null) === -1 ? undefined : header.indexOf(null));
      expect({ sheet: sheet.name, header: listed(sheet.name) }).toEqual({
        sheet: sheet.name,
        header: labels.map((cell) => cell?.value),
      });
    }
  });

  it("shows the report's formulas as written", () => {
    const formulas = allCells(sheets[0])
      .filter(({ address }) => /^[DEF]5$/.test(address))
      .map(({ cell }) => cell.formula);
    for (const formula of formulas) expect(row("Báo cáo kết quả")).toContain(`\`${formula}\``);
  });
});
