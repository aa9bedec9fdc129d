import * as path from "path";
import { Workbook } from "exceljs";
import type { WorkbookInput } from "../../core/grid/types";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { checkFiles, exitCode } from "./check";
import { DEFAULT_LIMITS } from "../../xlsx/limits";
import { useTempDir } from "../../../test/support/cli/temp-dir";

// Stands in for an engine failure on one file, which must not stop the others being checked.
jest.mock("../../core/engine", () => {
  const core = jest.requireActual("../../core/engine");
  return {
    ...core,
    validateWorkbook: (input: WorkbookInput, options: object) => {
      if (input.file.endsWith("boom.xlsx")) throw new Error("unexpected grid");
      return core.validateWorkbook(input, options);
    },
  };
});

const tempDir = useTempDir();

async function roster(name: string): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow(["STT", "Họ và tên", "Năm sinh", "Giới tính"]);
  ws.addRow([1, "Hoàng Thị Lan", 1990, "Nữ"]);
  const file = path.join(tempDir(), name);
  await book.xlsx.writeFile(file);
  return file;
}

test("a failure inside one file goes on that file's entry; the files after it are still checked", async () => {
  const files = [await roster("boom.xlsx"), await roster("sach.xlsx")];
  const report = await checkFiles(files, { settings: DEFAULT_SETTINGS, lang: "en", limits: DEFAULT_LIMITS });
  expect(report.files[0]).toEqual({
    file: files[0],
    error: expect.stringContaining("The program met an unexpected fault while checking this file"),
    problem: { code: "check-failed", detail: "unexpected grid" },
    sheets: [],
  });
  expect(report.files[1]).toMatchObject({ error: null, sheets: [{ roster: true, dataRows: 1, issues: [] }] });
  expect(exitCode(report)).toBe(2);
});
