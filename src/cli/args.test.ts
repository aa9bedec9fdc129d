import { parseCommandLine } from "./args";

describe("parseCommandLine", () => {
  test("check with paths; human output in Vietnamese by default", () => {
    expect(parseCommandLine(["check", "a.xlsx", "folder"])).toEqual({
      kind: "check",
      args: { format: "text", delimiter: ";", lang: "vi", settingsFile: null, paths: ["a.xlsx", "folder"] },
    });
  });

  test("options may come before or after the paths", () => {
    expect(parseCommandLine(["--lang", "en", "check", "a.xlsx", "--csv", "--settings", "s.json"])).toEqual({
      kind: "check",
      args: { format: "csv", delimiter: ",", lang: "en", settingsFile: "s.json", paths: ["a.xlsx"] },
    });
    expect(parseCommandLine(["check", "--json", "--lang=en", "a.xlsx"])).toMatchObject({
      args: { format: "json", lang: "en" },
    });
  });

  test("--csv takes the separator of the language's Excel, or the one --delimiter names", () => {
    expect(parseCommandLine(["check", "--csv", "a.xlsx"])).toMatchObject({ args: { delimiter: ";" } });
    expect(parseCommandLine(["check", "--csv", "--lang", "en", "a.xlsx"])).toMatchObject({ args: { delimiter: "," } });
    expect(parseCommandLine(["check", "--csv", "--delimiter", "tab", "a.xlsx"])).toMatchObject({
      args: { delimiter: "tab" },
    });
    expect(parseCommandLine(["check", "--csv", "--delimiter=,", "a.xlsx"])).toMatchObject({ args: { delimiter: "," } });
  });

  test("--help and -h ask for help, in the chosen language", () => {
    expect(parseCommandLine(["--help"])).toEqual({ kind: "help", lang: "vi" });
    expect(parseCommandLine(["check", "-h", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
  });

  test.each([
    [[], "Thiếu lệnh"],
    [["verify", "a.xlsx"], 'Lệnh không hợp lệ: "verify"'],
    [["check"], "Thiếu đường dẫn"],
    [["check", "--json", "--csv", "a.xlsx"], "--json hoặc --csv"],
    [["check", "--lang", "fr", "a.xlsx"], 'Ngôn ngữ không hợp lệ: "fr"'],
    [["check", "--xml", "a.xlsx"], "Tham số không hợp lệ"],
    [["check", "--settings"], "Tham số không hợp lệ"],
    [["check", "--csv", "--delimiter", "|", "a.xlsx"], 'Dấu ngăn cách không hợp lệ: "|"'],
    [["check", "--delimiter", ";", "a.xlsx"], "--delimiter chỉ dùng cùng --csv"],
  ])("%j is a usage error", (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" && parsed.message).toContain(message);
  });

  test("a missing command is answered with the three commands there are", () => {
    const parsed = parseCommandLine(["--lang", "en"]);
    expect(parsed.kind === "usage-error" && parsed.message).toEqual(expect.stringMatching(/check.*summary.*fix/));
  });

  test("usage errors are in English when --lang en was asked for", () => {
    expect(parseCommandLine(["check", "--lang", "en", "--xml"])).toMatchObject({ kind: "usage-error", lang: "en" });
    expect(parseCommandLine(["check", "--lang", "en"])).toMatchObject({
      message: expect.stringContaining("Missing path"),
    });
  });
});
