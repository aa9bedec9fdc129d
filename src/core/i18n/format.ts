import type { YMD } from "../dates/ymd";
import type { Language } from "./language";

/** Digit grouping and decimal mark of each language: 10.000,5 in Vietnamese, 10,000.5 in English. */
const MARKS: { readonly [L in Language]: { group: string; decimal: string } } = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** When something ran, time first: "08:05 03/12/2026", "08:05 on 03/12/2026". */
const AT: { readonly [L in Language]: (time: string, day: string) => string } = {
  vi: (time, day) => `${time} ${day}`,
  en: (time, day) => `${time} on ${day}`,
};

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A number as the language writes it, with at most `decimals` decimals (trailing zeros dropped).
 * Written by hand rather than with Intl so that every host (Excel's webviews, Node) prints the same.
 */
export function formatNumber(n: number, lang: Language, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const { group, decimal } = MARKS[lang];
  const [whole, fraction = ""] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals_ = fraction.replace(/0+$/, "");
  const sign = n < 0 && (Number(whole) > 0 || decimals_ !== "") ? "-" : "";
  return sign + grouped + (decimals_ === "" ? "" : decimal + decimals_);
}

/** A share as a whole percentage: 3 → "300%". */
export function formatPercent(share: number, lang: Language): string {
  return `${formatNumber(Math.round(share * 100), lang, 0)}%`;
}

/** dd/mm/yyyy in both languages: the way dates are written in the documents the product reads. */
export function formatDate(ymd: YMD): string {
  return `${two(ymd.d)}/${two(ymd.m)}/${String(ymd.y).padStart(4, "0")}`;
}

/** hh:mm dd/mm/yyyy (Vietnamese) or hh:mm on dd/mm/yyyy (English), local time: when something ran. */
export function formatDateTime(date: Date, lang: Language): string {
  const day = formatDate({ y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() });
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return AT[lang](time, day);
}
