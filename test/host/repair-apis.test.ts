import { cellOf, createFakeHost, sheetByName, workbookFromGrid } from ".";

function setup(apiVersion?: string) {
  const host = createFakeHost(
    workbookFromGrid([
      {
        name: "S",
        rows: [
          ["Họ tên", 1],
          ["An", 2],
        ],
        fonts: ".VnTime",
      },
      { name: "T", rows: [["x"]] },
    ]),
    { apiVersion },
  );
  return { host, context: host.context(), sheet: () => sheetByName(host.workbook, "S") };
}

describe("the fake host's cell writes, fonts, sheet copies and data validation", () => {
  it("keeps text after Excel's quote prefix, except in a text-formatted cell", async () => {
    const { context, sheet } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1:A2").values = [["'=SUM(B1)"], ["'0123"]];
    ws.getRange("B1").numberFormat = [["@"]];
    ws.getRange("B1").values = [["'x"]];
    await context.sync();
    expect(cellOf(sheet(), "A1")).toMatchObject({ value: "=SUM(B1)" });
    expect(cellOf(sheet(), "A1")?.formula).toBeUndefined();
    expect(cellOf(sheet(), "A2")?.value).toBe("0123");
    expect(cellOf(sheet(), "B1")?.value).toBe("'x");
  });

  it("sets a font's name without its other properties, and reads null for a mixed range", async () => {
    const { context, sheet } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1").format.font.bold = true;
    ws.getRange("A1").format.font.name = "Times New Roman";
    const one = ws.getRange("A1").format.font.load("name,bold");
    const mixed = ws.getRange("A1:B1").format.font.load("name");
    await context.sync();
    expect(cellOf(sheet(), "A1")?.font).toEqual({ name: "Times New Roman", bold: true });
    expect([one.name, one.bold, mixed.name]).toEqual(["Times New Roman", true, null]);
  });

  it("copies a sheet next to it under Excel's name for a copy, from ExcelApi 1.7", async () => {
    const { host, context } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    const copy = ws.copy("After", ws).load("name");
    await context.sync();
    expect(copy.name).toBe("S (2)");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["S", "S (2)", "T"]);
    expect(sheetByName(host.workbook, "S (2)").cells).toEqual(sheetByName(host.workbook, "S").cells);

    const old = setup("1.6");
    old.context.workbook.worksheets.getItem("S").copy();
    await expect(old.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reports a range's data validation as None, MixedCriteria or its rule's type, and clears it", async () => {
    const { context, sheet } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    const rule = { list: { inCellDropDown: true, source: "Nam,Nữ" } };
    ws.getRange("A1:A2").dataValidation.rule = rule;
    const whole = ws.getRange("A1:A2").dataValidation.load("type,rule");
    const mixed = ws.getRange("A1:B2").dataValidation.load("type");
    const none = ws.getRange("B1:B2").dataValidation.load("type");
    await context.sync();
    expect([whole.type, whole.rule, mixed.type, none.type]).toEqual(["List", rule, "MixedCriteria", "None"]);

    ws.getRange("A1:A2").dataValidation.clear();
    await context.sync();
    expect(sheet().validations).toBeUndefined();
    ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "x,".repeat(200) } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
