import type { SheetInput } from "../grid/types";
import { parsePeriodText, type YMD } from "../dates";

/** The programme's term: from its first day to its last. */
export interface Term {
  start: YMD;
  end: YMD;
}

/** "GIAI ĐOẠN 2016 – 2020", "nhiệm kỳ 2020-2025", "period 2021 - 2025": the words that introduce a term in a title. */
const TERM_WORDS = /(?:giai\s+đoạn|nhiệm\s+kỳ|term|period)\s*:?\s*([\d\s/.\-–—đếnto]+)/iu;

/** The term a title names ("CHỈ TIÊU … GIAI ĐOẠN 2016 – 2020"), or null. */
export function termOfText(text: string): Term | null {
  const found = TERM_WORDS.exec(text.normalize("NFC"));
  const period = found ? parsePeriodText(found[1].trim()) : null;
  return period?.ok ? { start: period.start.ymd, end: period.end.ymd } : null;
}

/** The term named in the rows above a table's header (its title band), or null. */
export function termAbove(sheet: SheetInput, headerRow: number): Term | null {
  for (let r = 0; r < headerRow; r++) {
    for (const value of sheet.values[r] ?? []) {
      const term = typeof value === "string" ? termOfText(value) : null;
      if (term) return term;
    }
  }
  return null;
}
