import { defineRule } from "./define";

/**
 * A subtotal whose stated count ("Cộng: 4 người", or a number beside "Cộng") is not the number of people
 * above it: the printed roster's reader believes that figure. The people counted may start after the
 * previous subtotal, at any section heading above, or at the top of the list (a grand total), so a count
 * right for any of these is accepted; the message gives the whole list's count for a grand total, and
 * otherwise the count since the nearest of them.
 */
/** "Tổng cộng", "TỔNG SỐ": the whole list's count, where "Cộng" is the part's since the last heading or subtotal. */
const GRAND_TOTAL = /^\s*(?:tổng|tong|tæng|toång)/iu;

export const subtotalMismatch = defineRule({
  id: "subtotal-mismatch",
  severity: "warning",
  scope: "sheet",
  params: { stated: "count", counted: "count" },
  check(ctx, out) {
    const { layout, rows, sheet } = ctx;
    const people = rows.filter((row) => !row.empty).map((row) => row.row);
    const countBetween = (from: number, to: number) => people.filter((r) => r > from && r < to).length;
    const starts: number[] = [layout.firstDataRow - 1];
    for (const held of layout.structure) {
      if (held.kind === "section") starts.push(held.row);
      if (held.kind !== "subtotal") continue;
      const counts = starts.map((start) => countBetween(start, held.row));
      if (held.count !== null && held.count !== undefined && !counts.includes(held.count)) {
        const col = held.countCol ?? layout.columns[0]?.col ?? 0;
        out.push({
          rule: "subtotal-mismatch",
          row: held.row,
          col,
          field: null,
          value: sheet.values[held.row]?.[col] ?? null,
          params: { stated: held.count, counted: GRAND_TOTAL.test(held.text) ? counts[0] : counts[counts.length - 1] },
        });
      }
      starts.push(held.row);
    }
  },
});
