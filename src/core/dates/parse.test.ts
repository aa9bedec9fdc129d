import { parseDateText } from "./parse";

describe("dates typed as text", () => {
  it.each(["05/03/1985", "5/3/1985", "05-03-1985", "05.03.1985", "  05/03/1985 ", "\u00a005/03/1985"])(
    "reads %j as 5 March 1985",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: true, ymd: { y: 1985, m: 3, d: 5 }, yearOnly: false });
    },
  );

  it("reads a year alone as 1 January", () => {
    expect(parseDateText(" 1985 ")).toEqual({ ok: true, ymd: { y: 1985, m: 1, d: 1 }, yearOnly: true });
  });

  it.each(["31/02/1986", "12/13/1990", "29/02/2023", "00/01/1990", "01/01/1850", "1850"])(
    "calls %j an invalid date",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it.each(["abc", "", "05/03/85", "05/03-1985", "1985-03-05", "Nguyễn Văn A", "05/1985"])(
    "calls %j not a date",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: "not-a-date" });
    },
  );
});
