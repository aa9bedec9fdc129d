import { addMonths, compareYmd, endOfMonth, formatYmd, isValidYmd } from "./ymd";

describe("calendar dates", () => {
  it("knows which days exist", () => {
    expect(isValidYmd({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isValidYmd({ y: 2023, m: 2, d: 29 })).toBe(false);
    expect(isValidYmd({ y: 2000, m: 2, d: 29 })).toBe(true);
    expect(isValidYmd({ y: 1900, m: 2, d: 29 })).toBe(false);
    expect(isValidYmd({ y: 1986, m: 4, d: 31 })).toBe(false);
    expect(isValidYmd({ y: 1990, m: 13, d: 12 })).toBe(false);
    expect(isValidYmd({ y: 1990, m: 1, d: 1.5 })).toBe(false);
  });

  it("orders dates", () => {
    expect(compareYmd({ y: 1985, m: 3, d: 5 }, { y: 1985, m: 3, d: 6 })).toBeLessThan(0);
    expect(compareYmd({ y: 1985, m: 12, d: 1 }, { y: 1985, m: 3, d: 31 })).toBeGreaterThan(0);
    expect(compareYmd({ y: 1985, m: 3, d: 5 }, { y: 1985, m: 3, d: 5 })).toBe(0);
  });

  it("adds calendar months, keeping the day inside the month", () => {
    expect(addMonths({ y: 1961, m: 1, d: 31 }, 60 * 12 + 3)).toEqual({ y: 2021, m: 4, d: 30 });
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths({ y: 2024, m: 11, d: 15 }, 2)).toEqual({ y: 2025, m: 1, d: 15 });
    expect(addMonths({ y: 2024, m: 1, d: 15 }, -1)).toEqual({ y: 2023, m: 12, d: 15 });
  });

  it("finds the end of a month", () => {
    expect(endOfMonth({ y: 2021, m: 4, d: 1 })).toEqual({ y: 2021, m: 4, d: 30 });
    expect(endOfMonth({ y: 2024, m: 2, d: 3 })).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it("writes dates as dd/mm/yyyy", () => {
    expect(formatYmd({ y: 1985, m: 3, d: 5 })).toBe("05/03/1985");
  });
});
