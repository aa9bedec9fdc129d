import { sheetFrom, TODAY } from "../../../test/support/core/grid";
import { validateSheet } from "../engine";

describe("legacy-font", () => {
  const sheet = sheetFrom([
    ["STT", "Họ và tên", "Năm sinh", "Dân tộc"],
    [1, "Nông Minh Hùng", 1985, "Tày"],
    [2, "NguyÔn V¨n An", 1990, "Nïng"],
  ]);
  sheet.fonts = [[], [null, ".VnTime", null, ".VnTime"], [null, ".VnTime", null, ".VnTime"]];

  it("notes Unicode text in a TCVN3 font and leaves it alone; legacy text in the same font is repaired", () => {
    const issues = validateSheet(sheet, { today: TODAY }).issues.map((i) => [i.cell, i.rule, i.severity, i.fix]);
    expect(issues).toEqual([
      ["B2", "legacy-font", "info", undefined],
      ["D2", "legacy-font", "info", undefined],
      ["B3", "legacy-encoding", "error", "Nguyễn Văn An"],
      ["D3", "legacy-encoding", "error", "Nùng"],
    ]);
  });
});
