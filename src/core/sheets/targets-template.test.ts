import { cellAt } from "../../../test/support/sheets/description";
import type { CellValue } from "../grid/types";
import { defaultTargetsGrid } from "../targets/default-grid";
import { readTargets } from "../targets/read-targets";
import { targetsTemplateSheet } from "./targets-template";

describe("the targets template", () => {
  it("reads back as the targets it holds, the note spread over the table's width", () => {
    const sheet = targetsTemplateSheet(defaultTargetsGrid("vi", "article"));
    const read = readTargets({
      name: sheet.name,
      values: sheet.rows.map((row) => row.map((cell): CellValue => cell?.value ?? null)),
    });
    if (!read.ok) throw new Error(read.problem);
    expect(read.targets.map((t) => t.target).slice(0, 7)).toEqual([10, 41, 4, 175, 200, 181, 40]);
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 7 }]);
    expect(cellAt(sheet, "A2")?.style).toMatchObject({ italic: true, wrap: true });
    expect(cellAt(sheet, "G4")).toMatchObject({ value: "Chỉ tiêu", style: { bold: true, tone: "heading" } });
  });

  it("leaves the targets blank for the user, category names as text", () => {
    const sheet = targetsTemplateSheet(defaultTargetsGrid("en"));
    expect(cellAt(sheet, "G5")).toBeNull();
    expect(cellAt(sheet, "B5")).toEqual({ value: "Thạc sĩ – Giáo dục", text: true });
    expect(cellAt(sheet, "G4")?.value).toBe("Target");
  });
});
