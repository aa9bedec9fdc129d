/**
 * Vietnamese surnames as typed without diacritics, lower case: the common Kinh surnames, then those
 * of the Tày, Nùng, Mông, Dao, Sán Chay and Lô Lô families of Cao Bằng not already listed. Several
 * surnames share one bare spelling (Vũ and Vừ are both "vu"), so each spelling appears once.
 */
export const UNMARKED_SURNAMES: ReadonlySet<string> = new Set([
  // Kinh
  "au", "bach", "bui", "cao", "chau", "chu", "chung", "cu", "dam", "dang", "dao", "dau", "diep",
  "dinh", "do", "doan", "dong", "du", "duong", "giang", "giap", "ha", "han", "hau", "ho", "hoang",
  "hong", "hua", "huynh", "khong", "khuc", "khuong", "kieu", "kim", "la", "lac", "lai", "lam", "le",
  "lieu", "linh", "luong", "luu", "ly", "ma", "mac", "mai", "man", "nghiem", "ngo", "nguyen",
  "nhu", "ninh", "ong", "pham", "phan", "phi", "phung", "phuong", "quach", "quan", "quang", "ta",
  "tang", "thach", "thai", "tham", "thieu", "tieu", "to", "ton", "tong", "tran", "trieu", "trinh",
  "truong", "tu", "tuong", "ung", "van", "vi", "vo", "vu", "vuong", "vy",
  // Tày, Nùng
  "be", "hac", "lang", "lieng", "lo", "loc", "lu", "luc", "ngan", "ngon", "nong", "sam",
  // Mông
  "chang", "hang", "lau", "mua", "sung", "thao", "trang", "vang",
  // Dao, Sán Chay, Lô Lô
  "ban", "chao", "chi", "phun", "san", "tan",
]);
