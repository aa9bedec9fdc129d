/**
 * Abbreviations rosters use for programmes and fields, and the words they stand for. Both sides of a
 * match are expanded, so "CKI", "CK1" and "Chuyên khoa cấp I" are one programme, and "Cao cấp LLCT" is
 * "Cao cấp lý luận chính trị". Longer forms come first so that "ck i" is read before "ck" could be.
 */
export const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ["chuyên khoa cấp 1", "chuyên khoa cấp i"],
  ["chuyên khoa cấp 2", "chuyên khoa cấp ii"],
  ["chuyên khoa ii", "chuyên khoa cấp ii"],
  ["chuyên khoa i", "chuyên khoa cấp i"],
  ["chuyên khoa 2", "chuyên khoa cấp ii"],
  ["chuyên khoa 1", "chuyên khoa cấp i"],
  ["ck ii", "chuyên khoa cấp ii"],
  ["ck i", "chuyên khoa cấp i"],
  ["ck 2", "chuyên khoa cấp ii"],
  ["ck 1", "chuyên khoa cấp i"],
  ["ckii", "chuyên khoa cấp ii"],
  ["cki", "chuyên khoa cấp i"],
  ["ck2", "chuyên khoa cấp ii"],
  ["ck1", "chuyên khoa cấp i"],
  ["ths", "thạc sĩ"],
  ["cao học", "thạc sĩ"],
  ["tskh", "tiến sĩ khoa học"],
  ["ts", "tiến sĩ"],
  ["nghiên cứu sinh", "tiến sĩ"],
  ["ncs", "tiến sĩ"],
  ["ccllct", "cao cấp lý luận chính trị"],
  ["tcllct", "trung cấp lý luận chính trị"],
  ["llct", "lý luận chính trị"],
  ["qlnn", "quản lý nhà nước"],
  ["cvcc", "chuyên viên cao cấp"],
  ["cvc", "chuyên viên chính"],
  ["lđql", "lãnh đạo quản lý"],
  ["bd", "bồi dưỡng"],
  ["gd", "giáo dục"],
  ["đt", "đào tạo"],
];
