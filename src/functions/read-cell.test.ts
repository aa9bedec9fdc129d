import { CellError } from "./cell-error";
import { readAsOf, readCount, readDate, readGender, readLanguage, readText } from "./read-cell";

const kind = (value: unknown) => (value instanceof CellError ? value.kind : value);

describe("reading counts", () => {
  it("reads blanks as 0, whichever way Excel sends them", () => {
    expect(readCount(null)).toBe(0);
    expect(readCount(0)).toBe(0);
    expect(readCount("")).toBe(0);
    expect(readCount("  ")).toBe(0);
  });

  it("reads numbers and whole-number text", () => {
    expect(readCount(30)).toBe(30);
    expect(readCount(" 30 ")).toBe(30);
  });

  it("refuses other text and booleans with a Vietnamese message", () => {
    const error = readCount("ba mươi");
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).kind).toBe("value");
    expect((error as CellError).message).toContain("Không phải số");
    expect(kind(readCount("1.000"))).toBe("value");
    expect(kind(readCount(true))).toBe("value");
  });
});

describe("reading dates", () => {
  it("reads Excel serials", () => {
    expect(readDate(31111)).toEqual({ y: 1985, m: 3, d: 5 });
    expect(readDate(31111.5)).toEqual({ y: 1985, m: 3, d: 5 });
  });

  it("reads whole numbers 1900–2100 as years", () => {
    expect(readDate(1985)).toEqual({ y: 1985, m: 1, d: 1 });
    expect(readDate(2100)).toEqual({ y: 2100, m: 1, d: 1 });
    expect(readDate(2201)).toEqual({ y: 1906, m: 1, d: 9 });
  });

  it("reads text dates and years", () => {
    expect(readDate("05/03/1985")).toEqual({ y: 1985, m: 3, d: 5 });
    expect(readDate("1985")).toEqual({ y: 1985, m: 1, d: 1 });
  });

  it("reads blank, including the desktop's 0, as no date", () => {
    expect(readDate(null)).toBeNull();
    expect(readDate(0)).toBeNull();
    expect(readDate("")).toBeNull();
  });

  it("says why a date cannot be read", () => {
    expect((readDate("31/02/1986") as CellError).message).toContain("Ngày không có thật");
    expect((readDate("abc") as CellError).message).toContain("Không phải ngày");
    expect(kind(readDate(true))).toBe("value");
    expect(kind(readDate(-5))).toBe("num");
    expect(kind(readDate(3e6))).toBe("num");
  });

  it("requires the as-of date", () => {
    expect((readAsOf(null) as CellError).message).toContain("Thiếu ngày tính");
    expect(readAsOf("01/01/2025")).toEqual({ y: 2025, m: 1, d: 1 });
  });
});

describe("reading gender, language and text", () => {
  it("reads gender or says what is wrong", () => {
    expect(readGender("Nữ")).toBe("female");
    expect((readGender(null) as CellError).message).toContain("Thiếu giới tính");
    expect((readGender("x") as CellError).message).toContain("Không rõ giới tính");
    expect(kind(readGender(1))).toBe("value");
  });

  it("defaults to Vietnamese and accepts English", () => {
    expect(readLanguage(null)).toBe("vi");
    expect(readLanguage(undefined)).toBe("vi");
    expect(readLanguage("vi")).toBe("vi");
    expect(readLanguage("en")).toBe("en");
    expect(readLanguage("EN-us")).toBe("en");
    expect(readLanguage("English")).toBe("en");
    expect(readLanguage("Tiếng Anh")).toBe("en");
    expect(kind(readLanguage("fr"))).toBe("value");
  });

  it("shows cells as text the way Excel would", () => {
    expect(readText(null)).toBe("");
    expect(readText(12)).toBe("12");
    expect(readText(true)).toBe("TRUE");
    expect(readText("Nguyễn")).toBe("Nguyễn");
  });
});
