import { date, sheetFrom } from "../../../test/support/core/grid";
import { readTargets } from "../targets/read-targets";
import { consolidate } from "./consolidate";
import { progressOf } from "./progress";

const read = readTargets({
  name: "Chỉ tiêu",
  values: [
    ["CHỈ TIÊU GIAI ĐOẠN 2021 – 2025"],
    ["Danh mục", "Chương trình", "Chỉ tiêu"],
    ["Thạc sĩ", "Thạc sĩ", 40],
    ["Cao cấp LLCT", "Cao cấp lý luận chính trị", 2],
  ],
});
if (!read.ok) throw new Error(read.problem);

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số quyết định", "Ngày quyết định"];
let n = 0;
const sent = (programme: string, decided: string | null, name = `Người ${++n}`) => [
  n,
  name,
  date(`01/01/${1980 + n}`),
  programme,
  `${n}-QĐ/TU`,
  decided && date(decided),
];

/** Twelve master's students sent over 2021–2022, one twice; the political course's people sent in 2022, one undated. */
const ROWS = [
  ...Array.from({ length: 5 }, () => sent("Thạc sĩ", "15/03/2021")),
  ...Array.from({ length: 7 }, () => sent("Thạc sĩ", "20/06/2022")),
  sent("Cao cấp lý luận chính trị", "31/12/2022"),
  sent("Cao cấp lý luận chính trị", null),
];
const result = consolidate(
  [{ file: "a.xlsx", workbook: { file: "a.xlsx", sheets: [sheetFrom([HEADER, ...ROWS])] } }],
  read.targets,
);

describe("progress over the term", () => {
  const progress = progressOf(result, read.term);

  it("counts each category's people in the year they were sent, over the term's years", () => {
    expect(progress.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(progress.categories.map((c) => [c.label, c.perYear, c.undated, c.cumulativePercent])).toEqual([
      ["Thạc sĩ", [5, 7, 0, 0, 0], 0, [13, 30, 30, 30, 30]],
      ["Cao cấp LLCT", [0, 1, 0, 0, 0], 1, [0, 50, 50, 50, 50]],
    ]);
  });

  it("forecasts the end of the term at the pace from its start to the latest sending, and marks a miss", () => {
    // 12 people in 2 of 5 years: about 30 by the end of 2025 against 40.
    expect(progress.latest).toEqual({ y: 2022, m: 12, d: 31 });
    expect(progress.categories.map((c) => [c.forecastPercent, c.missesTarget])).toEqual([
      [75, true],
      [250, false],
    ]);
  });

  it("makes no forecast without a term, and shows only the years someone was sent in", () => {
    const without = progressOf(result, null);
    expect(without.years).toEqual([2021, 2022]);
    expect(without.categories.every((c) => c.forecast === null && !c.missesTarget)).toBe(true);
  });
});
