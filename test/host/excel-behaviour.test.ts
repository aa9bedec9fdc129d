import { cellOf, createFakeHost, PAYLOAD_LIMIT, sheetByName, workbookFromGrid } from ".";

/** D2:D4 hold birth years; C2 calls a function that returns one age per row, which spills into C3:C4. */
const AGES = "=CADRE.AGE(D2:D4,2025)";

function spillHost(apiVersion?: string) {
  return createFakeHost(
    workbookFromGrid([
      {
        name: "S",
        rows: [
          ["Tên", null, "Tuổi", "Năm sinh"],
          ["An", null, null, 1990],
          ["Bình", null, null, 1985],
          ["Chi", null, null, 2000],
        ],
        formulas: [
          [null, null, null, null],
          [null, null, AGES, null],
        ],
        results: { [AGES]: [[35], [40], [25]] },
      },
    ]),
    { apiVersion },
  );
}

async function read(host: ReturnType<typeof spillHost>, address: string) {
  const context = host.context();
  const range = context.workbook.worksheets.getItem("S").getRange(address).load("values,formulas");
  await context.sync();
  return { values: range.values.map((r) => r[0]), formulas: range.formulas.map((r) => r[0]) };
}

describe("the fake host behaves as Excel where the add-in could be wrong", () => {
  it("spills an array result below its formula: only the anchor holds the formula", async () => {
    const host = spillHost();
    expect(await read(host, "C2:C4")).toEqual({ values: [35, 40, 25], formulas: [AGES, 40, 25] });
    const context = host.context();
    const anchor = context.workbook.worksheets.getItem("S").getRange("C2");
    const spill = anchor.getSpillingToRangeOrNullObject().load("address");
    const parent = context.workbook.worksheets.getItem("S").getRange("C4").getSpillParentOrNullObject().load("address");
    const plain = context.workbook.worksheets.getItem("S").getRange("D2").getSpillingToRangeOrNullObject();
    const flags = ["C2:C4", "C2:D4", "D2:D4"].map((a) =>
      context.workbook.worksheets.getItem("S").getRange(a).load("hasSpill"),
    );
    await context.sync();
    expect([spill.address, parent.address, plain.isNullObject]).toEqual(["S!C2:C4", "S!C2", true]);
    expect(flags.map((f) => f.hasSpill)).toEqual([true, null, false]);
  });

  it("shows #SPILL! and loses the other results when a value is written into the spill", async () => {
    const host = spillHost();
    const context = host.context();
    context.workbook.worksheets.getItem("S").getRange("C3").values = [[99]];
    await context.sync();
    expect((await read(host, "C2:C4")).values).toEqual(["#SPILL!", 99, ""]);
  });

  it("loses the whole spill when a value is written over the anchor, and spills again when its formula is back", async () => {
    const host = spillHost();
    const context = host.context();
    const anchor = context.workbook.worksheets.getItem("S").getRange("C2");
    anchor.values = [[35]];
    await context.sync();
    expect((await read(host, "C2:C4")).values).toEqual([35, "", ""]);
    anchor.formulas = [[AGES]];
    await context.sync();
    expect((await read(host, "C2:C4")).values).toEqual([35, 40, 25]);
  });

  it("has no spill API before ExcelApi 1.12", async () => {
    const host = spillHost("1.11");
    const context = host.context();
    context.workbook.worksheets.getItem("S").getRange("C2").getSpillingToRangeOrNullObject().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("shows the last calculated results in Manual calculation mode until Excel calculates", async () => {
    const host = spillHost();
    host.workbook.calculationMode = "Manual";
    const anchor = cellOf(sheetByName(host.workbook, "S"), "C2");
    if (!anchor) throw new Error("C2 holds the formula");
    anchor.value = 34;
    anchor.spill = [[34], [39], [24]];
    expect((await read(host, "C2:C4")).values).toEqual([34, 39, 24]);
    const context = host.context();
    context.workbook.application.calculate("Full");
    await context.sync();
    expect((await read(host, "C2:C4")).values).toEqual([35, 40, 25]);
    expect(host.workbook.recalculations).toBe(1);
  });

  it("gives conditional formats their priority as id, which moves when a format is added", async () => {
    const host = createFakeHost(
      workbookFromGrid([
        { name: "S", rows: [["x"]], conditionalFormats: [{ range: "A1", formula: "=A1>1", fill: "#00FF00" }] },
      ]),
    );
    const ids = async () => {
      const context = host.context();
      const list = context.workbook.worksheets.getItem("S").getRange().conditionalFormats.load("items/id");
      await context.sync();
      return list.items.map((f) => f.id);
    };
    const first = await ids();
    const context = host.context();
    context.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.add("Custom");
    await context.sync();
    const after = await ids();
    expect(after).toHaveLength(2);
    // The user's format kept its place in the list but not its id: the id that named it now names the new one.
    expect(after[0]).toBe(first[0]);
    expect(after[1]).not.toBe(first[0]);
  });

  it("will not insert a workbook holding charts or notes on the web, where the desktop does", async () => {
    for (const platform of ["web", "desktop"] as const) {
      const host = createFakeHost(workbookFromGrid([{ name: "S", rows: [["x"]] }]), { platform });
      host.addFile("UEsDBA-charts", [{ name: "Có biểu đồ", rows: [["y"]] }], { webUnsupported: true });
      const context = host.context();
      context.workbook.insertWorksheetsFromBase64("UEsDBA-charts");
      const sync = context.sync();
      if (platform === "web") await expect(sync).rejects.toMatchObject({ code: "UnsupportedFeature" });
      else await expect(sync).resolves.toBeUndefined();
    }
  });

  it("opens a file nobody registered only through its opener, and a registered file as registered", async () => {
    const opened: string[] = [];
    const host = createFakeHost(workbookFromGrid([{ name: "S", rows: [["x"]] }]), {
      openFile: async (base64) => {
        opened.push(base64);
        return base64 === "UEsDBA-picked"
          ? { sheets: [{ name: "Đã chọn", rows: [["y"]] }], webUnsupported: false }
          : null;
      },
    });
    host.addFile("UEsDBA-known", [{ name: "Đã biết", rows: [["z"]] }]);
    const context = host.context();
    context.workbook.insertWorksheetsFromBase64("UEsDBA-picked");
    context.workbook.insertWorksheetsFromBase64("UEsDBA-known");
    await context.sync();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["S", "Đã chọn", "Đã biết"]);
    expect(opened).toEqual(["UEsDBA-picked"]);

    const refused = host.context();
    refused.workbook.insertWorksheetsFromBase64("not a workbook");
    await expect(refused.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("counts a request as Office.js sends it, and only on the web refuses one over the limit", async () => {
    const big = Array.from({ length: 40_000 }, (_, i) => [`Nguyễn Văn ${i} `.repeat(8)]);
    for (const platform of ["web", "desktop"] as const) {
      const host = createFakeHost(workbookFromGrid([{ name: "S", rows: [["x"]] }]), { platform });
      const context = host.context();
      context.workbook.worksheets.getItem("S").getRange("A1:A40000").values = big;
      const sync = context.sync();
      if (platform === "web") await expect(sync).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      else await expect(sync).resolves.toBeUndefined();
      expect(host.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    }
  });
});
