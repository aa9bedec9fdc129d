export type Gender = "male" | "female";

/** Spellings seen in rosters and forms, compared without case, diacritics or extra spaces. */
const SPELLINGS: ReadonlyMap<string, Gender> = new Map([
  ["nam", "male"],
  ["nam gioi", "male"],
  ["m", "male"],
  ["male", "male"],
  ["nu", "female"],
  ["nu gioi", "female"],
  ["f", "female"],
  ["female", "female"],
]);

/** "Nam", "NỮ" (precomposed or decomposed), "Nu", "M", "F", "male", "nữ giới"… ; null when unrecognised. */
export function parseGender(value: string): Gender | null {
  const folded = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
  return SPELLINGS.get(folded) ?? null;
}
