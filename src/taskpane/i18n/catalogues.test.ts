import { type Catalogues, LANGUAGES, languageOf } from "../../core/i18n";
import { CHECK_TEXTS } from "../check/i18n";
import { PLAN_TEXTS } from "../plan/i18n";
import { PREPARE_TEXTS } from "../prepare/i18n";
import { REPAIR_TEXTS } from "../repairs/i18n";
import { SETTINGS_TEXTS } from "../settings/i18n";
import { SHELL_TEXTS } from ".";

const CATALOGUES: Readonly<Record<string, Catalogues<object>>> = {
  shell: SHELL_TEXTS,
  check: CHECK_TEXTS,
  repairs: REPAIR_TEXTS,
  plan: PLAN_TEXTS,
  prepare: PREPARE_TEXTS,
  settings: SETTINGS_TEXTS,
};

/** A catalogue's texts by key, each text that takes parameters given a sentinel for every one. */
function rendered(texts: object, prefix = ""): { key: string; text: string; sentinels: string[] }[] {
  return Object.entries(texts).flatMap(([name, value]: [string, unknown]) => {
    const key = `${prefix}${name}`;
    if (typeof value === "string") return [{ key, text: value, sentinels: [] }];
    if (typeof value === "function") {
      const sentinels = Array.from({ length: value.length }, (_, i) => `‹${i + 1}›`);
      return [{ key, text: String(value(...sentinels)), sentinels }];
    }
    return typeof value === "object" && value !== null ? rendered(value, `${key}.`) : [];
  });
}

describe("the pane's language", () => {
  it.each([
    ["vi-VN", "vi"],
    ["VI-vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "vi"],
    ["", "vi"],
  ])("is chosen from Office's display language %p: %p", (displayLanguage, expected) => {
    expect(languageOf(displayLanguage)).toBe(expected);
  });
});

describe.each(Object.entries(CATALOGUES))("the %s texts", (_, catalogues) => {
  it("put every name and number they are given into the sentence, in every language", () => {
    for (const lang of LANGUAGES)
      for (const { key, text, sentinels } of rendered(catalogues[lang])) {
        expect(`${key}: ${text.trim() === "" ? "(empty)" : "ok"}`).toBe(`${key}: ok`);
        for (const sentinel of sentinels) expect(`${key}: ${text}`).toContain(sentinel);
      }
  });

  it("are translated: no English text is the Vietnamese one left as it was", () => {
    const vi = new Map(rendered(catalogues.vi).map(({ key, text }) => [key, text]));
    const untranslated = rendered(catalogues.en).filter(({ key, text }) => vi.get(key) === text);
    expect(untranslated.map(({ key }) => key)).toEqual([]);
  });
});
