import { parseFixCommand } from "./args";

describe("parseFixCommand: options mistyped", () => {
  test.each([
    [["fix", "--dryrun", "a.xlsx"], "vi", "Tham số không hợp lệ: --dryrun. Có phải --dry-run?"],
    [["fix", "--lang=en", "--forse", "--out", "b.xlsx", "a.xlsx"], "en", "Unknown option: --forse. Did you mean --force?"],
    [["fix", "--out=", "a.xlsx", "--ot", "b.xlsx"], "vi", "Có phải --out?"],
    [["fix", "--force=1", "--out", "b.xlsx", "a.xlsx"], "vi", "--force không nhận giá trị"],
  ])("%j is answered in the chosen language with the option probably meant", (argv, lang, message) => {
    const parsed = parseFixCommand(argv);
    expect(parsed).toMatchObject({ kind: "usage-error", lang });
    expect(parsed?.kind === "usage-error" && parsed.message).toContain(message);
  });
});
