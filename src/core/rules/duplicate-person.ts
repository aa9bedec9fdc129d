import { isBlank } from "../grid/types";
import { cellText } from "../roster";
import { vnKey } from "../text";
import { birthReading } from "./person";
import { showDate } from "./show-date";
import type { RuleContext } from "./types";
import { defineRule } from "./define";

/**
 * A cheap hash that every spelling of one VN_KEY shares: of the lower-case consonants and digits only.
 * Case, Unicode form, spacing, tone placement and y/i change only vowels, marks and spaces, so they
 * cannot change it. Worked out over char codes, without building a string.
 */
function consonantHash(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code === 0x110) code = 0x111;
    const consonant =
      (code >= 98 && code <= 122 && code !== 101 && code !== 105 && code !== 111 && code !== 117 && code !== 121) ||
      code === 0x111 ||
      (code >= 48 && code <= 57);
    if (consonant) hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

/** The birth day of a row with a birth date, as one number (yyyymmdd). */
function dayOf(index: number, ctx: RuleContext): number {
  const ymd = birthReading(index, ctx)?.ymd;
  return ymd === undefined ? -1 : ymd.y * 10000 + ymd.m * 100 + ymd.d;
}

function nameOf(index: number, ctx: RuleContext): string {
  return cellText(ctx.value(ctx.rows[index], "fullName"));
}

/** VN_KEYs of the rows, worked out when a row first shares a bucket. */
class Keys {
  private readonly known = new Map<number, string>();

  constructor(private readonly ctx: RuleContext) {}

  of(index: number): string {
    let key = this.known.get(index);
    if (key === undefined) {
      key = vnKey(nameOf(index, this.ctx));
      this.known.set(index, key);
    }
    return key;
  }
}

/**
 * The same person twice in a sheet: same name (as VN_KEY compares it) and same birth date. Reported on
 * the later row, naming the earlier. Rows are bucketed by birth day and consonant hash first, so the
 * full key is only worked out for the few rows that share a bucket. A bucket holds row indexes, and
 * most hold one: a 200,000-row sheet costs no object per row.
 */
export const duplicatePerson = defineRule({
  id: "duplicate-person",
  severity: "error",
  scope: "sheet",
  params: { name: "text", birth: "date", earlierRow: "count" },
  check(ctx, out) {
    const nameCol = ctx.columnOf.fullName;
    if (nameCol === undefined) return;
    const firstOf = new Map<number, number>();
    const restOf = new Map<number, number[]>();
    const keys = new Keys(ctx);
    for (let index = 0; index < ctx.rows.length; index++) {
      const row = ctx.rows[index];
      const name = ctx.value(row, "fullName");
      if (row.empty || isBlank(name)) continue;
      const birth = birthReading(index, ctx);
      if (birth === null) continue;
      const day = birth.ymd.y * 10000 + birth.ymd.m * 100 + birth.ymd.d;
      const text = cellText(name);
      // A small-integer key: different people may share it, so the bucket compares day and full key.
      const cheap = (Math.imul(day, 0x9e3779b1) ^ consonantHash(text)) & 0x3fffffff;
      const first = firstOf.get(cheap);
      if (first === undefined) {
        firstOf.set(cheap, index);
        continue;
      }
      // No two rows of a bucket match each other, so at most one matches this row.
      const rest = restOf.get(cheap);
      const earlier = [first, ...(rest ?? [])].find(
        (other) => dayOf(other, ctx) === day && keys.of(other) === keys.of(index),
      );
      if (earlier === undefined) {
        if (rest === undefined) restOf.set(cheap, [index]);
        else rest.push(index);
        continue;
      }
      const earlierRow = ctx.rows[earlier].row;
      out.push({
        rule: "duplicate-person",
        row: row.row,
        col: nameCol,
        field: "fullName",
        value: name,
        params: {
          name: text.trim(),
          birth: showDate(birth),
          earlierRow: earlierRow + (ctx.sheet.origin?.row ?? 1),
        },
        related: { row: earlierRow, col: nameCol },
      });
    }
  },
});
