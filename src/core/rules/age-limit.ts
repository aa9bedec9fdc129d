import { ageAt, compareYmd, formatYmd } from "../dates";
import { isCellError } from "../grid/types";
import { cellText } from "../roster";
import { isPostgraduate } from "../vocab";
import { birthOf } from "./person";
import { defineRule } from "./define";

/**
 * Postgraduate study (thạc sĩ, tiến sĩ, chuyên khoa cấp I/II) is open to civil servants up to a set age
 * at the decision date (or the training start when the decision date is missing): at most 40 before
 * 01/07/2025, 45 from then (Nghị định 101/2017, 89/2021, 171/2025). Age in completed years: 40 is allowed.
 */
export const ageLimit = defineRule({
  id: "age-limit",
  severity: "error",
  scope: "row",
  params: { age: "count", limit: "count", date: "date", basis: ["decision", "start"] },
  check(row, index, ctx, out) {
    const programme = ctx.value(row, "programme");
    if (isCellError(programme) || !isPostgraduate(cellText(programme))) return;
    const decision = ctx.date(index, "decisionDate");
    const asOf = decision.kind === "date" ? decision : ctx.date(index, "trainingStart");
    const birth = birthOf(index, ctx);
    if (asOf.kind !== "date" || birth === null) return;
    const limit =
      compareYmd(asOf.ymd, ctx.postgradAgeChange) < 0 ? ctx.settings.postgradMaxAge : ctx.settings.postgradMaxAgeNew;
    const age = ageAt(birth.ymd, asOf.ymd);
    if (age <= limit) return;
    out.push({
      rule: "age-limit",
      row: row.row,
      col: birth.col,
      field: birth.field,
      value: ctx.value(row, birth.field),
      params: { age, limit, date: formatYmd(asOf.ymd), basis: decision.kind === "date" ? "decision" : "start" },
    });
  },
});
