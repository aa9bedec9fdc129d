/**
 * Rule thresholds. Each is a setting because the rules behind it change over time
 * (see the README's domain section); the defaults are the rules in force today.
 */
export interface Settings {
  /** Oldest age at which a civil servant may first be sent for postgraduate study, before `postgradAgeChangeDate`. */
  postgradMaxAge: number;
  /** The same limit from `postgradAgeChangeDate` on (Nghị định 171/2025). */
  postgradMaxAgeNew: number;
  /** dd/mm/yyyy on which `postgradMaxAgeNew` takes over. */
  postgradAgeChangeDate: string;
  /** Years of service required at the decision sending a civil servant for postgraduate study (Nghị định 101/2017, 89/2021). */
  postgradMinServiceYears: number;
  /** Working years a rotated cadre must have left at the rotation date (Quy định 65-QĐ/TW, art. 5). */
  rotationMinYears: number;
  /** Rows searched for the header. */
  headerSearchRows: number;
  /** The sheet to treat as the roster; empty means every sheet is examined. */
  rosterSheet: string;
  /** The date "today" for birth-in-the-future checks, dd/mm/yyyy; empty means the real today. */
  today: string;
  /** A planned cadre under this age at the planning term's start is young (Quy định 50-QĐ/TW: under 40 at provincial and district level). */
  planningYoungAge: number;
  /** Goals for a planning list's structure, in percent (Quy định 50-QĐ/TW): young cadres, women, ethnic minorities (0: no goal set). */
  planningYoungGoal: number;
  planningWomenGoal: number;
  planningMinorityGoal: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  postgradMaxAge: 40,
  postgradMaxAgeNew: 45,
  postgradAgeChangeDate: "01/07/2025",
  postgradMinServiceYears: 3,
  rotationMinYears: 10,
  headerSearchRows: 30,
  rosterSheet: "",
  today: "",
  planningYoungAge: 40,
  planningYoungGoal: 15,
  planningWomenGoal: 25,
  planningMinorityGoal: 0,
});

/** Fills in defaults and ignores unknown keys and values of the wrong type (settings travel in workbooks and files). */
export function resolveSettings(partial: unknown): Settings {
  const given = typeof partial === "object" && partial !== null ? (partial as Record<string, unknown>) : {};
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = given[key];
    if (typeof value === typeof DEFAULT_SETTINGS[key]) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
