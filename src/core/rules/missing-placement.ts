import { compareYmd, formatYmd } from "../dates";
import { isBlank } from "../grid/types";
import { defineRule } from "./define";

/**
 * A rotation whose term has ended by the report's day with no position after it recorded: every rotated
 * cadre must be given a concrete placement when the rotation ends (Quy định 65-QĐ/TW). Checked only where
 * the roster keeps both the rotation's end and the position after it.
 */
export const missingPlacement = defineRule({
  id: "missing-placement",
  severity: "warning",
  scope: "row",
  params: { ended: "date" },
  check(row, index, ctx, out) {
    const col = ctx.columnOf.positionAfter;
    if (ctx.layout.kind !== "rotation" || col === undefined || ctx.columnOf.rotationEnd === undefined) return;
    const end = ctx.date(index, "rotationEnd");
    if (end.kind !== "date" || compareYmd(end.ymd, ctx.today) >= 0) return;
    const value = ctx.value(row, "positionAfter");
    if (!isBlank(value)) return;
    out.push({
      rule: "missing-placement",
      row: row.row,
      col,
      field: "positionAfter",
      value,
      params: { ended: formatYmd(end.ymd) },
      related: { row: row.row, col: ctx.columnOf.rotationEnd },
    });
  },
});
