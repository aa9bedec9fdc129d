import { parseSummaryCommand } from "./args";

describe("parseSummaryCommand: options mistyped", () => {
  test.each([
    [["summary", "--target", "t.xlsx", "don-vi"], "vi", "Tham số không hợp lệ: --target. Có phải --targets?"],
    [["summary", "--lang", "en", "--targets", "t.xlsx", "--jsno", "don-vi"], "en", "Did you mean --json?"],
    [["summary", "--targets", "t.xlsx", "--csv", "don-vi"], "vi", "Tham số không hợp lệ: --csv."],
    [["summary", "--targets", "t.xlsx", "don-vi", "--out"], "vi", "--out cần một giá trị"],
  ])("%j is answered in the chosen language with the option probably meant", (argv, lang, message) => {
    const parsed = parseSummaryCommand(argv);
    expect(parsed).toMatchObject({ kind: "usage-error", lang });
    expect(parsed?.kind === "usage-error" && parsed.message).toContain(message);
  });
});
