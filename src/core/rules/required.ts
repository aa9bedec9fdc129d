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
    if (nameCol !== undefined && isBlank(row.cells.fullName?.value)) {
      out.push({ rule: "required", row: row.row, col: nameCol, field: "fullName", value: null, params: { what: "fullName" } });
    }
    const birthField = BIRTH_FIELDS.find((field) => ctx.columnOf[field] !== undefined);
    if (birthField === undefined) return;
    if (BIRTH_FIELDS.every((field) => isBlank(row.cells[field]?.value))) {
      out.push({ rule: "required", row: row.row, col: ctx.columnOf[birthField] as number, field: birthField, value: null, params: { what: "birthDate" } });
    }
  },
};
