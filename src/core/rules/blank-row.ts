import { defineRule } from "./define";

/** Empty rows with data both above and below; pointed at column A of the sheet, wherever the used range starts. */
export const blankRow = defineRule({
  id: "blank-row",
  severity: "warning",
  scope: "sheet",
  params: {},
  check(ctx, out) {
    const { rows } = ctx;
    let first = 0;
    while (first < rows.length && rows[first].empty) first++;
    let last = rows.length - 1;
    while (last > first && rows[last].empty) last--;
    const columnA = 1 - (ctx.sheet.origin?.col ?? 1);
    for (let i = first + 1; i < last; i++) {
      if (rows[i].empty)
        out.push({ rule: "blank-row", row: rows[i].row, col: columnA, field: null, value: null, params: {} });
    }
  },
});
