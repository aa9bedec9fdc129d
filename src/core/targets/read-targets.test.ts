import type { CellValue } from "../grid/types";
import { ARTICLE_CATEGORIES } from "./article";
import { defaultTargetsGrid } from "./default-grid";
import { findTargets, readTargets, targetsOfPickedFile } from "./read-targets";

const sheet = (values: CellValue[][], name = "Chỉ tiêu") => ({ name, values });

describe("reading a targets sheet", () => {
  test("the header may sit under a title; labels, criteria with alternatives, targets, blank targets", () => {
    const read = readTargets(
      sheet([
        ["CHỈ TIÊU ĐÀO TẠO NĂM 2019"],
        [],
        ["STT", "Danh mục", "Chương trình", "Lĩnh vực", "Cấp", "Loại", "Chỉ tiêu (người)"],
        [1, "Y tế", "Chuyên khoa cấp I; Thạc sĩ", "Y tế", null, "Đào tạo", 41],
        [2, "Tiến sĩ", "Tiến sĩ", null, null, null, null],
        [3, "Luân chuyển", null, null, "Huyện\nXã", "Luân chuyển", "1.200"],
      ]),
    );
    expect(read).toEqual({
      ok: true,
      sheet: "Chỉ tiêu",
      warnings: [],
      // "NĂM 2019" is a year, not a term: no forecast is made from it.
      term: null,
      targets: [
        {
          label: "Y tế",
          row: 4,
          target: 41,
          criteria: [
            { on: "programme", any: ["Chuyên khoa cấp I", "Thạc sĩ"] },
            { on: "field", any: ["Y tế"] },
            { on: "kind", any: ["training"] },
          ],
        },
        { label: "Tiến sĩ", row: 5, target: null, criteria: [{ on: "programme", any: ["Tiến sĩ"] }] },
        {
          label: "Luân chuyển",
          row: 6,
          target: 1200,
          criteria: [
            { on: "level", any: ["district", "commune"] },
            { on: "kind", any: ["rotation"] },
          ],
        },
      ],
    });
  });

  test("a 'Trình độ' column is matched against the programme as well as 'Chương trình'", () => {
    const read = readTargets(
      sheet([
        ["Hạng mục", "Chương trình", "Trình độ", "Chỉ tiêu"],
        ["ThS QLC", "Quản lý công", "Thạc sĩ", 5],
      ]),
    );
    expect(read.ok && read.targets[0].criteria).toEqual([
      { on: "programme", any: ["Quản lý công"] },
      { on: "programme", any: ["Thạc sĩ"] },
    ]);
  });

  test("unreadable targets, kinds and levels are warned about with their row", () => {
    const read = readTargets(
      sheet([
        ["Danh mục", "Loại", "Cấp", "Chỉ tiêu"],
        ["A", "Đào tạo", null, "mười"],
        ["B", "Tập huấn", "Trung ương", 3],
      ]),
    );
    expect(read.ok && read.warnings).toEqual([
      { code: "bad-target", row: 2, value: "mười" },
      { code: "unknown-level", row: 3, value: "Trung ương" },
      { code: "unknown-kind", row: 3, value: "Tập huấn" },
    ]);
    expect(read.ok && read.targets.map((t) => [t.label, t.target, t.criteria])).toEqual([
      ["A", null, [{ on: "kind", any: ["training"] }]],
      [
        "B",
        3,
        [
          { on: "level", any: [] },
          { on: "kind", any: [] },
        ],
      ],
    ]);
  });

  test("headings, blank rows and totals are not categories; a row with only a label and a target names its programme", () => {
    const read = readTargets(
      sheet([
        ["Nội dung", "Chỉ tiêu", "Thực hiện", "Tỷ lệ (%)"],
        ["I. ĐÀO TẠO", null, null, null],
        ["Bồi dưỡng QLNN ngạch chuyên viên chính", 8, 6, 75],
        [null, null, null, null],
        ["Luân chuyển cán bộ", 40, null, null],
        ["Tổng cộng", 48, null, null],
      ]),
    );
    expect(read.ok && read.targets).toEqual([
      {
        label: "Bồi dưỡng QLNN ngạch chuyên viên chính",
        row: 3,
        target: 8,
        criteria: [{ on: "programme", any: ["Bồi dưỡng QLNN ngạch chuyên viên chính"] }],
      },
      { label: "Luân chuyển cán bộ", row: 5, target: 40, criteria: [{ on: "kind", any: ["rotation"] }] },
    ]);
  });

  test("a sheet without a category and a target column, or without categories, is a problem", () => {
    expect(
      readTargets(
        sheet([
          ["Họ và tên", "Ngày sinh"],
          ["Nông Văn A", 1985],
        ]),
      ),
    ).toEqual({ ok: false, problem: "no-header" });
    expect(
      readTargets(
        sheet([
          ["Danh mục", "Chỉ tiêu"],
          [null, null],
        ]),
      ),
    ).toEqual({ ok: false, problem: "no-categories" });
  });

  test("a workbook's targets come from its 'Chỉ tiêu' sheet, found whatever its spelling, else from any sheet with a targets table", () => {
    const roster = sheet([["Họ và tên", "Ngày sinh"]], "Danh sách");
    const a = sheet(
      [
        ["Danh mục", "Chỉ tiêu"],
        ["Thạc sĩ", 1],
      ],
      "Khác",
    );
    const b = sheet(
      [
        ["Danh mục", "Chỉ tiêu"],
        ["Tiến sĩ", 2],
      ],
      "CHI TIEU",
    );
    expect(findTargets({ file: "t.xlsx", sheets: [roster, a, b] })).toMatchObject({ ok: true, sheet: "CHI TIEU" });
    expect(findTargets({ file: "t.xlsx", sheets: [roster, a] })).toMatchObject({ ok: true, sheet: "Khác" });
    expect(findTargets({ file: "t.xlsx", sheets: [roster] })).toEqual({ ok: false, problem: "no-header" });
  });

  test("a picked targets file must set at least one target; the pane's own sheet may still be blank", () => {
    // Rows with criteria are categories even without a number, as in the sheet the pane makes.
    const blank = sheet([
      ["Danh mục", "Chương trình", "Chỉ tiêu"],
      ["Thạc sĩ", "Thạc sĩ", null],
      ["Tiến sĩ", "Tiến sĩ", ""],
    ]);
    expect(findTargets({ file: "t.xlsx", sheets: [blank] })).toMatchObject({ ok: true });
    expect(targetsOfPickedFile({ file: "t.xlsx", sheets: [blank] })).toEqual({ ok: false, problem: "no-targets" });
    const one = sheet([
      ["Danh mục", "Chương trình", "Chỉ tiêu"],
      ["Thạc sĩ", "Thạc sĩ", null],
      ["Tiến sĩ", "Tiến sĩ", 2],
    ]);
    expect(targetsOfPickedFile({ file: "t.xlsx", sheets: [one] })).toMatchObject({
      ok: true,
      targets: [
        { label: "Thạc sĩ", target: null },
        { label: "Tiến sĩ", target: 2 },
      ],
    });
    expect(targetsOfPickedFile({ file: "t.xlsx", sheets: [sheet([["Họ và tên"]])] })).toEqual({
      ok: false,
      problem: "no-header",
    });
  });
});

describe("the default targets sheet", () => {
  test.each(["vi", "en"] as const)(
    "reads back as the article's categories, with blank targets or the article's (%s)",
    (lang) => {
      const blank = readTargets(sheet(defaultTargetsGrid(lang).values));
      const filled = readTargets(sheet(defaultTargetsGrid(lang, "article").values));
      expect(blank.ok && blank.warnings).toEqual([]);
      expect(blank.ok && blank.targets.map((t) => [t.label, t.target])).toEqual(
        ARTICLE_CATEGORIES.map((c) => [c.label, null]),
      );
      expect(filled.ok && filled.targets.map((t) => t.target)).toEqual([
        10,
        41,
        4,
        175,
        200,
        181,
        40,
        null,
        null,
        null,
        null,
      ]);
    },
  );

  test("says where its header row and target column are", () => {
    const grid = defaultTargetsGrid("vi");
    expect(grid.values[grid.headerRow][grid.targetColumn]).toBe("Chỉ tiêu");
  });

  test.each([
    ["CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG GIAI ĐOẠN 2016 – 2020", "2016-01-01 → 2020-12-31"],
    ["Kế hoạch nhiệm kỳ 2020-2025", "2020-01-01 → 2025-12-31"],
    ["TARGETS, TERM 2021 - 2025", "2021-01-01 → 2025-12-31"],
    ["CHỈ TIÊU GIAI ĐOẠN 09/5/2016 - 31/12/2020", "2016-05-09 → 2020-12-31"],
  ])("the programme's term is read from a title such as “%s”", (title, expected) => {
    const read = readTargets(sheet([[title], ["Danh mục", "Chỉ tiêu"], ["Tiến sĩ", 3]]));
    const show = ({ y, m, d }: { y: number; m: number; d: number }) =>
      `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    expect(read.ok && read.term && `${show(read.term.start)} → ${show(read.term.end)}`).toBe(expected);
  });
});
