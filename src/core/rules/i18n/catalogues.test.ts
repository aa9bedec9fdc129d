import { formatNumber, LANGUAGES, type Language } from "../../i18n";
import { type ParamKind, type ParamsFor, type ParamsSpec, RULES, type RuleId } from "..";
import { RULE_TEXTS } from ".";

type Params = Record<string, string | number>;

/** A made-up value for each parameter that is not a closed list, distinct within the rule. */
function sentinel(kind: Extract<ParamKind, string>, name: string, index: number): string | number {
  if (kind.startsWith("text")) return `⟦${name}⟧`;
  if (kind.startsWith("date")) return `${10 + index}/0${index + 1}/19${70 + index}`;
  if (kind.startsWith("count")) return 701 + 11 * index;
  return 8.3 + index;
}

/** How a sentinel reads in a message: decimals are written the language's way. */
function shown(kind: Extract<ParamKind, string>, value: string | number, lang: Language): string {
  return typeof value === "number" && kind.startsWith("decimal") ? formatNumber(value, lang) : String(value);
}

/** Every set of parameters the descriptor allows: each choice of each code list, each optional one given or not. */
function paramSets(spec: ParamsSpec): Params[] {
  let sets: Params[] = [{}];
  Object.entries(spec).forEach(([name, kind], index) => {
    if (typeof kind !== "string") {
      sets = sets.flatMap((set) => kind.map((choice) => ({ ...set, [name]: choice })));
      return;
    }
    const value = sentinel(kind, name, index);
    const given = sets.map((set) => ({ ...set, [name]: value }));
    sets = kind.endsWith("?") ? [...given, ...sets] : given;
  });
  return sets;
}

/** The parameters are made from the rule's own descriptor, which is what ParamsFor is derived from. */
function render(rule: RuleId, params: Params, lang: Language): string {
  const message = RULE_TEXTS[lang][rule].message as (params: ParamsFor<RuleId>) => string;
  return message(params as ParamsFor<RuleId>);
}

const CASES = RULES.map((rule) => [rule.id, rule.params as ParamsSpec] as const);

describe("the rules' titles and messages", () => {
  it.each(LANGUAGES)("%s titles every rule, each title its own", (lang) => {
    const titles = RULES.map((rule) => RULE_TEXTS[lang][rule.id].title.trim());
    expect(titles.filter((title) => title === "")).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(CASES)("%s: every message renders in every language, from every set of parameters", (rule, spec) => {
    expect(RULE_TEXTS.vi[rule].title).not.toBe(RULE_TEXTS.en[rule].title);
    for (const params of paramSets(spec)) {
      const texts = LANGUAGES.map((lang) => render(rule, params, lang));
      for (const text of texts) {
        expect(text.trim()).not.toBe("");
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(new Set(texts).size).toBe(LANGUAGES.length);
    }
  });

  it.each(CASES)("%s: every message shows each value it is given", (rule, spec) => {
    for (const lang of LANGUAGES) {
      const texts = paramSets(spec).map((params) => [params, render(rule, params, lang)] as const);
      for (const [name, kind] of Object.entries(spec)) {
        if (typeof kind !== "string") continue;
        // A value may matter to some cases only (today's date, to a birth in the future): it must show in one.
        const showing = texts.filter(
          ([params, text]) => name in params && text.includes(shown(kind, params[name], lang)),
        );
        expect([lang, name, showing.length > 0]).toEqual([lang, name, true]);
      }
    }
  });

  it.each(CASES)("%s: each choice of a code list has its own wording", (rule, spec) => {
    for (const lang of LANGUAGES) {
      for (const [name, kind] of Object.entries(spec)) {
        if (typeof kind === "string") continue;
        for (const params of paramSets(spec).filter((set) => set[name] === kind[0])) {
          const texts = kind.map((choice) => render(rule, { ...params, [name]: choice }, lang));
          expect(new Set(texts).size).toBe(kind.length);
        }
      }
    }
  });
});
