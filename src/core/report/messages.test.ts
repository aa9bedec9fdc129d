import { RULES } from "../rules";
import { MESSAGES } from "./render-message";
import type { Language } from "./types";

const LANGUAGES: Language[] = ["vi", "en"];

describe("message catalogues", () => {
  it.each(LANGUAGES)("%s has a message for every rule and no other", (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(LANGUAGES)("%s messages name the values they are given", (lang) => {
    const messages = MESSAGES[lang];
    expect(messages["duplicate-person"]({ name: "Nguyễn Văn An", birth: "12/03/1985", earlierRow: 5 })).toMatch(
      /Nguyễn Văn An.*12\/03\/1985.*5/,
    );
    expect(messages["unknown-value"]({ list: "ethnicity", text: "Tay", suggestion: "Tày" })).toMatch(/"Tay".*"Tày"/);
    expect(messages["age-limit"]({ age: 41, limit: 40, date: "15/08/2023", basis: "decision" })).toMatch(
      /41.*15\/08\/2023.*40/,
    );
    expect(messages["cell-error"]({ error: "#REF!" })).toContain("#REF!");
  });

  it("writes Vietnamese decimals with a comma", () => {
    expect(
      MESSAGES.vi["retirement-horizon"]({ years: 8.3, min: 10, date: "01/03/2025", retires: "30/06/2033" }),
    ).toContain("8,3 năm");
  });
});
