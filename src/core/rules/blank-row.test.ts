import { check, CLEAN_TRAINEES, issuesOf, sheetFrom, trainingSheet } from "../../../test/support/core/grid";

describe("blank-row", () => {
  it("points at column A of an empty row between data rows, STT-only rows included", () => {
    const [a, b, c] = CLEAN_TRAINEES;
    expect(issuesOf(check(trainingSheet([a, {}, b, { stt: null }, c])), "blank-row")).toEqual([
      { cell: "A6" },
      { cell: "A8" },
    ]);
  });

  it("still says column A when the used range starts further right", () => {
    const sheet = sheetFrom(
      [
        ["Họ và tên", "Ngày sinh", "Dân tộc"],
        ["Nguyễn Văn An", "12/03/1985", "Tày"],
        [],
        ["Hoàng Thị Bích", "05/11/1990", "Nùng"],
      ],
      { origin: { row: 4, col: 3 } },
    );
    expect(issuesOf(check(sheet), "blank-row")).toEqual([{ cell: "A6" }]);
  });

  it("stays quiet on trailing pre-numbered rows and on a roster without gaps", () => {
    expect(issuesOf(check(trainingSheet([...CLEAN_TRAINEES, {}, {}, {}])), "blank-row")).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "blank-row")).toEqual([]);
  });
});
