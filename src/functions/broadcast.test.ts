import { asMatrix, broadcast } from "./broadcast";
import { CellError } from "./cell-error";

const sum = (cells: unknown[]) => cells.reduce<number>((total, cell) => total + Number(cell), 0);
const kinds = (m: unknown[][]) => m.map((row) => row.map((cell) => (cell instanceof CellError ? cell.kind : cell)));

describe("Excel's array broadcasting", () => {
  it("works cell by cell on same-shaped ranges", () => {
    expect(
      broadcast(
        [
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          [
            [10, 20, 30],
            [40, 50, 60],
          ],
        ],
        sum,
      ),
    ).toEqual([
      [11, 22, 33],
      [44, 55, 66],
    ]);
  });

  it("repeats a single value over a range", () => {
    expect(
      broadcast(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [[10]],
        ],
        sum,
      ),
    ).toEqual([
      [11, 12],
      [13, 14],
    ]);
  });

  it("repeats a row down and a column across", () => {
    expect(broadcast([[[1, 2, 3]], [[10], [20]]], sum)).toEqual([
      [11, 12, 13],
      [21, 22, 23],
    ]);
  });

  it("gives #N/A where a range runs out", () => {
    expect(
      kinds(
        broadcast(
          [
            [
              [1, 2],
              [3, 4],
            ],
            [[10, 20, 30]],
          ],
          sum,
        ),
      ),
    ).toEqual([
      [11, 22, "na"],
      [13, 24, "na"],
    ]);
    expect(
      kinds(
        broadcast(
          [
            [
              [1, 2],
              [3, 4],
              [5, 6],
            ],
            [
              [10, 20],
              [30, 40],
            ],
          ],
          sum,
        ),
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
      ["na", "na"],
    ]);
  });
});

describe("arguments as matrices", () => {
  it("wraps a lone value, keeps a range", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix(undefined)).toEqual([[null]]);
    expect(asMatrix([[1, 2]])).toEqual([[1, 2]]);
  });
});
