/**
 * Words that open footer lines: the plain spelling (matched in any case, with or without diacritics,
 * NFC or NFD) and how old TCVN3 and VNI workbooks show it, since their footers are in the same
 * encoding as their data.
 */
export interface FooterWord {
  plain: string;
  legacy: readonly string[];
}

const word = (plain: string, ...legacy: string[]): FooterWord => ({ plain, legacy });

/** Totals and subtotals: rows inside a roster that count the people above them. */
export const TOTAL_WORDS: readonly FooterWord[] = [
  word("tong cong", "tæng céng", "toång coäng"),
  word("tong so", "tæng sè", "toång soá"),
];

/** Signature blocks: the data ends above a row holding one at the start of a cell. */
export const STRONG_WORDS: readonly FooterWord[] = [
  word("nguoi lap", "ng\u00adêi lËp", "ngöôøi laäp"),
  word("xac nhan", "x¸c nhËn", "xaùc nhaän"),
  word("noi nhan", "n¬i nhËn", "nôi nhaän"),
  word("t/m"),
  word("tm."),
  word("kt."),
];

/** "Cộng": a total only alone, before a number ("Cộng: 25") or before a few words ("Cộng khối I"), never in "Công an …". */
export const TOTAL_WORD: FooterWord = word("cong", "céng", "coäng");

/** Signature titles that are also common positions ("Giám đốc Sở Nội vụ"). */
export const WEAK_WORDS: readonly FooterWord[] = [
  word("thu truong", "thñ tr\u00adëng", "thuû tröôûng"),
  word("giam doc", "gi¸m ®èc", "giaùm ñoác"),
];

/** The words of a place-and-date line: "Cao Bằng, ngày 20 tháng 5 năm 2019". */
export const DATE_WORDS = {
  day: word("ngay", "ngµy", "ngaøy"),
  month: word("thang", "th¸ng", "thaùng"),
  year: word("nam", "n¨m", "naêm"),
};
