import fc from "fast-check";
import type { Area, CellValue, SheetInput } from "../grid/types";
import { DEFAULT_SETTINGS } from "../settings";
import { locateRoster } from "./locate";
import { readRows } from "./read-rows";
import type { RosterLayout } from "./types";

const WORDS = [
  "STT",
  "Họ và tên",
  "Ngày, tháng, năm sinh",
  "Nam",
  "Nữ",
  "Ngay sinh",
  "Giới tính",
  "Dân tộc",
  "Đơn vị",
  "Thời gian đào tạo",
  "Từ",
  "Đến",
  "Quyết định cử đi học",
  "Số",
  "Ngày",
  "Đơn vị cũ",
  "Chức danh quy hoạch",
  "(1)",
  "(2)",
  "Tổng cộng",
  "Người lập biểu",
  "Cao Bằng, ngày 20 tháng 5 năm 2019",
  "Giám đốc",
  "05/03/1985",
  "31/02/1986",
  "Nguyễn Văn An",
  "",
  " ",
  "Họ và tên:",
  "Cộng",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }),
);

const HEADER_WORDS = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Dân tộc",
  "Đơn vị",
  "Chương trình đào tạo",
  "Đơn vị cũ",
];
const rows = (max: number) => fc.array(fc.array(cellValue, { maxLength: 15 }), { maxLength: max });
/** Random rows, or random rows around a header that names real fields, so both paths get exercised. */
const grid: fc.Arbitrary<CellValue[][]> = fc.oneof(
  rows(40),
  fc
    .tuple(rows(8), fc.shuffledSubarray(HEADER_WORDS, { minLength: 2 }), rows(30))
    .map(([above, header, below]) => [...above, header, ...below]),
);

const area: fc.Arbitrary<Area> = fc
  .tuple(fc.integer({ min: -2, max: 42 }), fc.integer({ min: -2, max: 16 }), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheet: fc.Arbitrary<SheetInput> = fc.record(
  {
    name: fc.constant("Sheet1"),
    values: grid,
    merges: fc.array(area, { maxLength: 4 }),
    tables: fc.array(
      fc.tuple(area, fc.boolean()).map(([a, hasHeader]) => ({ ...a, name: "T", hasHeader })),
      { maxLength: 2 },
    ),
    numberFormats: fc.array(fc.array(fc.constantFrom("General", "dd/mm/yyyy", null), { maxLength: 15 }), {
      maxLength: 40,
    }),
    fonts: fc.array(fc.array(fc.constantFrom(".VnTime", null), { maxLength: 15 }), { maxLength: 40 }),
  },
  { requiredKeys: ["name", "values"] },
);

/** Rows with their cells read out, for comparing two readings. */
function plainRows(input: SheetInput, layout: RosterLayout) {
  return readRows(input, layout).map((row) => ({ ...row, cells: layout.columns.map((c) => row.cells[c.field]) }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe("any grid, however odd", () => {
  it("is read without throwing and without being changed, into rows inside the grid", () => {
    fc.assert(
      fc.property(sheet, (input) => {
        const frozen = deepFreeze(input);
        const layout = locateRoster(frozen, DEFAULT_SETTINGS);
        if (!layout) return;
        expect(layout.headerTop).toBeGreaterThanOrEqual(0);
        expect(layout.firstDataRow).toBeGreaterThan(layout.headerBottom);
        expect(layout.lastDataRow).toBeLessThan(frozen.values.length);
        const rows = readRows(frozen, layout);
        const structure = new Set(layout.structure.map((s) => s.row));
        // Every row of the data area is either a row of the roster or a structure row, never both.
        for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++)
          expect(rows.some((row) => row.row === r)).toBe(!structure.has(r));
        for (const row of rows) {
          for (const { field, col } of layout.columns) {
            expect(row.cells[field]).toMatchObject({ row: row.row, col });
            expect(row.cells[field]?.value).not.toBeUndefined();
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same answer every time", () => {
    fc.assert(
      fc.property(sheet, (input) => {
        const first = locateRoster(input, DEFAULT_SETTINGS);
        expect(locateRoster(input, DEFAULT_SETTINGS)).toEqual(first);
        if (first) expect(plainRows(input, first)).toEqual(plainRows(input, first));
      }),
      { numRuns: 200 },
    );
  });
});
