import { areaBoxes, parseBox, toGridArea } from "./addresses";

describe("addresses", () => {
  it("reads the areas of a RangeAreas address, whatever the sheet is called", () => {
    expect(areaBoxes("'Sổ 1, 2'!A1:B2, 'Sổ 1, 2'!$D$4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(areaBoxes("Sheet1!C3:D3;Sheet1!J3:K3")).toHaveLength(2);
    expect(areaBoxes("Sheet1!A:A")).toEqual([]);
  });

  it("places a box in grid coordinates, clipped to the grid", () => {
    const box = parseBox("Danh sách!B2:D9");
    expect(box && toGridArea(box, { row: 3, col: 1 }, 4, 3)).toEqual({ top: 0, left: 1, bottom: 3, right: 2 });
    expect(box && toGridArea(box, { row: 20, col: 1 }, 4, 3)).toBeNull();
  });
});
