import { formatDate, formatDateTime, formatNumber, formatPercent } from "./format";
import { languageOf } from "./language";

describe("numbers and dates as each language writes them", () => {
  it("groups thousands with a dot and marks decimals with a comma in Vietnamese", () => {
    expect(formatNumber(10000, "vi")).toBe("10.000");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(9.75, "vi", 1)).toBe("9,8");
  });

  it("does the opposite in English", () => {
    expect(formatNumber(10000, "en")).toBe("10,000");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
  });

  it("keeps the sign of negatives and drops it when rounding leaves zero", () => {
    expect(formatNumber(-1500, "vi")).toBe("-1.500");
    expect(formatNumber(-0.001, "en")).toBe("0");
  });

  it("writes shares of plan as whole percentages", () => {
    expect(formatPercent(3, "vi")).toBe("300%");
    expect(formatPercent(0.695, "en")).toBe("70%");
    expect(formatPercent(12.5, "vi")).toBe("1.250%");
  });

  it("writes dates dd/mm/yyyy in both languages", () => {
    expect(formatDate({ y: 2019, m: 5, d: 9 })).toBe("09/05/2019");
    expect(formatDateTime(new Date(2026, 11, 3, 8, 5), "vi")).toBe("08:05 03/12/2026");
    expect(formatDateTime(new Date(2026, 11, 3, 8, 5), "en")).toBe("08:05 on 03/12/2026");
  });
});

describe("the language of a user", () => {
  it("is Vietnamese for vi-VN and when Office names none, English for any other", () => {
    expect(languageOf("vi-VN")).toBe("vi");
    expect(languageOf(undefined)).toBe("vi");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
  });
});
