import { ageAt, type YMD } from "../dates";
import type { Settings } from "../settings";
import { termOfText } from "../targets/term";
import { ETHNICITIES } from "../vocab";
import { identity } from "./identity";
import type { PersonRecord, PlanningPool, PoolShare } from "./types";

function share(count: number, people: number, goal: number | null): PoolShare {
  const percent = people === 0 ? 0 : Math.round((count * 100) / people);
  return { count, percent, goal, met: goal === null ? null : percent >= goal };
}

/** Kinh is the majority; any other of the 54 groups is a minority. Text that names no group is unknown. */
function isMinority(ethnicity: string): boolean | null {
  if (ethnicity === "") return null;
  const found = ETHNICITIES.match(ethnicity);
  return found.kind === "unknown" ? null : found.name !== "Kinh";
}

/** The structure of each planning list among the consolidated rows, in the order the lists were met. */
export function planningPools(people: readonly PersonRecord[], settings: Settings, today: YMD): PlanningPool[] {
  const lists = new Map<string, PersonRecord[]>();
  for (const person of people) {
    if (person.kind !== "planning") continue;
    const key = `${person.file}\u0000${person.sheet}\u0000${person.list}`;
    lists.set(key, [...(lists.get(key) ?? []), person]);
  }
  return [...lists.values()].map((rows) => {
    const { file, sheet, list } = rows[0];
    const term = termOfText(list);
    const asOf = term?.start ?? today;
    const seen = new Set<string>();
    const distinct = rows.filter((row, i) => {
      const id = identity(row) ?? `#${i}`;
      return !seen.has(id) && seen.add(id);
    });
    const young = distinct.filter((p) => p.birth !== null && ageAt(p.birth, asOf) < settings.planningYoungAge).length;
    const women = distinct.filter((p) => p.gender === "female").length;
    const minorities = distinct.map((p) => isMinority(p.ethnicity));
    const n = distinct.length;
    return {
      file,
      sheet,
      title: list,
      term,
      asOf,
      people: n,
      youngAge: settings.planningYoungAge,
      young: share(young, n, settings.planningYoungGoal),
      women: share(women, n, settings.planningWomenGoal),
      minority: share(
        minorities.filter((m) => m === true).length,
        n,
        settings.planningMinorityGoal > 0 ? settings.planningMinorityGoal : null,
      ),
      unknown: {
        birth: distinct.filter((p) => p.birth === null).length,
        gender: distinct.filter((p) => p.gender === null).length,
        ethnicity: minorities.filter((m) => m === null).length,
      },
    };
  });
}
