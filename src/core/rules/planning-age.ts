import { formatYmd, retirementDate, yearsToRetirement } from "../dates";
import type { RosterLayout } from "../roster/types";
import { termOfText, type Term } from "../targets/term";
import { birthOf, genderOf } from "./person";
import { defineRule } from "./define";

/** The term a planning list's title names ("QUY HOẠCH … GIAI ĐOẠN 2025 – 2030"), read once per list. */
const terms = new WeakMap<RosterLayout, Term | null>();
function termOf(layout: RosterLayout): Term | null {
  if (!terms.has(layout)) terms.set(layout, termOfText(layout.title.join(" ")));
  return terms.get(layout) ?? null;
}

/**
 * A cadre planned for a term needs working age for the whole term at its start (Quy định 50-QĐ/TW, 2021,
 * and 377-QĐ/TW, 2025): on a planning list whose title names the term, a person whose time to retirement at
 * the term's start is shorter than the term. Rows whose gender cannot be told are skipped (retirement
 * depends on it); a list naming no term is not checked. First-time planning (two terms) is not told apart.
 */
export const planningAge = defineRule({
  id: "planning-age",
  severity: "warning",
  scope: "row",
  params: { years: "decimal", term: "text", start: "date", retires: "date" },
  check(row, index, ctx, out) {
    if (ctx.layout.kind !== "planning") return;
    const term = termOf(ctx.layout);
    const birth = birthOf(index, ctx);
    const gender = genderOf(row, ctx);
    if (term === null || birth === null || gender === null) return;
    const length = term.end.y - term.start.y;
    const left = yearsToRetirement(birth.ymd, gender, term.start);
    if (left >= length) return;
    out.push({
      rule: "planning-age",
      row: row.row,
      col: birth.col,
      field: birth.field,
      value: ctx.value(row, birth.field),
      params: {
        years: Math.floor(left * 10) / 10,
        term: `${term.start.y}–${term.end.y}`,
        start: formatYmd(term.start),
        retires: formatYmd(retirementDate(birth.ymd, gender)),
      },
    });
  },
});
