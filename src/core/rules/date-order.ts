import { compareYmd } from "../dates";
import { showDate } from "./show-date";
import { defineRule } from "./define";

/** Training that ends before it starts. A year-only end is compared by year, so "2020" does not precede 05/09/2020. */
export const dateOrder = defineRule({
  id: "date-order",
  severity: "error",
  scope: "row",
  params: { start: "date", end: "date" },
  check(row, index, ctx, out) {
    const startCol = ctx.columnOf.trainingStart;
    const endCol = ctx.columnOf.trainingEnd;
    if (startCol === undefined || endCol === undefined) return;
    const start = ctx.date(index, "trainingStart");
    const end = ctx.date(index, "trainingEnd");
    if (start.kind !== "date" || end.kind !== "date") return;
    const order = start.yearOnly || end.yearOnly ? end.ymd.y - start.ymd.y : compareYmd(end.ymd, start.ymd);
    if (order >= 0) return;
    out.push({
      rule: "date-order",
      row: row.row,
      col: endCol,
      field: "trainingEnd",
      value: ctx.value(row, "trainingEnd"),
      params: { start: showDate(start), end: showDate(end) },
      related: { row: row.row, col: startCol },
    });
  },
});
