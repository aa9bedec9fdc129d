import { daysToYmd, ymdToDays } from "./days";
import { isValidYmd, type YMD } from "./ymd";

/**
 * Excel's 1900 date system: serial 1 is 01/01/1900 and serial 60 is 29/02/1900, a day that never
 * existed (kept from Lotus 1-2-3), so real dates from 01/03/1900 on are one more than a plain day count.
 */
const SERIAL_OF_1970 = 25569;
const FAKE_LEAP_DAY = 60;

/** 31/12/9999, the last date Excel can show. */
export const MAX_SERIAL = 2958465;

/** The serial of a date, or NaN for a date that is not valid (other than Excel's 29/02/1900). */
export function ymdToSerial(ymd: YMD): number {
  if (ymd.y === 1900 && ymd.m === 2 && ymd.d === 29) return FAKE_LEAP_DAY;
  if (!isValidYmd(ymd)) return NaN;
  const serial = ymdToDays(ymd) + SERIAL_OF_1970;
  return serial > FAKE_LEAP_DAY ? serial : serial - 1;
}

/** The date of a serial; a time-of-day fraction is dropped. Serials below 1 give dates before 1900. */
export function serialToYmd(serial: number): YMD {
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return { y: 1900, m: 2, d: 29 };
  return daysToYmd(whole > FAKE_LEAP_DAY ? whole - SERIAL_OF_1970 : whole - SERIAL_OF_1970 + 1);
}
