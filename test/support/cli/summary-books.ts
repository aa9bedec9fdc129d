import { writeFileSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";

/** Tests only: small department rosters and targets workbooks for the summary command, written with exceljs. */

export type Cell = string | number | Date | null;

export const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export const ROSTER_HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Đơn vị công tác",
  "Chương trình đào tạo",
  "Lĩnh vực",
  "Số quyết định",
  "Ngày quyết định",
];

/** One roster person: name, birth, gender, unit, programme, field, decision; the decision date is fixed. */
export type Person = readonly [string, Date, string, string, string, string | null, string | null];

/** A one-sheet training roster under a letterhead line and a title, dates formatted dd/mm/yyyy. */
export async function rosterBook(dir: string, name: string, people: readonly Person[]): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("Danh sách");
  ws.addRow(["SỞ NỘI VỤ"]);
  ws.addRow(["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO"]);
  ws.addRow(ROSTER_HEADER);
  people.forEach((p, i) => ws.addRow([i + 1, ...p, p[6] === null ? null : day(2019, 8, 15)]));
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  ws.getColumn(9).numFmt = "dd/mm/yyyy";
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** A targets workbook: one "Chỉ tiêu" sheet of the given rows under a title. */
export async function targetsBook(dir: string, name: string, rows: readonly (readonly Cell[])[]): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("Chỉ tiêu");
  ws.addRow(["CHỈ TIÊU NĂM 2019"]);
  for (const row of rows) ws.addRow([...row]);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

export function brokenBook(dir: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
  return file;
}
