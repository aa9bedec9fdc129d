import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { collectPaths } from "./collect-paths";
import { useTempDir } from "../../test/support/cli/temp-dir";

const tempDir = useTempDir();

describe("collectPaths", () => {
  test("a folder gives its .xlsx files sorted; other spreadsheets and subfolders are listed as skipped with the reason", async () => {
    const folder = path.join(tempDir(), "so-y-te");
    mkdirSync(path.join(folder, "cu"), { recursive: true });
    mkdirSync(path.join(folder, "nam-2018.xlsx"));
    const names = ["b.xlsx", "A.XLSX", "cu.xls", "tong-hop.csv", "macro.xlsm", "ghi-chu.txt", "cu/old.xlsx"];
    for (const name of names) writeFileSync(path.join(folder, name), "");
    const at = (name: string) => path.join(folder, name);
    expect(await collectPaths([folder])).toEqual({
      files: [at("A.XLSX"), at("b.xlsx")],
      emptyFolders: [],
      skipped: [
        { path: at("cu"), reason: "subfolder" },
        { path: at("cu.xls"), reason: "xls" },
        { path: at("macro.xlsm"), reason: "other-excel" },
        { path: at("nam-2018.xlsx"), reason: "subfolder" },
        { path: at("tong-hop.csv"), reason: "csv" },
      ],
    });
  });

  test("Office's temporary files, hidden files and documents are passed over in silence", async () => {
    const folder = path.join(tempDir(), "tam");
    mkdirSync(folder);
    for (const name of ["~$b.xlsx", "~WRL0001.tmp", ".DS_Store", "Thumbs.db", "QD-125.pdf", "README.md", "a.xlsx"]) {
      writeFileSync(path.join(folder, name), "");
    }
    expect(await collectPaths([folder])).toEqual({ files: [path.join(folder, "a.xlsx")], emptyFolders: [], skipped: [] });
  });

  test("files are kept as given, in order, even when missing, so the report can say so", async () => {
    const missing = path.join(tempDir(), "khong-co.xlsx");
    expect(await collectPaths([missing, "x.xls"])).toEqual({
      files: [missing, "x.xls"],
      emptyFolders: [],
      skipped: [],
    });
  });

  test("a folder without workbooks is named so the user can be told", async () => {
    const folder = path.join(tempDir(), "trong");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "cu.xls"), "");
    expect(await collectPaths([folder])).toEqual({
      files: [],
      emptyFolders: [folder],
      skipped: [{ path: path.join(folder, "cu.xls"), reason: "xls" }],
    });
  });
});
