import { parseCommandLine } from "./args";
import { DEFAULT_MAX_ISSUES } from "./check/max-issues";

describe("parseCommandLine", () => {
  test("check with paths; human output in Vietnamese by default", () => {
    expect(parseCommandLine(["check", "a.xlsx", "folder"])).toEqual({
      kind: "check",
      args: {
        format: "text",
        delimiter: ";",
        lang: "vi",
        settingsFile: null,
        maxIssues: DEFAULT_MAX_ISSUES,
        paths: ["a.xlsx", "folder"],
      },
    });
  });

  test("options may come before or after the paths", () => {
    expect(parseCommandLine(["--lang", "en", "check", "a.xlsx", "--csv", "--settings", "s.json"])).toEqual({
      kind: "check",
      args: {
        format: "csv",
        delimiter: ",",
        lang: "en",
        settingsFile: "s.json",
        maxIssues: DEFAULT_MAX_ISSUES,
        paths: ["a.xlsx"],
      },
    });
    expect(parseCommandLine(["check", "--json", "--lang=en", "a.xlsx"])).toMatchObject({
      args: { format: "json", lang: "en" },
    });
  });

  test("--max-issues sets the issues listed per file: a whole number above 0", () => {
    expect(parseCommandLine(["check", "--max-issues", "50", "a.xlsx"])).toMatchObject({ args: { maxIssues: 50 } });
    expect(parseCommandLine(["check", "--max-issues=1", "a.xlsx"])).toMatchObject({ args: { maxIssues: 1 } });
    for (const bad of ["0", "-5", "1e4", "ten"])
      expect(parseCommandLine(["check", "--lang", "en", `--max-issues=${bad}`, "a.xlsx"])).toEqual({
        kind: "usage-error",
        lang: "en",
        message: `Bad value for --max-issues: "${bad}" (a whole number greater than 0).`,
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

  test.each([
    [["check", "--jsn", "a.xlsx"], "vi", "Tham số không hợp lệ: --jsn. Có phải --json?"],
    [["check", "--JSON", "a.xlsx"], "vi", "Có phải --json?"],
    [["check", "--lang", "en", "--setting", "s.json", "a.xlsx"], "en", "Unknown option: --setting. Did you mean --settings?"],
    [["check", "--csv", "--delimeter=tab", "a.xlsx", "--lang=en"], "en", "Did you mean --delimiter?"],
    [["check", "--xml", "a.xlsx"], "vi", "Tham số không hợp lệ: --xml."],
    [["check", "-x", "a.xlsx", "--lang", "en"], "en", "Unknown option: -x."],
    [["check", "--json=yes", "a.xlsx"], "vi", "--json không nhận giá trị"],
    [["check", "a.xlsx", "--settings"], "vi", "--settings cần một giá trị"],
    [["check", "--settings", "--json", "a.xlsx", "--lang", "en"], "en", "--settings needs a value"],
  ])("%j is answered in the chosen language with the option probably meant", (argv, lang, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed).toMatchObject({ kind: "usage-error", lang });
    expect(parsed.kind === "usage-error" && parsed.message).toContain(message);
    expect(parsed.kind === "usage-error" && parsed.message).not.toMatch(/ERR_|To specify a positional/);
  });

  test("a mistyped command is named with the command probably meant, even before options of that command", () => {
    expect(parseCommandLine(["sumary", "--targets", "t.xlsx", "don-vi"])).toMatchObject({
      message: expect.stringContaining('Lệnh không hợp lệ: "sumary". Có phải "summary"?'),
    });
    expect(parseCommandLine(["--lang", "en", "chek", "a.xlsx"])).toMatchObject({
      message: expect.stringContaining('Did you mean "check"?'),
    });
  });

  test("everything after -- is a path, even what looks like an option", () => {
    expect(parseCommandLine(["check", "--", "--jsn.xlsx"])).toMatchObject({ args: { paths: ["--jsn.xlsx"] } });
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
