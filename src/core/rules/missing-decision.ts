import { isBlank } from "../grid/types";
import { defineRule } from "./define";

/**
 * A training row sent without a decision (số quyết định and its date): the "not following procedure" case.
 * Pointed at the decision-number cell, else the decision-date cell, else the name.
 */
export const missingDecision = defineRule({
  id: "missing-decision",
  severity: "error",
  scope: "row",
  params: {},
  check(row, _index, ctx, out) {
    if (ctx.layout.kind !== "training") return;
    if (!isBlank(ctx.value(row, "decisionNumber")) || !isBlank(ctx.value(row, "decisionDate"))) return;
    const { columnOf } = ctx;
    const field =
      columnOf.decisionNumber !== undefined
        ? "decisionNumber"
        : columnOf.decisionDate !== undefined
          ? "decisionDate"
          : "fullName";
    const col = columnOf[field] ?? ctx.layout.columns[0]?.col;
    if (col === undefined) return;
    const named = columnOf[field] !== undefined;
    out.push({
      rule: "missing-decision",
      row: row.row,
      col,
      field: named ? field : null,
      value: named ? ctx.value(row, field) : null,
      params: {},
    });
  },
});
