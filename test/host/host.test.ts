import { cellOf, createFakeHost, PAYLOAD_LIMIT, sheetByName, workbookFromGrid } from ".";

function setup(apiVersion?: string) {
  const host = createFakeHost(
    workbookFromGrid([
      {
        name: "S",
        rows: [
          ["Họ tên", 1],
          ["An", 2],
        ],
      },
    ]),
    { apiVersion },
  );
  return { host, context: host.context(), sheet: () => sheetByName(host.workbook, "S") };
}

describe("the fake host's batching, as in Office.js", () => {
  it("makes loaded properties readable only after the sync that loaded them", async () => {
    const { host, context } = setup();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B2").load("values,address");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([
      ["Họ tên", 1],
      ["An", 2],
    ]);
    expect(range.address).toBe("S!A1:B2");
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(host.stats.syncs).toBe(1);
  });

  it("tells null objects only after a sync", async () => {
    const { context } = setup();
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it("applies writes at sync, in order, and stops a batch at the failing command", async () => {
    const { context, sheet } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("C1").values = [["mới"]];
    expect(cellOf(sheet(), "C1")).toBeUndefined();
    ws.getRange("C2:D2").values = [["thiếu một cột"]];
    ws.getRange("C3").values = [["sau lỗi"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(cellOf(sheet(), "C1")?.value).toBe("mới");
    expect(cellOf(sheet(), "C3")).toBeUndefined();
  });

  it("turns strings starting with = + - @ into formulas unless the cell is formatted as text first", async () => {
    const { context, sheet } = setup();
    const ws = context.workbook.worksheets.getItem("S");
    const texts = ['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "0123", "-"];
    ws.getRange("A5:F5").values = [texts];
    const asText = ws.getRange("A6:F6");
    asText.numberFormat = [texts.map(() => "@")];
    asText.values = [texts];
    const tooLate = ws.getRange("A7:F7");
    tooLate.values = [texts];
    tooLate.numberFormat = [texts.map(() => "@")];
    await context.sync();
    const row = (r: number) => texts.map((_, c) => cellOf(sheet(), `${"ABCDEF"[c]}${r}`));
    expect(row(5).map((c) => c?.formula ?? c?.value)).toEqual([
      '=HYPERLINK("http://evil")',
      "=+1",
      "=-2+3",
      "=@SUM(A1)",
      123,
      "-",
    ]);
    expect(row(6).map((c) => [c?.value, c?.formula])).toEqual(texts.map((t) => [t, undefined]));
    expect(row(7).map((c) => c?.formula ?? c?.value)).toEqual(row(5).map((c) => c?.formula ?? c?.value));
  });

  it("rejects responses over 5 MB and reads over 5,000,000 cells, as Excel on the web does", async () => {
    const big = createFakeHost(
      workbookFromGrid([{ name: "S", rows: Array.from({ length: 3000 }, () => ["x".repeat(2000)]) }]),
    );
    const context = big.context();
    context.workbook.worksheets.getItem("S").getRange("A1:A3000").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(big.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT);

    const { context: other } = setup();
    other.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("valueTypes");
    await expect(other.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("fails calls newer than the host's ExcelApi version with ApiNotFound", async () => {
    const { host, context } = setup("1.8");
    context.workbook.worksheets
      .getItem("S")
      .getRange("A1")
      .getCellProperties({ format: { font: { name: true } } });
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(host.Office.context.displayLanguage).toBe("vi-VN");
  });

  it("runs batches through Excel.run with a fresh context each time", async () => {
    const { host } = setup();
    const name = await host.Excel.run({ delayForCellEdit: true }, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return ws.name;
    });
    expect(name).toBe("S");
  });
});
