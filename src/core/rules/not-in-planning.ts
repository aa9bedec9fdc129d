import type { YMD } from "../dates";
import { vnKey } from "../text/vn-key";
import { isPostgraduate } from "../vocab";
import { foldDiacritics } from "../vocab/keys";
import type { ListedPerson } from "./types";
import { defineRule } from "./define";

/** Cao cấp lý luận chính trị, bồi dưỡng lãnh đạo quản lý, dự nguồn: the programmes that prepare for leadership. */
const LEADERSHIP = /cao cap (ly luan|llct)|lanh dao,? quan ly|du nguon/u;

function leadershipTrack(person: ListedPerson): boolean {
  if (person.kind === "rotation") return true;
  if (person.kind !== "training") return false;
  return isPostgraduate(person.programme) || LEADERSHIP.test(foldDiacritics(person.programme.toLowerCase()));
}

const day = (birth: YMD | null) => (birth === null ? "" : `${birth.y}-${birth.m}-${birth.d}`);

/**
 * Training for leadership and rotation go with the planning pool ("công tác đào tạo, bồi dưỡng cán bộ phải
 * gắn với quy hoạch cán bộ"; Quy định 50-QĐ/TW): a cadre sent for a leadership-track programme or rotated who is
 * in none of the workbook's planning lists (same name as VN_KEY compares it, same birth date; a row without a
 * birth date matches by name). A workbook with no planning list is not checked.
 */
export const notInPlanning = defineRule({
  id: "not-in-planning",
  severity: "warning",
  scope: "workbook",
  params: {},
  check(ctx, out) {
    const planned = ctx.people.filter((p) => p.kind === "planning");
    if (planned.length === 0) return;
    const names = new Set(planned.map((p) => vnKey(p.name)));
    const people = new Set(planned.map((p) => `${vnKey(p.name)}\u0000${day(p.birth)}`));
    for (const person of ctx.people) {
      if (!leadershipTrack(person)) continue;
      const key = vnKey(person.name);
      const found = person.birth === null ? names.has(key) : people.has(`${key}\u0000${day(person.birth)}`);
      if (found) continue;
      out.push({
        sheet: person.sheet,
        finding: {
          rule: "not-in-planning",
          row: person.row,
          col: person.col,
          field: "fullName",
          value: person.name,
          params: {},
        },
      });
    }
  },
});
