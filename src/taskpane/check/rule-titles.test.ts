import { RULES } from "../../core/rules";
import { RULE_TITLES } from "./rule-titles";

describe("RULE_TITLES", () => {
  it("titles every rule of the engine, in the engine's order, distinctly in each language", () => {
    expect(Object.keys(RULE_TITLES)).toEqual(RULES.map((rule) => rule.id));
    for (const lang of ["vi", "en"] as const) {
      const titles = Object.values(RULE_TITLES).map((t) => t[lang]);
      expect(new Set(titles).size).toBe(titles.length);
      for (const title of titles) expect(title.trim()).not.toBe("");
    }
  });
});
