import { parseStored } from "./stored-json";

/** The `workbook.settings` key listing the data validation the add-in set, so that only it is removed. */
export const INPUT_RULES_KEY = "cadre.inputRules";

/** One column's rule as the add-in set it: enough to tell it from a rule the user set there since. */
export interface InputRuleRecord {
  sheet: string;
  range: string;
  field: string;
  type: "List" | "Date";
  /** The input prompt's title, which the add-in always sets. */
  title: string;
  /** A list's source; null for dates. */
  source: string | null;
}

/** The lists sheet the rules use is recorded with the add-in's own sheets (own-sheets.ts). */
export interface InputRulesRecord {
  rules: InputRuleRecord[];
}

/** The stored record; entries of the wrong shape dropped (settings travel in files anyone can edit). */
export function parseInputRules(value: unknown): InputRulesRecord {
  const stored = parseStored(value);
  const o = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
  const rules = (Array.isArray(o.rules) ? o.rules : []).flatMap((entry: unknown) => {
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const ok =
      typeof e.sheet === "string" &&
      typeof e.range === "string" &&
      typeof e.field === "string" &&
      (e.type === "List" || e.type === "Date") &&
      typeof e.title === "string";
    return ok
      ? [
          {
            sheet: e.sheet,
            range: e.range,
            field: e.field,
            type: e.type,
            title: e.title,
            source: typeof e.source === "string" ? e.source : null,
          } as InputRuleRecord,
        ]
      : [];
  });
  return { rules };
}
