import * as path from "path";
import { Workbook, type Worksheet } from "exceljs";
import { run } from "../main";
import { useTempDir } from "../../../test/support/cli/temp-dir";

const tempDir = useTempDir();

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** What exceljs's typings leave out of a worksheet. */
interface WorksheetExtras {
  conditionalFormattings: unknown[];
  sheetProtection?: { sheet?: boolean };
}

/** A roster dressed the way departments dress them: everything docs/fix.md says a repaired copy keeps. */
async function dressedRoster(file: string): Promise<void> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS", {
    views: [{ state: "frozen", ySplit: 2, zoomScale: 85 }],
    properties: { tabColor: { argb: "FF00B050" } },
  });
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "DANH SÁCH CÁN BỘ CỬ ĐI HỌC";
  ws.addTable({
    name: "DanhSach",
    ref: "A2",
    headerRow: true,
    columns: [{ name: "STT" }, { name: "Họ và tên" }, { name: "Năm sinh" }, { name: "Giới tính" }],
    rows: [
      [1, "NguyÔn V¨n B×nh", 1985, "Nam"],
      [2, "Hoàng Thị Lan", 1990, "Nữ"],
    ],
  });
  ws.getColumn(2).width = 32;
  ws.getRow(3).height = 24;
  ws.getCell("B3").font = { name: ".VnTime", size: 12 };
  ws.getCell("B4").note = "Đã đối chiếu hồ sơ";
  ws.getCell("F3").value = { text: "Quyết định", hyperlink: "https://example.gov.vn/qd" };
  ws.addConditionalFormatting({
    ref: "C3:C4",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: [1980],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.getCell("D3").dataValidation = { type: "list", allowBlank: true, formulae: ['"Nam,Nữ"'] };
  ws.addImage(book.addImage({ base64: PNG, extension: "png" }), "H2:I4");
  ws.pageSetup.printTitlesRow = "2:2";
  ws.headerFooter.oddFooter = "Trang &P";
  await ws.protect("", { selectLockedCells: true, formatColumns: true });
  book.addWorksheet("Ẩn", { state: "hidden" }).addRow(["Nam", "Nữ"]);
  await book.xlsx.writeFile(file);
}

function features(ws: Worksheet) {
  const extras = ws as unknown as WorksheetExtras;
  return {
    merges: ws.model.merges,
    tables: ws.getTables().length,
    width: ws.getColumn(2).width,
    height: ws.getRow(3).height,
    note: ws.getCell("B4").note,
    link: ws.getCell("F3").value,
    conditionalFormats: extras.conditionalFormattings.length,
    validation: ws.getCell("D3").dataValidation,
    images: ws.getImages().length,
    views: ws.views,
    tabColor: ws.properties.tabColor,
    printTitles: ws.pageSetup.printTitlesRow,
    footer: ws.headerFooter.oddFooter,
    protected: extras.sheetProtection?.sheet,
  };
}

test("a repaired copy keeps the roster's dressing, and says nothing is lost", async () => {
  const input = path.join(tempDir(), "ao.xlsx");
  const output = path.join(tempDir(), "ao-sua.xlsx");
  await dressedRoster(input);
  let err = "";
  const code = await run(["fix", "--out", output, input], { stdout: () => undefined, stderr: (t) => (err += t) });
  expect([code, err]).toEqual([0, ""]);
  const [before, after] = [new Workbook(), new Workbook()];
  await before.xlsx.readFile(input);
  await after.xlsx.readFile(output);
  expect(after.getWorksheet("DS")?.getCell("B3").value).toBe("Nguyễn Văn Bình");
  const kept = features(after.getWorksheet("DS") as Worksheet);
  expect(kept).toEqual(features(before.getWorksheet("DS") as Worksheet));
  expect(kept).toMatchObject({
    tables: 1,
    conditionalFormats: 1,
    images: 1,
    note: "Đã đối chiếu hồ sơ",
    protected: true,
  });
  expect(after.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
    ["DS", "visible"],
    ["Ẩn", "hidden"],
    ["Nhật ký sửa", "visible"],
  ]);
});
