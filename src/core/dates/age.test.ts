import { ageAt, yearsBetween } from "./age";

describe("age in completed years", () => {
  const birth = { y: 1985, m: 3, d: 5 };

  it("goes up on the birthday, not before", () => {
    expect(ageAt(birth, { y: 2025, m: 3, d: 4 })).toBe(39);
    expect(ageAt(birth, { y: 2025, m: 3, d: 5 })).toBe(40);
    expect(ageAt(birth, { y: 2025, m: 12, d: 31 })).toBe(40);
  });

  it("counts someone born on 29/02 a year older from 01/03", () => {
    const leapling = { y: 2000, m: 2, d: 29 };
    expect(ageAt(leapling, { y: 2023, m: 2, d: 28 })).toBe(22);
    expect(ageAt(leapling, { y: 2023, m: 3, d: 1 })).toBe(23);
    expect(ageAt(leapling, { y: 2024, m: 2, d: 29 })).toBe(24);
  });

  it("is negative for a birth after the date", () => {
    expect(ageAt(birth, { y: 1980, m: 1, d: 1 })).toBeLessThan(0);
  });
});

describe("years between two dates", () => {
  it("is whole when the dates are whole years apart, even at a month's end", () => {
    expect(yearsBetween({ y: 2025, m: 5, d: 31 }, { y: 2035, m: 5, d: 31 })).toBe(10);
    expect(yearsBetween({ y: 2011, m: 4, d: 30 }, { y: 2021, m: 4, d: 30 })).toBe(10);
  });

  it("counts a part month by the days of that month", () => {
    expect(yearsBetween({ y: 2025, m: 1, d: 1 }, { y: 2025, m: 7, d: 1 })).toBe(0.5);
    expect(yearsBetween({ y: 2025, m: 6, d: 1 }, { y: 2035, m: 5, d: 31 })).toBeCloseTo((119 + 30 / 31) / 12, 10);
  });
});
