import * as path from "path";
import { Workbook } from "exceljs";
import { cli } from "../../../test/support/cli/run-cli";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { changeLog, cellsOf } from "../../../test/support/cli/workbook-cells";

const tempDir = useTempDir();

/** A roster whose name cell holds an escape character, stored as Excel stores it (_x001B_). */
async function rosterWithEscape(): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính"]);
  // exceljs writes the text as it is, and reads Excel's escape back as the character itself.
  ws.addRow([1, "Hoàng _x001B_Thị Lan", 1990, "Nữ"]);
  const file = path.join(tempDir(), "ky-tu-dieu-khien.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

test("control characters are a listed repair: check names them, fix removes them and shows what it removed", async () => {
  const input = await rosterWithEscape();
  const checked = await cli(["check", "--lang", "en", input]);
  expect(checked.out).toContain("invisible control characters (\\u001B)");
  expect(checked.out).toContain("[control-char]");
  expect(checked.out).not.toContain("\u001B");

  const out = path.join(tempDir(), "da-sua.xlsx");
  const fixed = await cli(["fix", "--lang", "en", "--out", out, input]);
  expect(fixed.code).toBe(0);
  expect(fixed.out).toContain('B2      "Hoàng \\u001BThị Lan" → "Hoàng Thị Lan"  [control-char]');
  expect((await cellsOf(out)).get("DS!B2")?.value).toBe(JSON.stringify("Hoàng Thị Lan"));
  expect((await changeLog(out)).rows).toEqual([
    ["DS", "B2", "Hoàng \\u001BThị Lan", "Hoàng Thị Lan", "Control characters removed", "control-char"],
  ]);
});
