import { isNumberingRow } from "./numbering";

describe("numbering rows", () => {
  it.each([
    [["(1)", "(2)", "(3)"]],
    [[1, 2, 3, 4]],
    [["A", "B", 1, 2]],
    [["1", null, "3"]],
    [["(1)", "(2)", "(4)=(2)+(3)"]],
  ])("skips %j", (cells) => expect(isNumberingRow(cells, 0, cells.length - 1)).toBe(true));

  it.each([[[1, "Nguyễn Văn An", "1985"]], [[1, null, null]], [[null, null]], [[1, 1985, 2]]])(
    "keeps %j as data",
    (cells) => expect(isNumberingRow(cells, 0, cells.length - 1)).toBe(false),
  );
});
