import { ageAt, formatYmd } from "../dates";
import { isCellError } from "../grid/types";
import { cellText } from "../roster";
import { isPostgraduate } from "../vocab";
import { showDate } from "./show-date";
import { defineRule } from "./define";

/**
 * A civil servant sent for postgraduate study needs at least `postgradMinServiceYears` (3) years of service
 * at the decision date (Nghị định 101/2017 as amended by Nghị định 89/2021). Checked only where the roster
 * keeps the start of service ("Ngày tuyển dụng", "Năm vào ngành"); a year alone counts from 1 January.
 */
export const serviceYears = defineRule({
  id: "service-years",
  severity: "warning",
  scope: "row",
  params: { years: "count", min: "count", since: "date", date: "date" },
  check(row, index, ctx, out) {
    const col = ctx.columnOf.serviceStart;
    if (ctx.layout.kind !== "training" || col === undefined) return;
    const programme = ctx.value(row, "programme");
    if (isCellError(programme) || !isPostgraduate(cellText(programme))) return;
    const since = ctx.date(index, "serviceStart");
    const decision = ctx.date(index, "decisionDate");
    const asOf = decision.kind === "date" ? decision : ctx.date(index, "trainingStart");
    if (since.kind !== "date" || asOf.kind !== "date") return;
    const years = ageAt(since.ymd, asOf.ymd);
    const min = ctx.settings.postgradMinServiceYears;
    if (years >= min) return;
    out.push({
      rule: "service-years",
      row: row.row,
      col,
      field: "serviceStart",
      value: ctx.value(row, "serviceStart"),
      params: { years: Math.max(0, years), min, since: showDate(since), date: formatYmd(asOf.ymd) },
    });
  },
});
