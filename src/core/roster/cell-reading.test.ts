import { cellText, isDateFormat, readDate } from "./cell-reading";
import type { RosterCell } from "./types";

const cell = (value: RosterCell["value"], numberFormat: string | null = null): RosterCell => ({
  row: 1,
  col: 1,
  value,
  numberFormat,
  font: null,
});

describe("cellText", () => {
  it("shows every kind of value as text", () => {
    expect(cellText("Nguyễn Văn An")).toBe("Nguyễn Văn An");
    expect(cellText(1985)).toBe("1985");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(null)).toBe("");
  });
});

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "m/d/yy", "[$-42A]dd/mm/yyyy", "d-mmm-yy", "mm/yyyy", "yyyy", '"Ngày" dd', "dd/mm/yyyy;@"])(
    "takes %s for a date format",
    (format) => expect(isDateFormat(format)).toBe(true),
  );
  it.each(["General", "0.00", "#,##0", "@", "h:mm", "[h]:mm:ss", '"day"0', "[Red]0.00", null, ""])(
    "does not take %s for a date format",
    (format) => expect(isDateFormat(format)).toBe(false),
  );
});

describe("readDate", () => {
  it("reads a serial in a date format", () => {
    expect(readDate(cell(31111, "dd/mm/yyyy"))).toEqual({
      kind: "date",
      ymd: { y: 1985, m: 3, d: 5 },
      serial: 31111,
      fromText: false,
      yearOnly: false,
    });
  });

  it("reads a whole number from 1900 to 2100 without a date format as a birth year", () => {
    expect(readDate(cell(1985, "General"))).toEqual({
      kind: "date",
      ymd: { y: 1985, m: 1, d: 1 },
      serial: 31048,
      fromText: false,
      yearOnly: true,
    });
    expect(readDate(cell(1985))).toMatchObject({ yearOnly: true });
  });

  it("reads a year-like number in a date format as the serial Excel shows", () => {
    expect(readDate(cell(1985, "dd/mm/yyyy"))).toMatchObject({ ymd: { y: 1905, m: 6, d: 7 }, yearOnly: false });
  });

  it("reads another number without a date format as a serial, time of day dropped", () => {
    expect(readDate(cell(31111.75))).toMatchObject({ kind: "date", ymd: { y: 1985, m: 3, d: 5 }, serial: 31111 });
  });

  it("calls numbers outside Excel's dates, and Excel's 29/02/1900, invalid", () => {
    expect(readDate(cell(-3))).toEqual({ kind: "invalid", text: "-3" });
    expect(readDate(cell(0, "dd/mm/yyyy"))).toEqual({ kind: "invalid", text: "0" });
    expect(readDate(cell(3e6))).toEqual({ kind: "invalid", text: "3000000" });
    expect(readDate(cell(60, "dd/mm/yyyy"))).toEqual({ kind: "invalid", text: "60" });
  });

  it("reads dates typed as text", () => {
    expect(readDate(cell("05/03/1985"))).toEqual({
      kind: "date",
      ymd: { y: 1985, m: 3, d: 5 },
      serial: 31111,
      fromText: true,
      yearOnly: false,
    });
    expect(readDate(cell(" 1990 "))).toMatchObject({
      kind: "date",
      ymd: { y: 1990, m: 1, d: 1 },
      fromText: true,
      yearOnly: true,
    });
  });

  it("tells an impossible date from text that is no date at all", () => {
    expect(readDate(cell("31/02/1986"))).toEqual({ kind: "invalid", text: "31/02/1986" });
    expect(readDate(cell("15/13/1990"))).toEqual({ kind: "invalid", text: "15/13/1990" });
    expect(readDate(cell("chưa rõ"))).toEqual({ kind: "not-a-date", text: "chưa rõ" });
    expect(readDate(cell(true))).toEqual({ kind: "not-a-date", text: "TRUE" });
    expect(readDate(cell({ error: "#N/A" }))).toEqual({ kind: "not-a-date", text: "#N/A" });
  });

  it("reads blank and missing cells as empty", () => {
    expect(readDate(undefined)).toEqual({ kind: "empty" });
    expect(readDate(cell(null))).toEqual({ kind: "empty" });
    expect(readDate(cell("   "))).toEqual({ kind: "empty" });
  });
});
