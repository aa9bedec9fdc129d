import fc from "fast-check";
import { columnNumber } from "./grid/address";
import type { Area, CellValue, SheetInput, TableArea } from "./grid/types";
import { validateWorkbook } from "./engine";
import type { FileReport } from "./report/types";

/** Words that make the engine take a grid for a roster, and the odd values rosters hold. */
const WORDS = [
  "STT",
  "Họ và tên",
  "Họ tên",
  "Ngày sinh",
  "Ngày, tháng, năm sinh",
  "Nam",
  "Nữ",
  "Giới tính",
  "Dân tộc",
  "Chức vụ",
  "Đơn vị",
  "Chương trình đào tạo",
  "Thời gian đào tạo",
  "Từ",
  "Đến",
  "Từ ngày",
  "Đến ngày",
  "Số quyết định",
  "Ngày quyết định",
  "Ngày luân chuyển",
  "Đơn vị cũ",
  "Đơn vị mới",
  "Chức danh quy hoạch",
  "Ghi chú",
  "(1)",
  "(2)",
  "Tổng cộng",
  "Người lập biểu",
  "Thủ trưởng đơn vị",
  "Cao Bằng, ngày 5 tháng 9 năm 2025",
  "31/02/1986",
  "12/03/1985",
  "1990",
  "9/2019",
  "Nguyễn Văn An",
  "NguyÔn V¨n A",
  "Nguyeãn Vaên A",
  "Nguyen Van Hung",
  "Lý Văn Páo".normalize("NFD"),
  "Tay",
  "Tày",
  "Mèo",
  "Thạc sĩ",
  "Tiến sỹ",
  "CKII",
  "=SUM(A1)",
  "-x",
  "+1",
  "  a  b ",
  "x",
  "",
  " ",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constant(null) },
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }),
);

const index = fc.integer({ min: -5, max: 40 });
const area: fc.Arbitrary<Area> = fc.record({ top: index, left: index, bottom: index, right: index });
const table: fc.Arbitrary<TableArea> = fc.record({
  top: index,
  left: index,
  bottom: index,
  right: index,
  name: fc.constantFrom("Bang1", "Bang2"),
  hasHeader: fc.boolean(),
});

function layer<T>(values: readonly (readonly CellValue[])[], of: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  return fc.tuple(...values.map((row) => fc.array(of, { minLength: row.length, maxLength: row.length + 1 })));
}

const sheet: fc.Arbitrary<SheetInput> = fc
  .array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 24 })
  .chain((values) =>
    fc.record(
      {
        name: fc.constantFrom("Danh sách", "Sheet1", "Bìa"),
        values: fc.constant(values),
        origin: fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }) }),
        numberFormats: layer(values, fc.constantFrom<string | null>("dd/mm/yyyy", "General", "0", null)),
        fonts: layer(
          values,
          fc.constantFrom<string | null>(".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", null),
        ),
        merges: fc.array(area, { maxLength: 6 }),
        tables: fc.array(table, { maxLength: 2 }),
      },
      { requiredKeys: ["name", "values"] },
    ),
  );

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const TODAY = { y: 2025, m: 10, d: 1 };

function run(sheets: SheetInput[]): FileReport {
  return validateWorkbook({ file: "t.xlsx", sheets }, { today: TODAY });
}

describe("the engine on any grid", () => {
  it("neither throws nor mutates its input, and gives the same report every time", () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 2 }), (sheets) => {
        const copy = structuredClone(sheets);
        const first = run(deepFreeze(sheets));
        expect(sheets).toEqual(copy);
        expect(run(copy)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("points every issue inside its sheet's grid (blank rows at column A, a missing header at A1)", () => {
    fc.assert(
      fc.property(sheet, (input) => {
        const top = input.origin?.row ?? 1;
        const left = input.origin?.col ?? 1;
        const bottom = top + input.values.length - 1;
        const right = left + Math.max(0, ...input.values.map((row) => row.length)) - 1;
        const inside = (row: number, col: number) => row >= top && row <= bottom && col >= left && col <= right;
        for (const issue of run([input]).sheets[0].issues) {
          const col = columnNumber(issue.column);
          expect(issue.cell).toBe(`${issue.column}${issue.row}`);
          if (issue.rule === "header-not-found") expect(issue.cell).toBe("A1");
          else if (issue.rule === "blank-row")
            expect([issue.column, issue.row >= top && issue.row <= bottom]).toEqual(["A", true]);
          else expect([issue.rule, issue.cell, inside(issue.row, col)]).toEqual([issue.rule, issue.cell, true]);
          if (issue.related !== undefined) {
            const m = /^([A-Z]+)(\d+)$/.exec(issue.related);
            expect(m !== null && inside(Number(m[2]), columnNumber(m[1]))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
