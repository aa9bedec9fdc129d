/**
 * The sample workbook of the browser tests and of `npm run preview`: a training roster with planted
 * problems, texts that would be dangerous if the pane rendered them as HTML or the report wrote them
 * as formulas, a second sheet that is not a roster, and a roster kept as an Excel table.
 */
import { type FakeValue, rosterSheet, type WorkbookModel, workbookFromGrid } from "../host";
import type { GridSheet } from "../host/workbook-from-grid";

export const ROSTER = "Danh sách";
export const NOTES = "Ghi chú";
export const TABLE_SHEET = "Bảng";
export const TABLE = "CanBoBoiDuong";

export const HOSTILE = {
  img: "<img src=x onerror=alert(1)>",
  script: "<script>alert(1)</script>",
  hyperlink: '=HYPERLINK("http://x")',
  plus: "+1",
  at: "@SUM(A1)",
} as const;

/** A problem planted in the roster: the cell, what it holds and the rule that must report it. */
export interface Planted {
  cell: string;
  value: FakeValue;
  rule: string;
  font?: string;
}

export const PLANTED: readonly Planted[] = [
  { cell: "E6", value: HOSTILE.img, rule: "unknown-value" },
  { cell: "E7", value: HOSTILE.script, rule: "unknown-value" },
  { cell: "G8", value: HOSTILE.hyperlink, rule: "formula-text" },
  { cell: "F9", value: HOSTILE.plus, rule: "formula-text" },
  { cell: "I10", value: HOSTILE.at, rule: "formula-text" },
  { cell: "B11", value: "Nguyen Van Hung", rule: "missing-diacritics" },
  { cell: "B12", value: " Nguyễn Văn  An ", rule: "whitespace" },
  { cell: "B13", value: "NguyÔn V¨n Tó", rule: "legacy-encoding", font: ".VnTime" },
  { cell: "C14", value: "31/02/1990", rule: "invalid-date" },
  { cell: "L15", value: null, rule: "missing-decision" },
];

/** The user's own conditional format on the roster: marking and clearing must leave it alone. */
export const USER_FORMAT = { range: "B5:B30", formula: "=LEN(B5)>30", fill: "#00B050" };

const COLUMNS = "ABCDEFGHIJKLM";

function place(sheet: GridSheet, cell: string, value: FakeValue, font?: string): GridSheet {
  const col = COLUMNS.indexOf(cell[0]);
  const row = Number(cell.slice(1)) - 1;
  const rows = sheet.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));
  const fonts = rows.map((r, i) =>
    r.map((v, c) => (v === null ? null : i === row && c === col && font ? font : "Times New Roman")),
  );
  // The decision date goes with the decision number: a row missing one misses both.
  if (cell.startsWith("L") && value === null) return place({ ...sheet, rows, fonts }, `M${cell.slice(1)}`, null);
  return { ...sheet, rows, fonts };
}

export interface SampleOptions {
  /** People on the roster; 40 by default. */
  people?: number;
  active?: string;
  selection?: string;
}

export function sampleWorkbook(options: SampleOptions = {}): WorkbookModel {
  let roster: GridSheet = { ...rosterSheet(ROSTER, options.people ?? 40), conditionalFormats: [USER_FORMAT] };
  for (const p of PLANTED) roster = place(roster, p.cell, p.value, p.font);
  const notes: GridSheet = {
    name: NOTES,
    rows: [["Ghi chú của phòng Tổ chức"], ["Danh sách gửi Ban Tổ chức trước ngày 15/12."], [HOSTILE.img]],
  };
  const table: GridSheet = {
    name: TABLE_SHEET,
    rows: [
      ["Cán bộ dự nguồn đi bồi dưỡng năm 2024", null, null, null, null],
      ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc"],
      [1, "Lục Văn Thắng", "12/03/1988", "Nam", "Nùng"],
      [2, "Nông Thị Hạnh", "05/11/1990", "Nữ", "Tày"],
      [3, "Đàm Quốc Cường", "1986", "Nam", "Tày"],
    ],
    tables: [{ name: TABLE, range: "A2:E5" }],
  };
  return workbookFromGrid([roster, notes, table], {
    active: options.active ?? ROSTER,
    selection: options.selection ?? "A1",
  });
}
