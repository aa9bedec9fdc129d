import type { YMD } from "../dates";
import { vnKey } from "../text/vn-key";
import { isPostgraduate } from "../vocab";
import { foldDiacritics } from "../vocab/keys";
import type { ListedPerson } from "./types";
import { defineRule } from "./define";

/** Cao cấp lý luận chính trị, bồi dưỡng lãnh đạo quản lý, dự nguồn: the programmes that prepare for leadership. */
const LEADERSHIP = /cao cap (ly luan|llct)|lanh dao,? quan ly|du nguon/u;

/** A person as the planning link sees them, on any list of any file. */
export interface PlanningCandidate {
  name: string;
  birth: YMD | null;
  kind: ListedPerson["kind"];
  programme: string;
}

/** Rotated, or sent for a leadership-track programme or postgraduate study: who must be in the planning pool. */
export function leadershipTrack(person: PlanningCandidate): boolean {
  if (person.kind === "rotation") return true;
  if (person.kind !== "training") return false;
  return isPostgraduate(person.programme) || LEADERSHIP.test(foldDiacritics(person.programme.toLowerCase()));
}

const day = (birth: YMD | null) => (birth === null ? "" : `${birth.y}-${birth.m}-${birth.d}`);

/**
 * Whether a person is on one of the planning lists among `people`: same name as VN_KEY compares it, same
 * birth date; a person without a birth date matches by name. Null when there is no planning list at all.
 */
export function planningRegister(
  people: readonly PlanningCandidate[],
): ((person: PlanningCandidate) => boolean) | null {
  const planned = people.filter((p) => p.kind === "planning");
  if (planned.length === 0) return null;
  const names = new Set(planned.map((p) => vnKey(p.name)));
  const dated = new Set(planned.map((p) => `${vnKey(p.name)}\u0000${day(p.birth)}`));
  return (person) =>
    person.birth === null
      ? names.has(vnKey(person.name))
      : dated.has(`${vnKey(person.name)}\u0000${day(person.birth)}`);
}

/**
 * Training for leadership and rotation go with the planning pool ("công tác đào tạo, bồi dưỡng cán bộ phải
 * gắn với quy hoạch cán bộ"; Quy định 50-QĐ/TW): a cadre sent for a leadership-track programme or rotated who is
 * in none of the workbook's planning lists. A workbook with no planning list is not checked here; a
 * consolidation links every file's lists (consolidate/planning-links.ts).
 */
export const notInPlanning = defineRule({
  id: "not-in-planning",
  severity: "warning",
  scope: "workbook",
  params: {},
  check(ctx, out) {
    const planned = planningRegister(ctx.people);
    if (planned === null) return;
    for (const person of ctx.people) {
      if (!leadershipTrack(person) || planned(person)) continue;
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
