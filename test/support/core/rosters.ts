import type { CellValue, SheetInput, WorkbookInput } from "../../../src/core/grid/types";
import { serialOf } from "./grid";

/** Tests only: small department rosters under a letterhead, as consolidation receives them. */

export interface Row {
  name: string;
  born?: string;
  gender?: "Nam" | "Nữ";
  unit?: string;
  programme?: CellValue;
  field?: string;
  major?: string;
}

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Đơn vị công tác",
  "Chương trình đào tạo",
  "Lĩnh vực",
  "Chuyên ngành",
  "Số quyết định",
];

/** A training roster; `fonts` puts a font on a column's data cells (a legacy-encoded column). */
export function trainingSheet(
  rows: readonly Row[],
  options: { name?: string; issuer?: string; programmeFont?: string } = {},
): SheetInput {
  const values: CellValue[][] = [
    ["UBND TỈNH CAO BẰNG"],
    [options.issuer ?? "SỞ Y TẾ"],
    [],
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2019"],
    HEADER,
    ...rows.map((r, i) => [
      i + 1,
      r.name,
      r.born ? serialOf(r.born) : null,
      r.gender ?? "Nam",
      r.unit ?? null,
      r.programme ?? null,
      r.field ?? null,
      r.major ?? null,
      `${100 + i}/QĐ-UBND`,
    ]),
  ];
  const numberFormats = values.map((row, r) => row.map((_, c) => (r > 4 && c === 2 ? "dd/mm/yyyy" : null)));
  const fonts = values.map((row, r) => row.map((_, c) => (r > 4 && c === 5 ? (options.programmeFont ?? null) : null)));
  return { name: options.name ?? "Danh sách", values, numberFormats, fonts };
}

/** A rotation list: from unit, to unit, date. */
export function rotationSheet(rows: readonly { name: string; born: string; from: string }[]): SheetInput {
  const values: CellValue[][] = [
    ["BAN TỔ CHỨC TỈNH ỦY"],
    ["STT", "Họ và tên", "Ngày sinh", "Từ đơn vị", "Đến đơn vị", "Ngày luân chuyển"],
    ...rows.map((r, i) => [i + 1, r.name, serialOf(r.born), r.from, "Huyện ủy Trùng Khánh", serialOf("01/07/2019")]),
  ];
  const numberFormats = values.map((row, r) =>
    row.map((_, c) => (r > 1 && (c === 2 || c === 5) ? "dd/mm/yyyy" : null)),
  );
  return { name: "Luân chuyển", values, numberFormats };
}

export function workbook(file: string, ...sheets: SheetInput[]): { file: string; workbook: WorkbookInput } {
  return { file, workbook: { file, sheets } };
}
