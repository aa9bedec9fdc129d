import { identity } from "./identity";
import type { ConsolidatedRow, SectionResult } from "./types";

/** Sections typed alike in two files ("KHỐI ĐẢNG", "Khối Đảng ") are one: compared without case or extra spaces. */
const sectionKey = (section: string) => section.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();

/**
 * The consolidation broken down by the sections the rows were listed under ("KHỐI ĐẢNG / Ban Tổ chức"),
 * in the order first met; rows outside any section make one group (`section` null). Each person counts
 * once per section and category, as in the province's totals. Empty when no roster has sections.
 */
export function sectionResults(rows: readonly ConsolidatedRow[], categories: number): SectionResult[] {
  if (rows.every((row) => row.section === null)) return [];
  const groups = new Map<string, { section: string | null; rows: number; people: Set<string>; sent: Set<string>[] }>();
  rows.forEach((row, i) => {
    const key = row.section === null ? "" : sectionKey(row.section);
    let group = groups.get(key);
    if (!group) {
      group = {
        section: row.section,
        rows: 0,
        people: new Set(),
        sent: Array.from({ length: categories }, () => new Set()),
      };
      groups.set(key, group);
    }
    const who = identity(row) ?? `#${i}`;
    group.rows++;
    group.people.add(who);
    for (const c of row.categories) group.sent[c].add(who);
  });
  return [...groups.values()].map((g) => ({
    section: g.section,
    rows: g.rows,
    people: g.people.size,
    sent: g.sent.map((s) => s.size),
  }));
}
