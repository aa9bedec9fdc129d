import { formatValue, VALUE_CHARS } from "./cell-value";

describe("formatValue", () => {
  const show = (value: string | number | boolean | null, field: "birthDateMale" | "fullName" | null = null) =>
    formatValue({ value, field }, "(trống)");

  it("shows a date column's serial number as the date the user sees in Excel", () => {
    expect(show(29446, "birthDateMale")).toBe("13/08/1980");
    expect(show(29446, "fullName")).toBe("29446");
    expect(show(29446)).toBe("29446");
  });

  it("quotes texts so stray spaces show, and names an empty cell", () => {
    expect(show(" Nguyễn Văn  An ")).toBe("“ Nguyễn Văn  An ”");
    expect(show(null)).toBe("(trống)");
    expect(show("")).toBe("(trống)");
    expect(show(true)).toBe("TRUE");
  });

  it("keeps markup and formulas exactly as typed: they are shown as text, never interpreted", () => {
    expect(show("<img src=x onerror=alert(1)>")).toBe("“<img src=x onerror=alert(1)>”");
    expect(show('=HYPERLINK("http://x")')).toBe('“=HYPERLINK("http://x")”');
  });

  it("shows line breaks and tabs as symbols and cuts long texts", () => {
    expect(show("Nguyễn\nVăn\tAn")).toBe("“Nguyễn⏎Văn⇥An”");
    const long = show("ă".repeat(VALUE_CHARS + 50));
    expect(long).toBe(`“${"ă".repeat(VALUE_CHARS)}…”`);
  });
});
