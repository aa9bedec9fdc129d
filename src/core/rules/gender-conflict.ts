import { isBlank } from "../grid/types";
import { cellText } from "../roster";
import { genderFromText } from "./person";
import { defineRule } from "./define";

/**
 * The Nam/Nữ birth-date pair records gender by the column the date is in: both filled, or a gender
 * column saying otherwise, leaves the person's gender in doubt. The conflict names the column holding
 * the date; the gender column then says the other gender.
 */
export const genderConflict = defineRule({
  id: "gender-conflict",
  severity: "error",
  scope: "row",
  params: { conflict: ["both", "male-column", "female-column"] },
  check(row, _index, ctx, out) {
    const maleCol = ctx.columnOf.birthDateMale;
    const femaleCol = ctx.columnOf.birthDateFemale;
    const male = maleCol !== undefined && !isBlank(ctx.value(row, "birthDateMale"));
    const female = femaleCol !== undefined && !isBlank(ctx.value(row, "birthDateFemale"));
    if (male && female) {
      out.push({
        rule: "gender-conflict",
        row: row.row,
        col: femaleCol,
        field: "birthDateFemale",
        value: ctx.value(row, "birthDateFemale"),
        params: { conflict: "both" },
        related: { row: row.row, col: maleCol },
      });
      return;
    }
    const genderCol = ctx.columnOf.gender;
    const stated = ctx.value(row, "gender");
    if (genderCol === undefined || (!male && !female)) return;
    const gender = genderFromText(cellText(stated));
    const dateCol = male ? maleCol : femaleCol;
    if (gender === null || dateCol === undefined || gender === (male ? "male" : "female")) return;
    out.push({
      rule: "gender-conflict",
      row: row.row,
      col: genderCol,
      field: "gender",
      value: stated,
      params: { conflict: male ? "male-column" : "female-column" },
      related: { row: row.row, col: dateCol },
    });
  },
});
