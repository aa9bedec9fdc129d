import { isCellError } from "../grid/types";
import { cellText } from "../roster";
import { detectLegacy } from "../text";
import { ETHNICITIES, GENDERS, isKnownProgramme, PROGRAMMES } from "../vocab";
import { genderFromText } from "./person";
import { defineRule } from "./define";

type ListField = "gender" | "ethnicity" | "programme";

const LIST_FIELDS: readonly ListField[] = ["gender", "ethnicity", "programme"];

/** Accepted, or not with the value probably meant (null when none is close). */
type Verdict = { ok: true } | { ok: false; fix: string | null };

const OK: Verdict = { ok: true };

/** The gender column's two values as the closed list writes them. */
const GENDER_SPELLING = { male: "Nam", female: "Nữ" } as const;

/**
 * A gender is "Nam" or "Nữ" as written: "Nu", "nu", "NỮ", "F" are understood, yet a filter or a COUNTIF on
 * "Nữ" misses them, so they are reported with the spelling to use.
 */
function judgeGender(text: string): Verdict {
  const gender = genderFromText(text);
  if (gender === null) return { ok: false, fix: GENDERS.nearest(text) };
  const spelt = GENDER_SPELLING[gender];
  return text.normalize("NFC") === spelt ? OK : { ok: false, fix: spelt };
}

function judge(field: ListField, text: string): Verdict {
  if (field === "gender") return judgeGender(text);
  if (field === "programme") return isKnownProgramme(text) ? OK : { ok: false, fix: PROGRAMMES.nearest(text) };
  const match = ETHNICITIES.match(text);
  return match.kind === "known" ? OK : { ok: false, fix: match.kind === "near" ? match.name : null };
}

/**
 * Gender, ethnicity and programme outside their closed lists. Legacy-encoded text is judged by what it
 * stands for ("Tµy" is Tày): its encoding is legacy-encoding's business, not a wrong value.
 */
export const unknownValue = defineRule({
  id: "unknown-value",
  severity: "warning",
  scope: "row",
  params: { list: ["gender", "ethnicity", "programme"], text: "text", suggestion: "text?" },
  check(row, _index, ctx, out) {
    for (const field of LIST_FIELDS) {
      const value = ctx.value(row, field);
      const col = ctx.columnOf[field];
      if (col === undefined || isCellError(value)) continue;
      const text = cellText(value).trim();
      // Outer spaces are the whitespace rule's; "NỮ " is still a misspelt gender.
      if (text === "") continue;
      let verdict = judge(field, text);
      if (verdict.ok) continue;
      const legacy = detectLegacy(text, ctx.sheet.fonts?.[row.row]?.[col] ?? undefined);
      if (legacy !== null) verdict = judge(field, legacy.unicode);
      if (verdict.ok) continue;
      out.push({
        rule: "unknown-value",
        row: row.row,
        col,
        field,
        value,
        ...(verdict.fix === null
          ? { params: { list: field, text } }
          : { params: { list: field, text, suggestion: verdict.fix }, fix: verdict.fix }),
      });
    }
  },
});
