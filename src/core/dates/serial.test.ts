import fc from "fast-check";
import { MAX_SERIAL, serialToYmd, ymdToSerial } from "./serial";
import { formatYmd } from "./ymd";

describe("Excel serial dates", () => {
  it.each([
    [1, "01/01/1900"],
    [59, "28/02/1900"],
    [60, "29/02/1900"],
    [61, "01/03/1900"],
    [25569, "01/01/1970"],
    [45658, "01/01/2025"],
    [MAX_SERIAL, "31/12/9999"],
  ])("serial %i is %s, both ways", (serial, text) => {
    const ymd = serialToYmd(serial);
    expect(formatYmd(ymd)).toBe(text);
    expect(ymdToSerial(ymd)).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(formatYmd(serialToYmd(45658.75))).toBe("01/01/2025");
  });

  it("gives NaN for a day that does not exist", () => {
    expect(ymdToSerial({ y: 1986, m: 2, d: 31 })).toBeNaN();
    expect(ymdToSerial({ y: 2023, m: 2, d: 29 })).toBeNaN();
  });

  it("round-trips every serial Excel can show", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => ymdToSerial(serialToYmd(serial)) === serial),
    );
  });

  it("gives consecutive serials to consecutive days", () => {
    expect(ymdToSerial({ y: 2024, m: 3, d: 1 }) - ymdToSerial({ y: 2024, m: 2, d: 28 })).toBe(2);
    expect(ymdToSerial({ y: 2023, m: 3, d: 1 }) - ymdToSerial({ y: 2023, m: 2, d: 28 })).toBe(1);
  });
});
