/**
 * Matching keys for closed lists. Spellings of one value differ in case, spacing, hyphens and
 * apostrophes ("Ê-đê", "Ê Đê", "Êđê"; "H'Mông", "Hmông"), so those never count; diacritics do count
 * for acceptance ("Tay" is not "Tày") but not for finding the value meant.
 */

/** Case, Unicode form, spacing, hyphens and apostrophes folded; diacritics kept. */
export function strictKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[\s\-‐‑–—_.,;:/]+/g, "");
}

/** Also without diacritics (đ → d): the key under which a misspelling finds its intended value. */
export function looseKey(text: string): string {
  return foldDiacritics(strictKey(text));
}

/** Words without diacritics, lower case, y read as i (sỹ/sĩ), anything else a single space. */
export function wordKey(text: string): string {
  const words = foldDiacritics(text.normalize("NFC").toLowerCase())
    .replace(/y/g, "i")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return words === "" ? "" : ` ${words} `;
}

export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}
