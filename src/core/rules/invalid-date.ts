import { formatYmd } from "../dates";
import { isCellError } from "../grid/types";
import { cellText } from "../roster";
import { birthProblem } from "./birth-limits";
import { showDate } from "./show-date";
import { defineRule } from "./define";

/**
 * A date that names no real day (31/02/1986, month 13), a birth before 1900 or after today, or a birth
 * cell holding something that is not a date at all. Other date columns often hold month-and-year text
 * ("9/2019"), so only birth cells are held to being a date. Excel errors are cell-error's.
 */
export const invalidDate = defineRule({
  id: "invalid-date",
  severity: "error",
  scope: "row",
  params: { reason: ["invalid", "not-a-date", "before-1900", "future"], date: "text", today: "date" },
  check(row, index, ctx, out) {
    for (const { field, col, birth } of ctx.dateColumns) {
      const value = ctx.value(row, field);
      if (isCellError(value)) continue;
      const reading = ctx.date(index, field);
      let reason: "invalid" | "not-a-date" | "before-1900" | "future" | null = null;
      let shown = "";
      if (reading.kind === "invalid" || (reading.kind === "not-a-date" && birth)) {
        reason = reading.kind;
        shown = reading.text;
      } else if (reading.kind === "date" && birth) {
        reason = birthProblem(reading.ymd, ctx.today);
        // Shown only when reported: most births are fine, and the text is made per row.
        if (reason !== null) shown = showDate(reading);
      }
      if (reason === null) continue;
      // A split date is invalid at the piece that makes it so.
      const at = reading.kind === "invalid" && reading.col !== undefined ? reading.col : col;
      out.push({
        rule: "invalid-date",
        row: row.row,
        col: at,
        field,
        value: at === col ? value : (ctx.sheet.values[row.row]?.[at] ?? null),
        params: { reason, date: shown || cellText(value), today: formatYmd(ctx.today) },
      });
    }
  },
});
