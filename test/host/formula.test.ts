import { createFakeHost } from "./index";
import { workbookFromGrid } from "./workbook-from-grid";

/** The values Excel shows for formulas written into B1:B… next to the numbers in A1:A…. */
async function calculated(numbers: (number | null)[], formulas: string[]): Promise<unknown[]> {
  const host = createFakeHost(workbookFromGrid([{ name: "S", rows: numbers.map((n) => [n]) }]));
  const context = host.context();
  const sheet = context.workbook.worksheets.getItem("S");
  formulas.forEach((f, i) => (sheet.getRange(`B${i + 1}`).formulas = [[f]]));
  const range = sheet.getRange(`B1:B${formulas.length}`).load("values,valueTypes");
  await context.sync();
  return range.values.map((row) => row[0]);
}

describe("formulas in the fake host", () => {
  it("calculate like Excel for the report's share, status and gap", async () => {
    expect(
      await calculated(
        [30, 10, null],
        [
          '=IF(A2>0,A1/A2,"")',
          '=IF(A3>0,A1/A3,"")',
          '=IF(A2>0,IF(A1>A2,"Vượt","Chưa"),"")',
          "=MAX(A2-A1,0)",
          "=A1/A3",
          "=AND(ISNUMBER(A1),A1>=1)",
        ],
      ),
    ).toEqual([3, "", "Vượt", 0, "#DIV/0!", true]);
  });

  it("show a link's label, and leave a formula outside what the fake calculates without a value", async () => {
    expect(await calculated([1, 2], ['=HYPERLINK("#A1","A1")', "=SUMPRODUCT(A1:A2)"])).toEqual(["A1", ""]);
  });
});
