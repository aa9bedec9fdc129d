import { closedList } from "./closed-list";
import { wordKey } from "./keys";
import { memoize } from "./memo";

/**
 * The programmes rosters name (domain facts: "Training programmes"), as the product spells them when it
 * proposes a fix.
 */
export const PROGRAMMES = closedList([
  { name: "Thạc sĩ", aliases: ["Thạc sỹ", "ThS"] },
  { name: "Tiến sĩ", aliases: ["Tiến sỹ", "TS"] },
  { name: "Chuyên khoa cấp I", aliases: ["CKI", "CK I", "CK1"] },
  { name: "Chuyên khoa cấp II", aliases: ["CKII", "CK II", "CK2"] },
  { name: "Cao cấp lý luận chính trị", aliases: ["Cao cấp LLCT"] },
  { name: "Trung cấp lý luận chính trị – hành chính", aliases: ["Trung cấp LLCT", "Trung cấp LLCT-HC"] },
  { name: "Cử nhân chính trị", aliases: [] },
  { name: "Bồi dưỡng QLNN ngạch chuyên viên cao cấp", aliases: [] },
  { name: "Bồi dưỡng QLNN ngạch chuyên viên chính", aliases: [] },
  { name: "Bồi dưỡng QLNN ngạch chuyên viên", aliases: [] },
  { name: "Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương", aliases: [] },
  { name: "Bồi dưỡng kỹ năng lãnh đạo quản lý", aliases: [] },
  { name: "Bồi dưỡng cán bộ dự nguồn", aliases: [] },
  { name: "Quốc phòng – an ninh", aliases: [] },
  { name: "Tin học", aliases: [] },
  { name: "Ngoại ngữ", aliases: [] },
]);

/** Words that make a programme cell recognisable; programme columns hold free text ("Thạc sĩ Quản lý giáo dục"). */
const PROGRAMME_WORDS = [
  "thạc sĩ",
  "ths",
  "tiến sĩ",
  "ts",
  "tskh",
  "chuyên khoa",
  "ck",
  "cki",
  "ckii",
  "ck1",
  "ck2",
  "nội trú",
  "cao học",
  "nghiên cứu sinh",
  "ncs",
  "sau đại học",
  "đại học",
  "cao đẳng",
  "trung cấp",
  "sơ cấp",
  "cao cấp",
  "cử nhân",
  "kỹ sư",
  "bác sĩ",
  "dược sĩ",
  "văn bằng",
  "liên thông",
  "lý luận",
  "llct",
  "chính trị",
  "hành chính",
  "bồi dưỡng",
  "tập huấn",
  "qlnn",
  "quản lý nhà nước",
  "chuyên viên",
  "lãnh đạo",
  "kỹ năng",
  "dự nguồn",
  "quốc phòng",
  "an ninh",
  "tin học",
  "ngoại ngữ",
  "tiếng",
  "đào tạo",
  "lớp",
  "khóa",
  "master",
  "doctor",
  "phd",
  "mba",
  "bachelor",
  "engineer",
  "degree",
  "course",
  "training",
  "postgraduate",
  "university",
  "college",
  "political",
  "management",
  "it",
  "english",
].map(wordKey);

/** Postgraduate study in the sense of Nghị định 101/2017: thạc sĩ, tiến sĩ, chuyên khoa cấp I/II. */
const POSTGRADUATE_WORDS = [
  "thạc sĩ",
  "ths",
  "tiến sĩ",
  "ts",
  "tskh",
  "chuyên khoa",
  "ck",
  "cki",
  "ckii",
  "ck1",
  "ck2",
  "nội trú",
  "cao học",
  "nghiên cứu sinh",
  "ncs",
  "sau đại học",
  "master",
  "doctor",
  "phd",
  "postgraduate",
].map(wordKey);

function mentions(text: string, words: readonly string[]): boolean {
  const key = wordKey(text);
  return words.some((word) => key.includes(word));
}

/** Does the cell name some kind of training (permissive: a false alarm costs more than a miss)? */
export const isKnownProgramme = memoize((text) => mentions(text, PROGRAMME_WORDS));

export const isPostgraduate = memoize((text) => mentions(text, POSTGRADUATE_WORDS));
