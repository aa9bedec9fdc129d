import { cellText, textCell } from "./cells";
import { hyperlinkFormula, linkReference } from "./links";

describe("cell texts and links", () => {
  it("drop what no workbook file can hold and stop at Excel's cell limit", () => {
    expect(cellText("Lục\u0007 Văn\u0000 Khánh\tX\n")).toBe("Lục Văn Khánh\tX\n");
    expect(cellText("a".repeat(40_000))).toHaveLength(32_767);
    expect(textCell("\u0001")).toBeNull();
  });

  it("quote sheet names so that no name can end a reference or a formula's text", () => {
    expect(linkReference({ sheet: "Danh sách", cell: "$B$3" })).toBe("'Danh sách'!B3");
    expect(hyperlinkFormula({ sheet: `Bob's "list"`, cell: "B9" }, "B9")).toBe(
      `=HYPERLINK("#'Bob''s ""list""'!B9","B9")`,
    );
  });
});
