import { cellCount, chunkAddresses, markAddresses } from "./mark-cells";

describe("markAddresses", () => {
  it("keeps each cell once at its most serious severity and joins cells that follow in a column", () => {
    const groups = markAddresses([
      { cell: "B9", severity: "error" },
      { cell: "B7", severity: "error" },
      { cell: "B8", severity: "warning" },
      { cell: "B8", severity: "error" },
      { cell: "B11", severity: "error" },
      { cell: "C7", severity: "info" },
      { cell: "not a cell", severity: "error" },
    ]);
    expect(Object.fromEntries(groups)).toEqual({ error: ["B7:B9", "B11"], info: ["C7"] });
    expect(cellCount(groups.get("error") ?? [])).toBe(4);
  });
});

describe("chunkAddresses", () => {
  it("cuts comma-joined lists at the length limit without splitting an address", () => {
    const chunks = chunkAddresses(["A1:A9", "B2", "C3:C4", "D5"], 12);
    expect(chunks).toEqual(["A1:A9,B2", "C3:C4,D5"]);
    expect(chunks.every((c) => c.length <= 12)).toBe(true);
  });
});
