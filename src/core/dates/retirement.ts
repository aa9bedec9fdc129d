import { type Gender } from "../people";
import { yearsBetween } from "./age";
import { addMonths, compareYmd, endOfMonth, type YMD } from "./ymd";

/** How the retirement age of one gender rises over the years; ages in months. */
export interface RetirementRule {
  /** Age at which people retired before the rise began. */
  oldAgeMonths: number;
  /** First year of the rise. */
  startYear: number;
  /** Age that applies in `startYear`. */
  startAgeMonths: number;
  /** Added for each later year. */
  stepMonths: number;
  /** Where the rise stops. */
  finalAgeMonths: number;
}

export type RetirementRules = Readonly<Record<Gender, RetirementRule>>;

/**
 * Labour Code 2019, art. 169, and Nghị định 135/2020/NĐ-CP, art. 4: men 60 years 3 months in 2021,
 * +3 months a year up to 62 (reached in 2028); women 55 years 4 months in 2021, +4 months a year up to
 * 60 (reached in 2035). Before 2021: 60 and 55.
 */
export const DEFAULT_RETIREMENT_RULES: RetirementRules = Object.freeze({
  male: Object.freeze({
    oldAgeMonths: 60 * 12,
    startYear: 2021,
    startAgeMonths: 60 * 12 + 3,
    stepMonths: 3,
    finalAgeMonths: 62 * 12,
  }),
  female: Object.freeze({
    oldAgeMonths: 55 * 12,
    startYear: 2021,
    startAgeMonths: 55 * 12 + 4,
    stepMonths: 4,
    finalAgeMonths: 60 * 12,
  }),
});

/** The retirement age, in months, for people who reach it in `year`. */
export function retirementAgeMonths(rule: RetirementRule, year: number): number {
  if (year < rule.startYear) return rule.oldAgeMonths;
  return Math.min(rule.finalAgeMonths, rule.startAgeMonths + rule.stepMonths * (year - rule.startYear));
}

/**
 * The last day of work: the last day of the month in which the person reaches the retirement age
 * (Nghị định 135/2020, art. 7: retirement is at the end of the last day of that month; the pension
 * starts on the 1st of the next month, the month Appendix I and II of the decree list).
 *
 * The age that applies is the one for the year in which the person reaches it, so the answer is the
 * first year Y whose age is reached within Y. Going year by year from the year of the old age:
 * a man born 10/1961 would reach 2021's 60y3m in 01/2022, too late for 2021; 2022's 60y6m he reaches
 * in 04/2022, within 2022, so he retires on 30/04/2022. People who reached the old age before the rise
 * began stop at the first year tried.
 */
export function retirementDate(birth: YMD, gender: Gender, rules: RetirementRules = DEFAULT_RETIREMENT_RULES): YMD {
  const rule = rules[gender];
  for (let year = addMonths(birth, rule.oldAgeMonths).y; ; year += 1) {
    const reached = addMonths(birth, retirementAgeMonths(rule, year));
    if (reached.y <= year) return endOfMonth(reached);
  }
}

/**
 * Working time left at asOf, in years, up to the retirement date (month-based: exactly 10 when the
 * retirement date is ten calendar years after asOf). 0 for someone already retired: no time is left,
 * and a negative "time left" reads as a data error in a roster.
 */
export function yearsToRetirement(
  birth: YMD,
  gender: Gender,
  asOf: YMD,
  rules: RetirementRules = DEFAULT_RETIREMENT_RULES,
): number {
  const retires = retirementDate(birth, gender, rules);
  return compareYmd(asOf, retires) >= 0 ? 0 : yearsBetween(asOf, retires);
}
