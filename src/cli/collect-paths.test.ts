import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { collectPaths } from "./collect-paths";
import { useTempDir } from "../../test/support/cli/temp-dir";

const tempDir = useTempDir();

describe("collectPaths", () => {
  test("a folder gives its .xlsx files sorted, without Excel's ~$ lock files, other files or subfolders", async () => {
    const folder = path.join(tempDir(), "so-y-te");
    mkdirSync(path.join(folder, "cu"), { recursive: true });
    for (const name of ["b.xlsx", "A.XLSX", "~$b.xlsx", "ghi-chu.txt", "cu.xls", "cu/old.xlsx"]) {
      writeFileSync(path.join(folder, name), "");
    }
    expect(await collectPaths([folder])).toEqual({
      files: [path.join(folder, "A.XLSX"), path.join(folder, "b.xlsx")],
      emptyFolders: [],
    });
  });

  test("files are kept as given, in order, even when missing, so the report can say so", async () => {
    const missing = path.join(tempDir(), "khong-co.xlsx");
    expect(await collectPaths([missing, "x.xls"])).toEqual({ files: [missing, "x.xls"], emptyFolders: [] });
  });

  test("a folder without workbooks is named so the user can be told", async () => {
    const folder = path.join(tempDir(), "trong");
    mkdirSync(folder);
    expect(await collectPaths([folder])).toEqual({ files: [], emptyFolders: [folder] });
  });
});
