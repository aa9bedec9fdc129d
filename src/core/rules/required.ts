import { isBlank } from "../grid/types";
import { BIRTH_FIELDS, RowRule } from "./types";

/**
 * A data row without a name, or without any birth date. A sheet lacking the column altogether is a
 * layout matter, not one issue per row, so only columns the sheet has are checked.
 */
export const required: RowRule = {
  id: "required",
  severity: "error",
  scope: "row",
  check(row, _index, ctx, out) {
    const nameCol = ctx.columnOf.fullName;
    if (nameCol !== undefined && isBlank(ctx.value(row, "fullName"))) {
      out.push({ rule: "required", row: row.row, col: nameCol, field: "fullName", value: null, params: { what: "fullName" } });
    }
    const birth = ctx.dateColumns.find((column) => column.birth);
    if (birth !== undefined && BIRTH_FIELDS.every((field) => isBlank(ctx.value(row, field)))) {
      out.push({ rule: "required", row: row.row, col: birth.col, field: birth.field, value: null, params: { what: "birthDate" } });
    }
  },
};
