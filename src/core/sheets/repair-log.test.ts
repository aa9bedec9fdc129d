import { cellAt, shownValues } from "../../../test/support/sheets/description";
import { repairLogSheet } from "./repair-log";

describe("the repair log", () => {
  const sheet = repairLogSheet(
    [
      {
        sheet: "Danh sách",
        repair: {
          cell: "B5",
          row: 5,
          col: 2,
          rules: ["legacy-encoding", "whitespace"],
          before: "NguyÔn  V¨n A",
          after: "Nguyễn Văn A",
        },
      },
      {
        sheet: "Danh sách",
        repair: { cell: "C6", row: 6, col: 3, rules: ["text-date"], before: "15/08/1985", after: 31274 },
      },
      {
        sheet: "Danh sách",
        repair: { cell: "D7", row: 7, col: 4, rules: ["whitespace"], before: "=1+1 ", after: "=1+1" },
      },
    ],
    "vi",
  );

  it("lists each repaired cell: old value as it was, new value, what was done and the rules", () => {
    expect(shownValues(sheet, "A1:F4")).toEqual([
      ["Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Nội dung sửa", "Quy tắc"],
      [
        "Danh sách",
        "B5",
        "NguyÔn  V¨n A",
        "Nguyễn Văn A",
        "Đổi mã TCVN3/VNI sang Unicode; Bỏ dấu cách thừa",
        "legacy-encoding, whitespace",
      ],
      ["Danh sách", "C6", "15/08/1985", 31274, "Đổi ngày dạng chữ thành ngày", "text-date"],
      ["Danh sách", "D7", "=1+1 ", "=1+1", "Bỏ dấu cách thừa", "whitespace"],
    ]);
  });

  it("writes a new date as a date, and every text, formula-like or not, as text", () => {
    expect(cellAt(sheet, "D3")?.numberFormat).toBe("dd/mm/yyyy");
    expect([cellAt(sheet, "C4")?.text, cellAt(sheet, "D4")?.text]).toEqual([true, true]);
    expect(sheet.name).toBe("Nhật ký sửa");
  });
});
