import { formatYmd, retirementDate, yearsToRetirement } from "../dates";
import { isBlank } from "../grid/types";
import { cellText } from "../roster";
import type { RosterLayout, RosterRow } from "../roster/types";
import { foldDiacritics } from "../vocab/keys";
import type { RuleContext } from "./types";
import { termOfText, type Term } from "../targets/term";
import { birthOf, genderOf } from "./person";
import { defineRule } from "./define";

/** The term a planning list's title names ("QUY HOẠCH … GIAI ĐOẠN 2025 – 2030"), read once per list. */
const terms = new WeakMap<RosterLayout, Term | null>();
function termOf(layout: RosterLayout): Term | null {
  if (!terms.has(layout)) terms.set(layout, termOfText(layout.title.join(" ")));
  return terms.get(layout) ?? null;
}

/** A first-time-planning mark that says the opposite: "Tái quy hoạch", "Không", "-". */
const NOT_FIRST = /^(tai( quy hoach)?|khong|ko|-)$/u;

/**
 * First-time planning, which needs two terms: a list titled "… QUY HOẠCH LẦN ĐẦU …", or a row marked in a
 * "Quy hoạch lần đầu" column ("x", "Lần đầu", "Có"); "Tái quy hoạch", "Không" or a blank mark a re-planning.
 */
function firstTime(row: RosterRow, ctx: RuleContext): boolean {
  if (foldDiacritics(ctx.layout.title.join(" ").toLowerCase()).includes("lan dau")) return true;
  const mark = ctx.value(row, "firstPlanning");
  if (isBlank(mark)) return false;
  return !NOT_FIRST.test(foldDiacritics(cellText(mark).trim().toLowerCase()));
}

/**
 * A cadre planned for a term needs working age for the whole term at its start, two terms when planned for
 * the first time (Quy định 50-QĐ/TW, 2021, and 377-QĐ/TW, 2025): on a planning list whose title names the
 * term, a person whose time to retirement at the term's start is shorter than that. Rows whose gender cannot
 * be told are skipped (retirement depends on it); a list naming no term is not checked.
 */
export const planningAge = defineRule({
  id: "planning-age",
  severity: "warning",
  scope: "row",
  params: { years: "decimal", term: "text", start: "date", retires: "date", terms: ["one", "two"] },
  check(row, index, ctx, out) {
    if (ctx.layout.kind !== "planning") return;
    const term = termOf(ctx.layout);
    const birth = birthOf(index, ctx);
    const gender = genderOf(row, ctx);
    if (term === null || birth === null || gender === null) return;
    const twice = firstTime(row, ctx);
    const length = (term.end.y - term.start.y) * (twice ? 2 : 1);
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
        terms: twice ? "two" : "one",
      },
    });
  },
});
