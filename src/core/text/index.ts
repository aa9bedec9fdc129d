export { detectLegacy, isUnicodeInLegacyFont, toUnicode, type LegacyText } from "./detect-legacy";
export { hasVietnameseDiacritics } from "./diacritics";
export { legacyFontEncoding, type LegacyEncoding } from "./legacy-fonts";
export { isNameWithoutDiacritics } from "./name-without-diacritics";
export { toNfc } from "./nfc";
export { decodeTcvn3 } from "./tcvn3";
export { tidySpaces } from "./tidy-spaces";
export { decodeVni } from "./vni";
export { vnKey } from "./vn-key";
