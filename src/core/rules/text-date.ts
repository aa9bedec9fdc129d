import { formatYmd, ymdToSerial } from "../dates";
import { birthProblem } from "./birth-limits";
import { defineRule } from "./define";

/**
 * Dates typed as text in a column where most dates are real ones: they sort and compute wrongly there.
 * The fix is the Excel serial of the same day. Year-only text is left alone (a serial would invent a day).
 */
export const textDate = defineRule({
  id: "text-date",
  severity: "info",
  scope: "sheet",
  params: { date: "date" },
  check(ctx, out) {
    for (const { field, col, birth } of ctx.dateColumns) {
      let real = 0;
      let text = 0;
      for (let i = 0; i < ctx.rows.length; i++) {
        const reading = ctx.date(i, field);
        if (reading.kind === "date") {
          if (reading.fromText) text++;
          else real++;
        }
      }
      if (real <= text || text === 0) continue;
      for (let i = 0; i < ctx.rows.length; i++) {
        const reading = ctx.date(i, field);
        if (reading.kind !== "date" || !reading.fromText || reading.yearOnly) continue;
        if (birth && birthProblem(reading.ymd, ctx.today) !== null) continue;
        const row = ctx.rows[i];
        out.push({
          rule: "text-date",
          row: row.row,
          col,
          field,
          value: ctx.value(row, field),
          params: { date: formatYmd(reading.ymd) },
          fix: ymdToSerial(reading.ymd),
        });
      }
    }
  },
});
