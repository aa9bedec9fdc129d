import { isBlank } from "../grid/types";
import { cellText } from "../roster";
import { vnKey } from "../text";
import { birthOf } from "./person";
import { showDate } from "./show-date";
import type { SheetRule } from "./types";

/**
 * A cheap key that every spelling of one VN_KEY shares: lower-case consonants and digits only. Case,
 * Unicode form, spacing, tone placement and y/i change only vowels, marks and spaces, so they cannot change it.
 */
function consonants(name: string): string {
  return name.toLowerCase().replace(/[^bcdfghjklmnpqrstvwxzđ0-9]+/g, "");
}

/** A name seen, with its VN_KEY once needed. */
interface Seen {
  row: number;
  name: string;
  key: string | null;
}

/** Names seen on one birth date: the first one alone, then by consonants, then by full key. */
interface SameBirth {
  first: Seen;
  byConsonants: Map<string, Seen[]> | null;
}

function keyOf(seen: Seen): string {
  return (seen.key ??= vnKey(seen.name));
}

/** The earlier row with the same full key among the rows sharing a birth date, adding `seen` when there is none. */
function earlierTwin(group: SameBirth, seen: Seen): Seen | undefined {
  if (group.byConsonants === null) group.byConsonants = new Map([[consonants(group.first.name), [group.first]]]);
  const cheap = consonants(seen.name);
  const bucket = group.byConsonants.get(cheap);
  if (bucket === undefined) {
    group.byConsonants.set(cheap, [seen]);
    return undefined;
  }
  const key = keyOf(seen);
  const twin = bucket.find((other) => keyOf(other) === key);
  if (twin === undefined) bucket.push(seen);
  return twin;
}

/**
 * The same person twice in a sheet: same name (as VN_KEY compares it) and same birth date. Reported on
 * the later row, naming the earlier. Names are compared by consonants first and by the full key only
 * when those agree, which keeps a sheet of 200,000 rows quick.
 */
export const duplicatePerson: SheetRule = {
  id: "duplicate-person",
  severity: "error",
  scope: "sheet",
  check(ctx, out) {
    const nameCol = ctx.columnOf.fullName;
    if (nameCol === undefined) return;
    const byBirth = new Map<number, SameBirth>();
    for (let index = 0; index < ctx.rows.length; index++) {
      const row = ctx.rows[index];
      const cell = row.cells.fullName;
      if (row.empty || cell === undefined || isBlank(cell.value)) continue;
      const birth = birthOf(index, ctx);
      if (birth === null) continue;
      const seen: Seen = { row: row.row, name: cellText(cell.value), key: null };
      const day = birth.ymd.y * 10000 + birth.ymd.m * 100 + birth.ymd.d;
      const group = byBirth.get(day);
      if (group === undefined) {
        byBirth.set(day, { first: seen, byConsonants: null });
        continue;
      }
      const earlier = earlierTwin(group, seen);
      if (earlier === undefined) continue;
      out.push({
        rule: "duplicate-person",
        row: row.row,
        col: nameCol,
        field: "fullName",
        value: cell.value,
        params: { name: seen.name.trim(), birth: showDate(birth.ymd, birth.yearOnly), earlierRow: earlier.row + (ctx.sheet.origin?.row ?? 1) },
        related: { row: earlier.row, col: nameCol },
      });
    }
  },
};
