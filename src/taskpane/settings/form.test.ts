import { SETTINGS_TEXTS } from "./i18n";
import { fieldLabel, NUMBER_FIELDS, readSettingsForm } from "./form";

const VALID = { postgradMaxAge: "40", postgradMaxAgeNew: "45", rotationMinYears: "10", rosterSheet: "Danh sách" };

describe("readSettingsForm", () => {
  it("turns the form's texts into the settings to store", () => {
    expect(readSettingsForm({ ...VALID, postgradMaxAge: " 42 " })).toEqual({
      ok: true,
      changes: { postgradMaxAge: 42, postgradMaxAgeNew: 45, rotationMinYears: 10, rosterSheet: "Danh sách" },
    });
  });

  it.each([
    ["postgradMaxAge", "bốn mươi"],
    ["postgradMaxAge", "40.5"],
    ["postgradMaxAgeNew", "90"],
    ["rotationMinYears", "-1"],
    ["rotationMinYears", ""],
  ])("names %s as wrong when it holds %p", (key, text) => {
    const result = readSettingsForm({ ...VALID, [key]: text });
    expect(result).toEqual({ ok: false, field: NUMBER_FIELDS.find((f) => f.key === key) });
  });
});

describe("fieldLabel", () => {
  it("says which decisions each age limit applies to", () => {
    const settings = { postgradAgeChangeDate: "01/07/2025" };
    expect(fieldLabel("postgradMaxAge", SETTINGS_TEXTS.vi, settings)).toBe(
      "Tuổi tối đa cử đi học sau đại học (quyết định trước 01/07/2025)",
    );
    expect(fieldLabel("postgradMaxAgeNew", SETTINGS_TEXTS.en, settings)).toBe(
      "Oldest age for postgraduate study (from 01/07/2025)",
    );
  });
});
