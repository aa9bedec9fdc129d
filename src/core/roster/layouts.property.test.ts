import fc from "fast-check";
import { serialOf, TODAY } from "../../../test/support/core/grid";
import { validateSheet } from "../engine";
import type { CellValue } from "../grid/types";
import { DEFAULT_SETTINGS } from "../settings";
import { locateRosters } from "./locate";
import { readRows } from "./read-rows";

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Dân tộc", "Chương trình đào tạo", "Số quyết định"];
const NAMES = ["Nông Văn Thành", "Hoàng Thị Lan", "Bế Văn Hùng", "Lý Thị Mai", "Đàm Văn Quang", "Triệu Thị Hoa"];

/** What may stand between two people of a department's roster. */
type Insert =
  | { kind: "heading"; text: string }
  | { kind: "subtotal"; counted: boolean }
  | { kind: "header-repeat" }
  | { kind: "blank" };

const insert: fc.Arbitrary<Insert> = fc.oneof(
  fc
    .constantFrom("I. KHỐI ĐẢNG", "II. KHỐI CHÍNH QUYỀN", "1. Sở Y tế", "A. Cấp tỉnh", "Khối đoàn thể")
    .map((text): Insert => ({ kind: "heading", text })),
  fc.boolean().map((counted): Insert => ({ kind: "subtotal", counted })),
  fc.constant<Insert>({ kind: "header-repeat" }),
  fc.constant<Insert>({ kind: "blank" }),
);

function personRow(i: number): CellValue[] {
  return [i + 1, NAMES[i], serialOf(`0${(i % 9) + 1}/03/198${i}`), "Tày", "Thạc sĩ", `${100 + i}-QĐ/TU`];
}

/** The roster with `inserts[i]` placed before person i (and after the last for the extra ones). */
function roster(inserts: Insert[][]): { values: CellValue[][]; numberFormats: (string | null)[][] } {
  const values: CellValue[][] = [["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO"], HEADER];
  let sinceStructure = 0;
  inserts.forEach((before, i) => {
    for (const item of before) {
      if (item.kind === "heading") values.push([item.text]);
      if (item.kind === "subtotal")
        values.push([null, item.counted && sinceStructure > 0 ? `Cộng: ${sinceStructure} người` : "Cộng"]);
      if (item.kind === "header-repeat") values.push([...HEADER]);
      if (item.kind === "blank") values.push([]);
      // A subtotal counts the people since the last heading or subtotal.
      if (item.kind === "heading" || item.kind === "subtotal") sinceStructure = 0;
    }
    if (i < NAMES.length) {
      values.push(personRow(i));
      sinceStructure++;
    }
  });
  const numberFormats = values.map((row) => row.map((_, c) => (c === 2 ? "dd/mm/yyyy" : null)));
  return { values, numberFormats };
}

describe("structure rows in a roster", () => {
  it("never change the people found nor add an issue, wherever they are put", () => {
    fc.assert(
      fc.property(fc.array(fc.array(insert, { maxLength: 3 }), { minLength: 7, maxLength: 7 }), (inserts) => {
        // Blank rows only beside structure rows: blank rows between two people are the blank-row rule's business.
        const tidy = inserts.map((before) =>
          before.some((item) => item.kind !== "blank") ? before : before.filter((item) => item.kind !== "blank"),
        );
        const sheet = { name: "Danh sách", ...roster(tidy) };
        const found = locateRosters(sheet, DEFAULT_SETTINGS).flatMap((layout) =>
          readRows(sheet, layout)
            .filter((row) => !row.empty)
            .map((row) => row.cells.fullName?.value),
        );
        expect(found).toEqual(NAMES);
        expect(validateSheet(sheet, { today: TODAY }).issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
