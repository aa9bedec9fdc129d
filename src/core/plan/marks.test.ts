import { countRotationMarks, isRotationMark } from "./marks";

describe("rotation marks", () => {
  it.each([
    ["x"],
    ["X"],
    ["có"],
    ["Có".normalize("NFD")],
    ["co"],
    [true],
    [1],
    [2],
    [44927],
    ["01/03/2022"],
    [" x "],
    ["Luân chuyển"],
  ])("counts %j as a rotated cadre", (value) => {
    expect(isRotationMark(value)).toBe(true);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["  "],
    [0],
    [false],
    [-1],
    ["không"],
    ["Không"],
    ["khong"],
    ["KO"],
    ["-"],
    ["0"],
    ["FALSE"],
    [{}],
  ])("does not count %j", (value) => {
    expect(isRotationMark(value)).toBe(false);
  });

  it("counts the marked cells of a range", () => {
    expect(
      countRotationMarks([
        ["x", "", null],
        [true, 0, "không"],
        [45000, "có", false],
      ]),
    ).toBe(4);
  });
});
