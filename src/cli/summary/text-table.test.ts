import { textTable, wrap } from "./text-table";

describe("the text table", () => {
  test("long category names wrap at spaces, the figures staying on the first line", () => {
    const lines = textTable(
      [
        ["Danh mục", "Đã cử", "Tỷ lệ"],
        ["Bồi dưỡng QLNN ngạch chuyên viên cao cấp, chuyên viên chính", "79", "45%"],
        ["Tiến sĩ", "0", "–"],
      ],
      new Set([1, 2]),
      24,
    );
    expect(lines).toEqual([
      "Danh mục              Đã cử  Tỷ lệ",
      "--------------------  -----  -----",
      "Bồi dưỡng QLNN ngạch     79    45%",
      "chuyên viên cao cấp,",
      "chuyên viên chính",
      "Tiến sĩ                   0      –",
    ]);
  });

  test("a word longer than the width gets a line of its own", () => {
    expect(wrap("a verylongword b", 5)).toEqual(["a", "verylongword", "b"]);
  });
});
