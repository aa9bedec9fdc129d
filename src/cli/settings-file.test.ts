import { execFileSync } from "child_process";
import { chmodSync, mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { DEFAULT_SETTINGS } from "../core/settings";
import { useTempDir } from "../../test/support/cli/temp-dir";
import { CLI_MESSAGES } from "./i18n";
import { readSettingsFile, SETTINGS_FILE_MAX_BYTES } from "./settings-file";

const tempDir = useTempDir();

function file(name: string, content: string | Buffer): string {
  const at = path.join(tempDir(), name);
  writeFileSync(at, content);
  return at;
}

/** What the user reads on stderr for `name`, in each language. */
async function said(at: string): Promise<{ vi: string; en: string }> {
  const read = await readSettingsFile(at);
  if (read.ok) throw new Error("the file was accepted");
  return { vi: CLI_MESSAGES.vi.settingsFile(at, read.problems), en: CLI_MESSAGES.en.settingsFile(at, read.problems) };
}

/** Named pipes exist where mkfifo does; elsewhere that test has nothing to show. */
const withFifo = process.platform === "win32" ? test.skip : test;
/** root reads any file whatever its mode, so the permission test needs another user. */
const asUser = process.platform === "win32" || process.getuid?.() === 0 ? test.skip : test;

describe("readSettingsFile", () => {
  test("a JSON object of known settings, with or without Notepad's byte-order mark", async () => {
    expect(await readSettingsFile(file("a.json", '{ "postgradMaxAge": 45 }'))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, postgradMaxAge: 45 },
    });
    expect(await readSettingsFile(file("b.json", '\uFEFF{ "today": "01/09/2019" }'))).toMatchObject({
      ok: true,
      settings: { today: "01/09/2019" },
    });
  });

  test("a missing file is said so in words, never as ENOENT", async () => {
    const { vi, en } = await said(path.join(tempDir(), "khong-co.json"));
    expect(vi).toContain("không tìm thấy tệp.");
    expect(en).toContain("no such file.");
    expect(vi + en).not.toMatch(/ENOENT|no such file or directory/);
  });

  test("a folder is refused", async () => {
    const folder = path.join(tempDir(), "thu-muc.json");
    mkdirSync(folder);
    expect((await said(folder)).vi).toContain("đây là một thư mục, không phải tệp.");
  });

  withFifo("a named pipe is refused at once, not waited on", async () => {
    const fifo = path.join(tempDir(), "ong.json");
    execFileSync("mkfifo", [fifo]);
    const { vi, en } = await said(fifo);
    expect(vi).toContain("không phải tệp thông thường");
    expect(en).toContain("not a regular file");
  });

  asUser("a file that may not be read says so", async () => {
    const locked = file("khoa.json", "{}");
    chmodSync(locked, 0o000);
    expect((await said(locked)).en).toContain("no permission to read it.");
  });

  test("a file over the size limit is refused without being read whole", async () => {
    const big = file("lon.json", `{ "rosterSheet": "${"x".repeat(SETTINGS_FILE_MAX_BYTES)}" }`);
    expect((await said(big)).en).toContain("larger than 64 KB");
  });

  test("a file saved as UTF-16 (Notepad's 'Unicode') is asked to be saved as UTF-8", async () => {
    const utf16 = file("utf16.json", Buffer.from('\uFEFF{ "postgradMaxAge": 45 }', "utf16le"));
    expect((await said(utf16)).vi).toContain("không phải văn bản UTF-8");
  });

  test("invalid JSON is located by line and column, with what is wrong", async () => {
    const trailing = file("phay.json", '{\n  "postgradMaxAge": 45,\n}\n');
    expect((await said(trailing)).vi).toContain("không phải JSON hợp lệ: dòng 3, cột 1: thừa dấu phẩy trước dấu đóng.");
    const unquoted = file("nhay.json", "{ postgradMaxAge: 45 }");
    expect((await said(unquoted)).en).toContain("line 1, column 3: a character JSON does not allow");
    expect((await said(file("rong.json", ""))).vi).toContain("tệp trống");
  });

  test("every problem gets its own line, and the file is refused whole", async () => {
    const mixed = file(
      "nhieu.json",
      JSON.stringify({ postgradMaxAge: 45, postgradMaxAg: 45, rotationMinYears: "10", headerSearchRows: 0, today: "2019-09-01" }),
    );
    const { vi, en } = await said(mixed);
    expect(vi.split("\n")).toEqual([
      `Tệp thiết lập "${mixed}" có 4 vấn đề; không thiết lập nào được áp dụng:`,
      '  - không có thiết lập "postgradMaxAg"; có phải "postgradMaxAge"?',
      '  - "rotationMinYears" phải là một số nguyên (không đặt trong dấu nháy), không phải văn bản.',
      '  - "headerSearchRows" phải từ 1 đến 500, không phải 0.',
      '  - "today" phải là một ngày có thật dạng dd/mm/yyyy, không phải "2019-09-01".',
    ]);
    expect(en).toContain('there is no setting "postgradMaxAg"; did you mean "postgradMaxAge"?');
    expect(en).toContain('"rotationMinYears" must be a whole number (not in quotes), not text.');
  });

  test("a setting given twice is refused rather than the last one silently taken", async () => {
    const twice = file("hai-lan.json", '{\n  "postgradMaxAge": 40,\n  "postgradMaxAge": 45\n}');
    expect((await said(twice)).vi).toContain('"postgradMaxAge" được ghi hai lần (lần sau ở dòng 3); hãy giữ một.');
  });

  test("a key or value holding terminal escapes is shown escaped", async () => {
    const sly = file("sly.json", JSON.stringify({ "\u001b[2Jx": 1, today: "\u202e01/01/2020" }));
    const { en } = await said(sly);
    expect(en).toContain('there is no setting "\\u001B[2Jx"');
    expect(en).toContain('not "\\u202E01/01/2020"');
    expect(en).not.toMatch(/(?!\n)\p{Cc}|\u202E/u);
  });
});
