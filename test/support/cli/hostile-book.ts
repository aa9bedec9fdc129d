import * as path from "path";
import { stream, Workbook } from "exceljs";

/**
 * Tests only: a small file that is huge once read, like a zip bomb within the size limits. One cell holds
 * `chars` characters, which compress to almost nothing.
 */
export async function hugeCellBook(dir: string, name: string, chars: number): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính"]);
  ws.addRow([1, "x".repeat(chars), 1990, "Nữ"]);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/**
 * Tests only: a roster of `rows` rows of eight cells, within every size limit, whose reading takes far
 * more memory than a department's roster: each cell holds a text of its own, which the checks look at
 * and remember one by one.
 */
export async function crowdedBook(dir: string, name: string, rows: number): Promise<string> {
  const file = path.join(dir, name);
  const book = new stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Ghi chú"]).commit();
  for (let i = 1; i <= rows; i++) ws.addRow([i, `Người thứ ${i}`, 1990, "Nữ", `Ghi chú ${i}`, `Đơn vị ${i}`, `Chức vụ ${i}`, `Lớp ${i}`]).commit();
  ws.commit();
  await book.commit();
  return file;
}
