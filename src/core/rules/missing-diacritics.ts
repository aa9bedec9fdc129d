import { hasVietnameseDiacritics, isNameWithoutDiacritics } from "../text";
import { isVietnameseSyllable } from "../text/syllable";
import type { RosterRow } from "../roster/types";
import { defineRule } from "./define";

/**
 * Name words that are Vietnamese syllables without marks, yet in a name nearly always carry them: the
 * middle names Văn and Thị, and surnames and given names whose plain form no one uses ("Nong" for Nông).
 */
const USUALLY_MARKED = new Set(["van", "thi", "duc", "dinh", "nong", "hoang", "ngoc", "quoc", "tuan", "tien", "viet"]);

/** "Nguyen", "Truong", "Tuan", "Nong Van Hung": a name no one writes so without marks. */
function needsMarks(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .some((word) => !isVietnameseSyllable(word) || USUALLY_MARKED.has(word.toLowerCase()));
}

/**
 * A full name typed without diacritics ("Nguyen Van Hung"). Some names are right without any
 * ("Chu Thanh Hoa", "La Thu Lan"), so in a roster whose names mostly carry diacritics only a name with
 * a word that is not written so is reported; in a roster typed without diacritics, every plain name is.
 * A note, not a warning: the name may be right, and only the person can say.
 */
export const missingDiacritics = defineRule({
  id: "missing-diacritics",
  severity: "info",
  scope: "sheet",
  params: {},
  check(ctx, out) {
    const col = ctx.columnOf.fullName;
    if (col === undefined) return;
    const plain: { row: RosterRow; name: string }[] = [];
    let marked = 0;
    for (const row of ctx.rows) {
      const name = ctx.value(row, "fullName");
      if (row.empty || typeof name !== "string") continue;
      if (hasVietnameseDiacritics(name)) marked++;
      else if (isNameWithoutDiacritics(name)) plain.push({ row, name });
    }
    const typedPlain = plain.length > marked;
    for (const { row, name } of plain) {
      if (typedPlain || needsMarks(name))
        out.push({ rule: "missing-diacritics", row: row.row, col, field: "fullName", value: name, params: {} });
    }
  },
});
