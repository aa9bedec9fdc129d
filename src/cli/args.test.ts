import { parseCommandLine } from "./args";

describe("parseCommandLine", () => {
  test("check with paths; human output in Vietnamese by default", () => {
    expect(parseCommandLine(["check", "a.xlsx", "folder"])).toEqual({
      kind: "check",
      args: { format: "text", lang: "vi", settingsFile: null, paths: ["a.xlsx", "folder"] },
    });
  });

  test("options may come before or after the paths", () => {
    expect(parseCommandLine(["--lang", "en", "check", "a.xlsx", "--csv", "--settings", "s.json"])).toEqual({
      kind: "check",
      args: { format: "csv", lang: "en", settingsFile: "s.json", paths: ["a.xlsx"] },
    });
    expect(parseCommandLine(["check", "--json", "--lang=en", "a.xlsx"])).toMatchObject({
      args: { format: "json", lang: "en" },
    });
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
