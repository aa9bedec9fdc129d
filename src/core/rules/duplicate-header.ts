import { isBlank } from "../grid/types";
import { defineRule } from "./define";

/** A later column claiming a field already taken: reported at its header cell (the lowest header row holding text). */
export const duplicateHeader = defineRule({
  id: "duplicate-header",
  severity: "warning",
  scope: "sheet",
  params: { header: "text" },
  check(ctx, out) {
    const { layout, sheet } = ctx;
    for (const duplicate of layout.duplicateColumns) {
      let row = layout.headerTop;
      for (let r = layout.headerBottom; r > layout.headerTop; r--) {
        if (!isBlank(sheet.values[r]?.[duplicate.col])) {
          row = r;
          break;
        }
      }
      const first = ctx.columnOf[duplicate.field];
      out.push({
        rule: "duplicate-header",
        row,
        col: duplicate.col,
        field: duplicate.field,
        value: sheet.values[row]?.[duplicate.col] ?? null,
        params: { header: duplicate.header },
        ...(first === undefined ? {} : { related: { row, col: first } }),
      });
    }
  },
});
