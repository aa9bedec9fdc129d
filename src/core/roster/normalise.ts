/**
 * Folding of header text for matching: NFC or NFD, any case, with or without diacritics
 * (đ handled on its own, since NFD does not split it), line breaks and doubled spaces.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;
/** Trailing "(*)" marks, colons and stray punctuation that headers carry ("Họ và tên (*):"). */
const TRAILING_NOISE = /(?:\s*\(\*\)|\s*[.:;,*])+$/;
/** Commas and slashes inside a header are spelling variants ("Ngày, tháng, năm sinh" = "Ngày tháng năm sinh"). */
const INNER_SEPARATORS = /\s*[,;/]\s*/g;

/** Lower case, no diacritics, single spaces, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** The key a header cell is looked up by in the field dictionary. */
export function headerKey(text: string): string {
  return foldText(text).replace(TRAILING_NOISE, "").replace(INNER_SEPARATORS, " ").trim();
}

/** The header as shown to users: trimmed, line breaks and runs of spaces as one space. */
export function displayHeader(text: string): string {
  return text.normalize("NFC").replace(SPACES, " ").trim();
}
