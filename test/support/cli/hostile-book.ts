import * as path from "path";
import { Workbook } from "exceljs";

/**
 * Tests only: a small file that is huge once read, like a zip bomb within the size limits. One cell holds
 * `chars` characters, which compress to almost nothing; reading it takes far more memory than a roster.
 */
export async function hostileBook(dir: string, name: string, chars = 50_000_000): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính"]);
  ws.addRow([1, "x".repeat(chars), 1990, "Nữ"]);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}
