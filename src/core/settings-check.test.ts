import { checkSettings } from "./settings-check";
import { DEFAULT_SETTINGS } from "./settings";

describe("checkSettings", () => {
  test("known keys with good values replace the defaults; the others keep theirs", () => {
    expect(checkSettings({ postgradMaxAge: 45, today: "01/09/2019", rosterSheet: "DS" })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, postgradMaxAge: 45, today: "01/09/2019", rosterSheet: "DS" },
    });
    expect(checkSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(checkSettings({ today: "" })).toMatchObject({ ok: true });
  });

  test("an unknown key is named with the key probably meant", () => {
    expect(checkSettings({ postgradMaxAg: 45, PostgradMaxAge: 45, tuoi: 40 })).toEqual({
      ok: false,
      problems: [
        { code: "unknown-key", key: "postgradMaxAg", suggestion: "postgradMaxAge" },
        { code: "unknown-key", key: "PostgradMaxAge", suggestion: "postgradMaxAge" },
        { code: "unknown-key", key: "tuoi", suggestion: null },
      ],
    });
  });

  test("every problem is found, none of the settings applied", () => {
    const checked = checkSettings({
      postgradMaxAge: "45",
      postgradMaxAgeNew: 45.5,
      rotationMinYears: 100,
      headerSearchRows: 0,
      postgradAgeChangeDate: "2025-07-01",
      today: "31/02/2024",
      rosterSheet: 3,
    });
    expect(checked).toEqual({
      ok: false,
      problems: [
        { code: "wrong-type", key: "postgradMaxAge", expected: "whole-number", given: "text" },
        { code: "wrong-type", key: "postgradMaxAgeNew", expected: "whole-number", given: "number" },
        { code: "out-of-range", key: "rotationMinYears", value: 100, min: 0, max: 45 },
        { code: "out-of-range", key: "headerSearchRows", value: 0, min: 1, max: 500 },
        { code: "bad-date", key: "postgradAgeChangeDate", value: "2025-07-01" },
        { code: "bad-date", key: "today", value: "31/02/2024" },
        { code: "wrong-type", key: "rosterSheet", expected: "text", given: "number" },
      ],
    });
  });

  test("a year alone is not a day; the change date cannot be blank", () => {
    expect(checkSettings({ today: "2024" })).toMatchObject({ ok: false, problems: [{ code: "bad-date" }] });
    expect(checkSettings({ postgradAgeChangeDate: "" })).toMatchObject({ ok: false, problems: [{ code: "bad-date" }] });
  });

  test.each([
    [[], "list"],
    [null, "null"],
    [40, "number"],
  ] as const)("%j is not a set of settings", (given, kind) => {
    expect(checkSettings(given)).toEqual({ ok: false, problems: [{ code: "not-an-object", given: kind }] });
  });
});
