import { formatYmd, retirementDate, yearsToRetirement } from "../dates";
import { birthOf, genderOf } from "./person";
import { defineRule } from "./define";

/**
 * A rotated cadre must have at least 10 years of working time left at the rotation date
 * (Quy định 65-QĐ/TW, art. 5). The decision date stands in when the sheet has no rotation date;
 * rows whose gender cannot be told are skipped, since retirement age depends on it.
 */
export const retirementHorizon = defineRule({
  id: "retirement-horizon",
  severity: "warning",
  scope: "row",
  params: { years: "decimal", min: "count", date: "date", retires: "date" },
  check(row, index, ctx, out) {
    if (ctx.layout.kind !== "rotation") return;
    const rotation = ctx.date(index, "rotationDate");
    const asOf = rotation.kind === "date" ? rotation : ctx.date(index, "decisionDate");
    const birth = birthOf(index, ctx);
    const gender = genderOf(row, ctx);
    if (asOf.kind !== "date" || birth === null || gender === null) return;
    const years = yearsToRetirement(birth.ymd, gender, asOf.ymd);
    if (years >= ctx.settings.rotationMinYears) return;
    out.push({
      rule: "retirement-horizon",
      row: row.row,
      col: birth.col,
      field: birth.field,
      value: ctx.value(row, birth.field),
      params: {
        years: Math.floor(years * 10) / 10,
        min: ctx.settings.rotationMinYears,
        date: formatYmd(asOf.ymd),
        retires: formatYmd(retirementDate(birth.ymd, gender)),
      },
    });
  },
});
