import {
  DEFAULT_RETIREMENT_RULES,
  retirementAgeMonths,
  retirementDate,
  type RetirementRules,
  yearsToRetirement,
} from "./retirement";
import { formatYmd, type YMD } from "./ymd";

const born = (m: number, y: number): YMD => ({ y, m, d: 1 });
const retires = (birth: YMD, gender: "male" | "female", rules?: RetirementRules) =>
  formatYmd(retirementDate(birth, gender, rules));

describe("retirement age by year (Nghị định 135/2020)", () => {
  it.each([
    [2020, 60 * 12],
    [2021, 60 * 12 + 3],
    [2024, 61 * 12],
    [2027, 61 * 12 + 9],
    [2028, 62 * 12],
    [2040, 62 * 12],
  ])("men in %i: %i months", (year, months) => {
    expect(retirementAgeMonths(DEFAULT_RETIREMENT_RULES.male, year)).toBe(months);
  });

  it.each([
    [2020, 55 * 12],
    [2021, 55 * 12 + 4],
    [2023, 56 * 12],
    [2034, 59 * 12 + 8],
    [2035, 60 * 12],
  ])("women in %i: %i months", (year, months) => {
    expect(retirementAgeMonths(DEFAULT_RETIREMENT_RULES.female, year)).toBe(months);
  });
});

describe("retirement date: the last day of the month the age is reached", () => {
  it.each([
    ["a man born 05/1960 reached 60 in 2020, before the rise", "31/05/2020", born(5, 1960), "male"],
    ["a man born 12/1960 reached 60 in 12/2020", "31/12/2020", born(12, 1960), "male"],
    ["a man born 09/1961 reaches 2021's 60y3m in 12/2021", "31/12/2021", born(9, 1961), "male"],
    ["a man born 04/1966 reaches 62 in 2028", "30/04/2028", born(4, 1966), "male"],
    ["a man born 1970 retires at 62", "31/01/2032", born(1, 1970), "male"],
    ["a woman born 05/1965 reached 55 in 2020", "31/05/2020", born(5, 1965), "female"],
    ["a woman born 1980 retires at 60", "31/01/2040", born(1, 1980), "female"],
  ] as const)("%s → %s", (_case, expected, birth, gender) => {
    expect(retires(birth, gender)).toBe(expected);
  });

  it("does not depend on the day of birth within the month", () => {
    expect(retires({ y: 1961, m: 1, d: 31 }, "male")).toBe("30/04/2021");
    expect(retires({ y: 1961, m: 1, d: 1 }, "male")).toBe("30/04/2021");
  });

  it("follows changed thresholds", () => {
    const rules: RetirementRules = {
      ...DEFAULT_RETIREMENT_RULES,
      male: { ...DEFAULT_RETIREMENT_RULES.male, finalAgeMonths: 61 * 12 },
    };
    expect(retires(born(1, 1970), "male", rules)).toBe("31/01/2031");
  });
});

describe("working years left", () => {
  const man = born(1, 1961); // retires 30/04/2021

  it("is exactly 10 when the retirement date is ten calendar years ahead the retirement date", () => {
    expect(yearsToRetirement(man, "male", { y: 2011, m: 4, d: 30 })).toBe(10);
  });

  it("is just under 10 a day later", () => {
    const left = yearsToRetirement(man, "male", { y: 2011, m: 5, d: 1 });
    expect(left).toBeLessThan(10);
    expect(left).toBeGreaterThan(9.99);
  });

  it("is 0 on and after the retirement date", () => {
    expect(yearsToRetirement(man, "male", { y: 2021, m: 4, d: 30 })).toBe(0);
    expect(yearsToRetirement(man, "male", { y: 2025, m: 1, d: 1 })).toBe(0);
  });
});
