import { isBlank } from "../grid/types";
import type { RosterRow } from "../roster/types";
import { BIRTH_FIELDS, type DateColumn, type RuleContext } from "./types";
import { defineRule } from "./define";

/**
 * A data row without a name, or without any birth date. A sheet lacking the column altogether is a
 * layout matter, not one issue per row, so only columns the sheet has are checked.
 */
export const required = defineRule({
  id: "required",
  severity: "error",
  scope: "row",
  params: { what: ["fullName", "birthDate"] },
  check(row, _index, ctx, out) {
    const nameCol = ctx.columnOf.fullName;
    if (nameCol !== undefined && isBlank(ctx.value(row, "fullName"))) {
      out.push({
        rule: "required",
        row: row.row,
        col: nameCol,
        field: "fullName",
        value: null,
        params: { what: "fullName" },
      });
    }
    const birth = firstBirthColumn(ctx.dateColumns);
    if (birth !== undefined && noBirthValue(row, ctx)) {
      out.push({
        rule: "required",
        row: row.row,
        col: birth.col,
        field: birth.field,
        value: null,
        params: { what: "birthDate" },
      });
    }
  },
});

// Plain loops: these run on every row, where callbacks would be made anew each time.

function firstBirthColumn(columns: readonly DateColumn[]): DateColumn | undefined {
  for (const column of columns) if (column.birth) return column;
  return undefined;
}

function noBirthValue(row: RosterRow, ctx: RuleContext): boolean {
  for (const field of BIRTH_FIELDS) if (!isBlank(ctx.value(row, field))) return false;
  return true;
}
