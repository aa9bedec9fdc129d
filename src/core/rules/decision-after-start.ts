import { type YMD } from "../dates";
import type { DateReading } from "../roster";
import { showDate } from "./show-date";
import { defineRule } from "./define";

type Dated = Extract<DateReading, { kind: "date" }>;

/** Compared at the coarser of the two precisions: "03/2020" is not before a decision of 05/03/2020. */
function before(start: Dated, decision: Dated): boolean {
  const key = (d: YMD, parts: number) =>
    parts === 1 ? d.y : parts === 2 ? d.y * 100 + d.m : d.y * 10_000 + d.m * 100 + d.d;
  const parts = (d: Dated) => (d.yearOnly ? 1 : d.monthOnly ? 2 : 3);
  const at = Math.min(parts(start), parts(decision));
  return key(start.ymd, at) < key(decision.ymd, at);
}

/**
 * Training that began before the decision sending the person was signed: sent "không đúng quy trình", the
 * case the steering board names (the decision comes first: Nghị định 101/2017, art. 36 on sending civil servants).
 */
export const decisionAfterStart = defineRule({
  id: "decision-after-start",
  severity: "error",
  scope: "row",
  params: { start: "date", decision: "date" },
  check(row, index, ctx, out) {
    if (ctx.layout.kind !== "training") return;
    const startCol = ctx.columnOf.trainingStart;
    const decisionCol = ctx.columnOf.decisionDate;
    if (startCol === undefined || decisionCol === undefined) return;
    const start = ctx.date(index, "trainingStart");
    const decision = ctx.date(index, "decisionDate");
    if (start.kind !== "date" || decision.kind !== "date" || !before(start, decision)) return;
    out.push({
      rule: "decision-after-start",
      row: row.row,
      col: startCol,
      field: "trainingStart",
      value: ctx.value(row, "trainingStart"),
      params: { start: showDate(start), decision: showDate(decision) },
      related: { row: row.row, col: decisionCol },
    });
  },
});
