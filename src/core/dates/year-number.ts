/**
 * Rosters often hold a birth year alone, typed as a plain number. Whole numbers in this span are
 * read as years (1 January, as Nghị định 135/2020 counts them), not as Excel serials: serial 1985
 * is a day in 1905, which no roster means.
 */
export const YEAR_NUMBERS = Object.freeze({ first: 1900, last: 2100 });

export function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_NUMBERS.first && value <= YEAR_NUMBERS.last;
}
