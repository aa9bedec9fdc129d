import { identity } from "./identity";
import type { CrossFileDuplicate, PersonRecord } from "./types";

/**
 * People found in more than one file (same VN_KEY name, same birth date), with every place they appear,
 * in the order of the files. Repeats inside one sheet are the check's duplicate-person finding.
 */
export function crossFileDuplicates(people: readonly PersonRecord[]): CrossFileDuplicate[] {
  const groups = new Map<string, PersonRecord[]>();
  for (const person of people) {
    const id = identity(person);
    if (id === null) continue;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [person]);
    else group.push(person);
  }
  const duplicates: CrossFileDuplicate[] = [];
  for (const group of groups.values()) {
    if (!group.some((p) => p.file !== group[0].file)) continue;
    const { name, birth, birthYearOnly } = group[0];
    if (birth === null) continue;
    duplicates.push({
      name,
      birth,
      birthYearOnly,
      places: group.map(({ file, sheet, row, unit, programme }) => ({ file, sheet, row, unit, programme })),
    });
  }
  return duplicates;
}
