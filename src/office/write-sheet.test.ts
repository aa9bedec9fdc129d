import { cellOf, createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { TONES } from "../core/colours";
import { formulaCell, linkCell, numberCell, textCell } from "../core/sheets/cells";
import type { SheetDescription } from "../core/sheets";
import { commandsBytes } from "./command-bytes";
import { planBlocks } from "./sheet-blocks";
import type { SheetFeatures } from "./sheet-features";
import { writeSheet } from "./write-sheet";

const HOSTILE = ['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "0123", "TRUE"];
const ALL: SheetFeatures = {
  conditionalFormats: true,
  hyperlinks: true,
  freezePanes: true,
  autoFilter: true,
  charts: true,
};
const NONE: SheetFeatures = {
  conditionalFormats: false,
  hyperlinks: false,
  freezePanes: false,
  autoFilter: false,
  charts: false,
};

const SHEET: SheetDescription = {
  name: "Của add-in",
  rows: [
    [textCell("Tiêu đề", { bold: true, tone: "heading" })],
    HOSTILE.map((text) => textCell(text)),
    [
      numberCell(3),
      numberCell(4),
      formulaCell("=A3/B3", 0.75, "0%"),
      linkCell("B2", { sheet: "Danh sách", cell: "B2" }),
    ],
  ],
  widths: [20, null, 12],
  heights: { 1: 30 },
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  frozenRows: 2,
  autoFilter: { top: 2, left: 1, bottom: 3, right: 6 },
  conditionalFormats: [{ area: { top: 3, left: 3, bottom: 3, right: 3 }, formula: "=$C3<1", tone: "bad" }],
  charts: [
    {
      kind: "column",
      seriesBy: "columns",
      title: "Biểu đồ",
      source: { top: 2, left: 1, bottom: 3, right: 2 },
      position: { top: 5, left: 1, bottom: 20, right: 6 },
    },
  ],
};

function setup(apiVersion = "1.13") {
  return createFakeHost(
    workbookFromGrid([
      {
        name: "Danh sách",
        rows: [
          ["STT", "Họ tên"],
          [1, "=A1"],
        ],
      },
    ]),
    { apiVersion },
  );
}

async function write(
  host: ReturnType<typeof setup>,
  description: SheetDescription,
  features: SheetFeatures,
  budgetBytes?: number,
) {
  const context = host.context();
  const sheet = context.workbook.worksheets.add(description.name);
  await writeSheet(context, sheet, description, features, { budgetBytes });
  return sheetByName(host.workbook, description.name);
}

describe("writeSheet", () => {
  it("keeps every text as typed, whatever it starts with, and touches no other sheet", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    const sheet = await write(host, SHEET, ALL);
    HOSTILE.forEach((text, i) => {
      const cell = cellOf(sheet, `${"ABCDEF"[i]}2`);
      expect(cell).toMatchObject({ value: text, numberFormat: "@" });
      expect(cell?.formula).toBeUndefined();
    });
    expect(host.workbook.sheets[0]).toEqual(before.sheets[0]);
  });

  it("writes the add-in's formulas and links, styles, layout, colours and chart where Excel has them", async () => {
    const sheet = await write(setup(), SHEET, ALL);
    expect(cellOf(sheet, "C3")).toMatchObject({ formula: "=A3/B3", numberFormat: "0%" });
    expect(cellOf(sheet, "D3")).toMatchObject({
      value: "B2",
      hyperlink: { documentReference: "'Danh sách'!B2", textToDisplay: "B2" },
    });
    expect(cellOf(sheet, "A1")).toMatchObject({
      fill: TONES.heading.fill,
      font: { bold: true, color: TONES.heading.text },
    });
    expect([sheet.merges, sheet.frozenRows, sheet.autoFilter]).toEqual([
      [{ top: 0, left: 0, bottom: 0, right: 2 }],
      2,
      { top: 1, left: 0, bottom: 2, right: 5 },
    ]);
    // A file width of 20 is 140 pixels, 105 points; an unset width stays Excel's.
    expect([sheet.columnWidths, sheet.rowHeights]).toEqual([{ 0: 105, 2: 63 }, { 0: 30 }]);
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ formula: "=$C3<1", fill: TONES.bad.fill, fontColor: TONES.bad.text }),
    ]);
    expect(sheet.charts).toEqual([expect.objectContaining({ title: "Biểu đồ", position: "A5:F20" })]);
  });

  it("on an Excel without them, leaves out frozen rows, filter, colours and chart, and links by HYPERLINK formulas", async () => {
    const sheet = await write(setup("1.4"), SHEET, NONE);
    expect([sheet.frozenRows, sheet.autoFilter, sheet.conditionalFormats, sheet.charts ?? []]).toEqual([
      undefined,
      undefined,
      [],
      [],
    ]);
    expect(cellOf(sheet, "D3")).toMatchObject({
      formula: `=HYPERLINK("#'Danh sách'!B2","B2")`,
      numberFormat: "General",
    });
    expect(cellOf(sheet, "B2")).toMatchObject({ value: "+1", numberFormat: "@" });
  });

  it("sends any usual sheet in one request, however many rows, and a bigger one in requests under the budget", async () => {
    const rows = (n: number): SheetDescription => ({
      name: "Dài",
      rows: Array.from({ length: n }, (_, i) => [
        numberCell(i + 1),
        textCell(`Nguyễn Văn Bình ${i}`),
        textCell(HOSTILE[i % 6]),
      ]),
    });
    const syncs = [];
    for (const n of [10, 5000]) {
      const host = setup();
      await write(host, rows(n), ALL);
      syncs.push(host.stats.syncs);
    }
    expect(syncs).toEqual([1, 1]);

    const host = setup();
    const progress: number[] = [];
    const context = host.context();
    await writeSheet(context, context.workbook.worksheets.add("Dài"), rows(5000), ALL, {
      budgetBytes: 100_000,
      onProgress: (done) => progress.push(done),
    });
    expect(host.stats.syncs).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(5000);
    // The estimate is never below what the request carries.
    expect(host.stats.maxRequestBytes).toBeLessThan(100_000);
    expect(cellOf(sheetByName(host.workbook, "Dài"), "B5000")?.value).toBe("Nguyễn Văn Bình 4999");
  });

  it("plans blocks whose estimates stay under the budget, layout first and colours last", () => {
    const blocks = planBlocks(SHEET, ALL, 3000);
    for (const block of blocks.filter((b) => b.bottom > b.top))
      expect(commandsBytes(block.commands)).toBeLessThanOrEqual(3000);
    expect(blocks[0].commands[0]).toMatchObject({ kind: "columnWidth" });
    expect(blocks[blocks.length - 1].commands.map((c) => c.kind).slice(-3)).toEqual([
      "autoFilter",
      "conditionalFormat",
      "chart",
    ]);
  });
});
