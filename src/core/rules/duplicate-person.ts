import { isBlank } from "../grid/types";
import { cellText } from "../roster";
import { vnKey } from "../text";
import { birthOf } from "./person";
import { showDate } from "./show-date";
import type { SheetRule } from "./types";

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
    const consonant = (code >= 98 && code <= 122 && code !== 101 && code !== 105 && code !== 111 && code !== 117 && code !== 121) || code === 0x111 || (code >= 48 && code <= 57);
    if (consonant) hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

/** A name seen with its birth day (yyyymmdd), and its VN_KEY once needed. */
interface Seen {
  row: number;
  day: number;
  name: string;
  key: string | null;
}

function keyOf(seen: Seen): string {
  return (seen.key ??= vnKey(seen.name));
}

/**
 * The same person twice in a sheet: same name (as VN_KEY compares it) and same birth date. Reported on
 * the later row, naming the earlier. Rows are bucketed by birth day and consonant hash first, so the
 * full key is only worked out for the few rows that share a bucket.
 */
export const duplicatePerson: SheetRule = {
  id: "duplicate-person",
  severity: "error",
  scope: "sheet",
  check(ctx, out) {
    const nameCol = ctx.columnOf.fullName;
    if (nameCol === undefined) return;
    const byCheapKey = new Map<number, Seen[]>();
    for (let index = 0; index < ctx.rows.length; index++) {
      const row = ctx.rows[index];
      const name = ctx.value(row, "fullName");
      if (row.empty || isBlank(name)) continue;
      const birth = birthOf(index, ctx);
      if (birth === null) continue;
      const seen: Seen = { row: row.row, day: birth.ymd.y * 10000 + birth.ymd.m * 100 + birth.ymd.d, name: cellText(name), key: null };
      // A small-integer key: different people may share it, so the bucket compares day and full key.
      const cheap = (Math.imul(seen.day, 0x9e3779b1) ^ consonantHash(seen.name)) & 0x3fffffff;
      const bucket = byCheapKey.get(cheap);
      if (bucket === undefined) {
        byCheapKey.set(cheap, [seen]);
        continue;
      }
      const earlier = bucket.find((other) => other.day === seen.day && keyOf(other) === keyOf(seen));
      if (earlier === undefined) {
        bucket.push(seen);
        continue;
      }
      out.push({
        rule: "duplicate-person",
        row: row.row,
        col: nameCol,
        field: "fullName",
        value: name,
        params: { name: seen.name.trim(), birth: showDate(birth.ymd, birth.yearOnly), earlierRow: earlier.row + (ctx.sheet.origin?.row ?? 1) },
        related: { row: earlier.row, col: nameCol },
      });
    }
  },
};
