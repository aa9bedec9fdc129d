import { readTargets } from "../targets/read-targets";
import type { Target } from "../targets/types";
import { consolidate } from "./consolidate";
import { rotationSheet, trainingSheet, workbook } from "../../../test/support/core/rosters";

function targets(rows: (string | number | null)[][]): Target[] {
  const read = readTargets({
    name: "Chỉ tiêu",
    values: [["Danh mục", "Chương trình", "Lĩnh vực", "Loại", "Chỉ tiêu"], ...rows],
  });
  if (!read.ok) throw new Error(read.problem);
  return read.targets;
}

const PLAN = targets([
  ["Thạc sĩ – Giáo dục", "Thạc sĩ", "Giáo dục", null, 2],
  ["Y tế: CKI và thạc sĩ", "Chuyên khoa cấp I; Thạc sĩ", "Y tế", null, 4],
  ["Cao cấp LLCT", "Cao cấp lý luận chính trị", null, null, 2],
  ["Luân chuyển", null, null, "Luân chuyển", 4],
  ["Tiến sĩ", "Tiến sĩ", null, null, null],
]);

const EDUCATION = workbook(
  "so-giao-duc.xlsx",
  trainingSheet(
    [
      { name: "Hoàng Thị Lan", born: "05/11/1990", gender: "Nữ", programme: "Thạc sỹ", major: "Quản lý giáo dục" },
      {
        name: "Bế Văn Hùng".normalize("NFD"),
        born: "03/11/1987",
        programme: "Thạc sĩ".normalize("NFD"),
        field: "Giáo dục",
        major: "Toán học",
      },
      { name: "Lục Văn Khánh", born: "07/07/1984", programme: "Thạc sĩ", major: "Toán học" },
      { name: "Nông Văn Thành", born: "12/03/1985", programme: "Cao cấp LLCT" },
    ],
    { issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" },
  ),
);

const HEALTH = workbook(
  "so-y-te.xlsx",
  trainingSheet(
    [
      { name: "Mạc Văn Tùng", born: "21/07/1986", programme: "Th¹c sÜ", field: "Y tế" },
      { name: "Hà Thị Thảo", born: "17/04/1988", gender: "Nữ", programme: "CKI", field: "Y tế" },
      { name: "Đàm Văn Sơn", born: "09/09/1989", programme: "Chuyên khoa cấp II", field: "Y tế" },
      { name: "NÔNG VĂN THÀNH", born: "12/03/1985", programme: "Cao cấp lý luận chính trị (tập trung)" },
    ],
    { programmeFont: ".VnTime" },
  ),
);

const ROTATION = workbook(
  "ban-to-chuc.xlsx",
  rotationSheet([{ name: "Hoàng Thị Lan", born: "05/11/1990", from: "Sở Giáo dục và Đào tạo" }]),
);

describe("consolidating department rosters", () => {
  const result = consolidate([EDUCATION, HEALTH, { file: "hong.xlsx", error: "Tệp .xlsx bị hỏng." }, ROTATION], PLAN, {
    today: { y: 2025, m: 10, d: 1 },
  });
  const byLabel = (label: string) => result.achievement.find((c) => c.label === label);

  test("spelling variants count once and correctly: Thạc sỹ, NFD, TCVN3, abbreviations", () => {
    expect(byLabel("Thạc sĩ – Giáo dục")).toMatchObject({
      rows: 2,
      sent: 2,
      target: 2,
      share: 1,
      percent: 100,
      status: "met",
      gap: 0,
    });
    // "Th¹c sÜ" in .VnTime is Thạc sĩ, "CKI" is chuyên khoa cấp I; chuyên khoa cấp II is neither.
    expect(byLabel("Y tế: CKI và thạc sĩ")).toMatchObject({
      rows: 2,
      sent: 2,
      target: 4,
      percent: 50,
      status: "not-met",
      gap: 2,
    });
  });

  test("a field comes from the field column, else from the major", () => {
    const matched = result.rows.filter((row) => row.categories.includes(0)).map((row) => row.name);
    expect(matched).toEqual(["Hoàng Thị Lan", "Bế Văn Hùng"]);
  });

  test("a person listed by two departments for one category was sent once", () => {
    expect(byLabel("Cao cấp LLCT")).toMatchObject({ rows: 2, sent: 1, percent: 50 });
  });

  test("people in more than one file are flagged with every place; rows without a birth date never are", () => {
    expect(result.crossFileDuplicates).toEqual([
      {
        name: "Hoàng Thị Lan",
        birth: { y: 1990, m: 11, d: 5 },
        birthYearOnly: false,
        places: [
          {
            file: "so-giao-duc.xlsx",
            sheet: "Danh sách",
            row: 6,
            unit: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            programme: "Thạc sỹ",
          },
          { file: "ban-to-chuc.xlsx", sheet: "Luân chuyển", row: 3, unit: "Sở Giáo dục và Đào tạo", programme: "" },
        ],
      },
      {
        name: "Nông Văn Thành",
        birth: { y: 1985, m: 3, d: 12 },
        birthYearOnly: false,
        places: [
          {
            file: "so-giao-duc.xlsx",
            sheet: "Danh sách",
            row: 9,
            unit: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            programme: "Cao cấp LLCT",
          },
          {
            file: "so-y-te.xlsx",
            sheet: "Danh sách",
            row: 9,
            unit: "SỞ Y TẾ",
            programme: "Cao cấp lý luận chính trị (tập trung)",
          },
        ],
      },
    ]);
    expect(result.people).toBe(result.rows.length - 2);
  });

  test("the rotation line is the rotation category's count against its quota", () => {
    expect(result.rotation).toEqual({ label: "Luân chuyển", rotated: 1, quota: 4, share: 0.25, percent: 25 });
  });

  test("categories nobody was sent for are flagged, with or without a target", () => {
    expect(result.zeroSent.map((c) => [c.label, c.target, c.percent])).toEqual([["Tiến sĩ", null, null]]);
  });

  test("a file that could not be read is reported in its place and the others still count", () => {
    expect(result.perFile.map((f) => [f.file, f.error])).toEqual([
      ["so-giao-duc.xlsx", null],
      ["so-y-te.xlsx", null],
      ["hong.xlsx", "Tệp .xlsx bị hỏng."],
      ["ban-to-chuc.xlsx", null],
    ]);
    expect(result.check.summary).toMatchObject({ files: 4, rows: 9 });
    expect(result.rows).toHaveLength(9);
  });

  test("each file is checked as the check command would: the TCVN3 programme cell is reported", () => {
    const health = result.perFile[1].sheets[0].issues.map((issue) => [issue.rule, issue.cell]);
    expect(health).toContainEqual(["legacy-encoding", "F6"]);
  });

  test("without a rotation category, the rotation line counts the rotation lists' people with no quota", () => {
    const noQuota = consolidate(
      [ROTATION],
      PLAN.filter((t) => t.label !== "Luân chuyển"),
    );
    expect(noQuota.rotation).toEqual({ label: null, rotated: 1, quota: null, share: null, percent: null });
    expect(consolidate([EDUCATION], []).rotation).toBeNull();
  });
});
