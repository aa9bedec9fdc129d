import { Workbook } from "exceljs";
import { roundTripLosses } from "./round-trip-losses";
import { type ZipEntry, zipEntries } from "./zip-entries";

/** Entries as a zip lists them, from name → XML text. */
function entries(parts: Record<string, string>): ZipEntry[] {
  return Object.entries(parts).map(([name, text]) => ({ name, read: () => Buffer.from(text) }));
}

const SHEET = "xl/worksheets/sheet1.xml";

describe("roundTripLosses", () => {
  test("names the parts the copy no longer has: add-in settings, charts, PivotTables, custom properties", () => {
    const original = entries({
      [SHEET]: "<worksheet/>",
      "xl/webextensions/webextension1.xml": "<we:webextension/>",
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "docProps/custom.xml": "<Properties/>",
      "xl/metadata.xml": "<metadata/>",
    });
    const copy = entries({ [SHEET]: "<worksheet/>" });
    expect(roundTripLosses(original, copy)).toEqual([
      "addinSettings",
      "charts",
      "pivotTables",
      "dynamicArrays",
      "customProperties",
    ]);
  });

  test("counts what sits inside sheets: a data validation kept in Excel 2010's extension, a sparkline, a note", () => {
    const original = entries({
      [SHEET]:
        '<dataValidation type="list"/><extLst><x14:dataValidation type="list"/><x14:sparklineGroup manualMax="0"/></extLst><mergeCell ref="A1:B1"/>',
      "xl/comments1.xml": '<comment ref="A1"/><comment ref="F2"/>',
    });
    const copy = entries({
      [SHEET]: '<dataValidation type="list"/><mergeCell ref="A1:B1"/>',
      "xl/comments1.xml": '<comment ref="A1"/>',
      "xl/worksheets/sheet2.xml": "<worksheet/>",
    });
    expect(roundTripLosses(original, copy)).toEqual(["comments", "sparklines", "dataValidation"]);
  });

  test("says nothing when the copy has as much of everything", () => {
    const parts = {
      [SHEET]: '<hyperlink ref="A1"/><conditionalFormatting sqref="A1"/>',
      "xl/media/image1.png": "png",
      "xl/tables/table1.xml": "<table/>",
    };
    expect(roundTripLosses(entries(parts), entries({ ...parts, "xl/worksheets/sheet9.xml": "<worksheet/>" }))).toEqual(
      [],
    );
  });
});

describe("zipEntries", () => {
  test("lists a real workbook's parts and reads them inflated", async () => {
    const book = new Workbook();
    book.addWorksheet("DS").addRow(["Nguyễn Văn An"]);
    const list = zipEntries(Buffer.from(await book.xlsx.writeBuffer()));
    expect(list?.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]),
    );
    expect(
      list
        ?.find((entry) => entry.name === "xl/sharedStrings.xml")
        ?.read()
        ?.toString("utf8"),
    ).toContain("Nguyễn Văn An");
  });

  test("gives null for bytes that are no zip", () => {
    expect(zipEntries(Buffer.from("not a zip at all, not even close"))).toBeNull();
  });
});
