import { check, trainees, trainingSheet } from "../../../test/support/core/grid";
import { parseA1 } from "../grid/address";
import type { SheetInput } from "../grid/types";
import { applyCellWrites, applyRepairs } from "./apply";
import { planRepairs } from "./plan";
import { withFonts } from "../../../test/support/core/repair-sheets";
import { createUndoRecord, planUndo, undoRepairs, type UndoRecord } from "./undo";
import { fromStored, toStored } from "./undo-stored-form";
import { valueKey } from "./value-key";

const AT = new Date(Date.UTC(2025, 9, 1, 8, 30));

function formatOf(sheet: SheetInput) {
  return (repair: { row: number; col: number }) => ({
    numberFormat: sheet.numberFormats?.[repair.row - 1]?.[repair.col - 1] ?? null,
    font: sheet.fonts?.[repair.row - 1]?.[repair.col - 1] ?? null,
  });
}

function repaired() {
  const people = trainees({
    0: { fullName: " NguyÔn V¨n An", notes: "  =1+1" },
    1: { birthDate: "05/11/1990", fullName: "Löông Thò Hueä" },
    2: { ethnicity: "Tay", unit: "UBND  huyện".normalize("NFD") },
  });
  const sheet = withFonts(trainingSheet(people), { B5: ".VnTime", B6: "VNI-Times", E7: ".VnTime" });
  const repairs = planRepairs(check(sheet), sheet);
  const record = createUndoRecord("r1", sheet.name, AT, repairs, formatOf(sheet));
  return { sheet, repairs, record, after: applyRepairs(sheet, repairs) };
}

describe("undo", () => {
  it("puts back every value, number format and font exactly, after the record went through the file as JSON", () => {
    const { sheet, record, after } = repaired();
    const stored = fromStored(JSON.parse(JSON.stringify(toStored(record)))) as UndoRecord;
    const undone = applyCellWrites(after, undoRepairs(stored.cells));
    expect(undone.values).toEqual(sheet.values);
    expect(undone.numberFormats).toEqual(sheet.numberFormats);
    expect(undone.fonts).toEqual(sheet.fonts);
  });

  it("records each cell before and after, with the time as ISO 8601", () => {
    const { record } = repaired();
    expect(record).toMatchObject({ id: "r1", sheet: "Danh sách", at: "2025-10-01T08:30:00.000Z" });
    expect(record.cells.find((cell) => cell.address === "C6")).toEqual({
      address: "C6",
      before: { value: "05/11/1990", numberFormat: null, font: "Arial" },
      after: { key: valueKey(33182), numberFormat: "dd/mm/yyyy", font: "Arial" },
    });
    expect(record.cells.find((cell) => cell.address === "B6")).toEqual({
      address: "B6",
      before: { value: "Löông Thò Hueä", numberFormat: null, font: "VNI-Times" },
      after: { key: valueKey("Lương Thị Huệ"), numberFormat: null, font: "Times New Roman" },
    });
  });

  it("writes the format and font back only where the repair changed them; hostile text comes back as the same string", () => {
    const { record } = repaired();
    const writes = undoRepairs(record.cells);
    expect(writes.find((w) => w.address === "N5")).toEqual({ address: "N5", value: "  =1+1" });
    expect(writes.find((w) => w.address === "C6")).toEqual({ address: "C6", value: "05/11/1990", numberFormat: null });
    expect(writes.find((w) => w.address === "E7")).toEqual({ address: "E7", value: "Tay", font: ".VnTime" });
  });

  it("names the cells edited since the repair, which undoing would overwrite, and skips those never written", () => {
    const { sheet, record, after } = repaired();
    const edited = applyCellWrites(after, [{ address: "B5", value: "Nguyễn Văn Anh" }]);
    const read = (grid: SheetInput) => (address: string) => {
      const at = parseA1(address);
      return at === null ? null : (grid.values[at.row - 1]?.[at.column - 1] ?? null);
    };
    const plan = planUndo(record, read(edited));
    expect(plan.conflicts).toEqual(["B5"]);
    expect(plan.cells.map((cell) => cell.address)).not.toContain("B5");
    expect(planUndo(record, read(sheet))).toEqual({ conflicts: [], cells: [] });
  });

  it("reads records stored by earlier versions, one array per cell with the value after in full", () => {
    const old = {
      id: "r0",
      sheet: "Danh sách",
      at: "2025-01-01T00:00:00.000Z",
      cells: [["B5", " An", null, "Arial", "An", null, "Arial"]],
    };
    expect(fromStored(old)?.cells).toEqual([
      {
        address: "B5",
        before: { value: " An", numberFormat: null, font: "Arial" },
        after: { key: valueKey("An"), numberFormat: null, font: "Arial" },
      },
    ]);
  });
});
