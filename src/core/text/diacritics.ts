/** ă đ ĩ ũ ơ ư and capitals, and the block U+1EA0–U+1EF9: letters no Western text uses. */
const VIETNAMESE_LETTERS =
  "\\u0102\\u0103\\u0110\\u0111\\u0128\\u0129\\u0168\\u0169\\u01A0\\u01A1\\u01AF\\u01B0\\u1EA0-\\u1EF9";

/**
 * What Vietnamese Unicode text holds and a legacy encoding seen through Windows-1252 never does:
 * the letters above, or combining marks (NFD, or Unikey's "Unicode tổ hợp").
 */
export const UNICODE_VIETNAMESE = new RegExp(`[\\u0300-\\u036F${VIETNAMESE_LETTERS}]`);

/** Vietnamese letters that are also in Latin-1: â ê ô and the toned vowels à á ã è é ì í ò ó õ ù ú ý. */
const LATIN1_VIETNAMESE =
  "\\u00C0-\\u00C3\\u00C8-\\u00CA\\u00CC\\u00CD\\u00D2-\\u00D5\\u00D9\\u00DA\\u00DD\\u00E0-\\u00E3\\u00E8-\\u00EA\\u00EC\\u00ED\\u00F2-\\u00F5\\u00F9\\u00FA\\u00FD";

const DIACRITIC = new RegExp(`[${VIETNAMESE_LETTERS}${LATIN1_VIETNAMESE}]|\\p{L}\\p{M}`, "u");

/** True when the text holds any letter with a Vietnamese diacritic, precomposed or combining. */
export function hasVietnameseDiacritics(text: string): boolean {
  return DIACRITIC.test(text);
}
