import { parseDateText } from "./dates/parse";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { nearestName } from "./text/nearest";

export type SettingKey = keyof Settings;

/** What a setting's value must be: a whole number within bounds, a day written dd/mm/yyyy, or any text. */
type SettingRule =
  { kind: "whole-number"; min: number; max: number } | { kind: "date"; blank: boolean } | { kind: "text" };

/** The bounds a person could mean; a value outside is a typing mistake, not a policy. */
export const SETTING_RULES: { readonly [K in SettingKey]: SettingRule } = {
  postgradMaxAge: { kind: "whole-number", min: 18, max: 70 },
  postgradMaxAgeNew: { kind: "whole-number", min: 18, max: 70 },
  postgradAgeChangeDate: { kind: "date", blank: false },
  postgradMinServiceYears: { kind: "whole-number", min: 0, max: 30 },
  rotationMinYears: { kind: "whole-number", min: 0, max: 45 },
  headerSearchRows: { kind: "whole-number", min: 1, max: 500 },
  rosterSheet: { kind: "text" },
  today: { kind: "date", blank: true },
  planningYoungAge: { kind: "whole-number", min: 25, max: 60 },
  planningYoungGoal: { kind: "whole-number", min: 0, max: 100 },
  planningWomenGoal: { kind: "whole-number", min: 0, max: 100 },
  planningMinorityGoal: { kind: "whole-number", min: 0, max: 100 },
};

/** A JSON value's kind, as a problem names what was given. */
export type JsonKind = "number" | "text" | "true-false" | "list" | "object" | "null";

/** One thing wrong in a set of settings, as data; rendered later in the user's language. */
export type SettingsProblem =
  | { code: "not-an-object"; given: JsonKind }
  | { code: "unknown-key"; key: string; suggestion: SettingKey | null }
  | { code: "wrong-type"; key: SettingKey; expected: SettingRule["kind"]; given: JsonKind }
  | { code: "out-of-range"; key: SettingKey; value: number; min: number; max: number }
  | { code: "bad-date"; key: SettingKey; value: string };

export type CheckedSettings = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

function kindOf(value: unknown): JsonKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return "number";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "true-false";
  return "object";
}

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

function isSettingKey(key: string): key is SettingKey {
  return (KEYS as readonly string[]).includes(key);
}

function valueProblem(key: SettingKey, value: unknown): SettingsProblem | null {
  const rule = SETTING_RULES[key];
  switch (rule.kind) {
    case "whole-number":
      if (typeof value !== "number" || !Number.isInteger(value))
        return { code: "wrong-type", key, expected: rule.kind, given: kindOf(value) };
      return value < rule.min || value > rule.max
        ? { code: "out-of-range", key, value, min: rule.min, max: rule.max }
        : null;
    case "date": {
      if (typeof value !== "string") return { code: "wrong-type", key, expected: rule.kind, given: kindOf(value) };
      if (rule.blank && value.trim() === "") return null;
      const read = parseDateText(value);
      return read.ok && !read.yearOnly ? null : { code: "bad-date", key, value };
    }
    case "text":
      return typeof value === "string" ? null : { code: "wrong-type", key, expected: rule.kind, given: kindOf(value) };
  }
}

/**
 * Settings given by a person (a --settings file): every key known, every value of its kind and within
 * its bounds, or every problem found, so that they can all be fixed at once and none is half-applied.
 * Settings that travel inside a workbook are read leniently instead (resolveSettings).
 */
export function checkSettings(given: unknown): CheckedSettings {
  if (typeof given !== "object" || given === null || Array.isArray(given))
    return { ok: false, problems: [{ code: "not-an-object", given: kindOf(given) }] };
  const problems: SettingsProblem[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(given)) {
    if (!isSettingKey(key)) {
      problems.push({ code: "unknown-key", key, suggestion: nearestName(key, KEYS) });
      continue;
    }
    const problem = valueProblem(key, value);
    if (problem !== null) problems.push(problem);
    else (settings as unknown as Record<SettingKey, unknown>)[key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
