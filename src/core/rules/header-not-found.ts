import { defineRule } from "./define";

/** No sheet of the file holds a roster: one issue per file, at A1 of the sheet that carries it. */
export const headerNotFound = defineRule({
  id: "header-not-found",
  severity: "error",
  scope: "file",
  params: { rows: "count" },
  check(file, out) {
    if (file.rosters > 0) return;
    const origin = file.target?.origin ?? { row: 1, col: 1 };
    out.push({
      rule: "header-not-found",
      row: 1 - origin.row,
      col: 1 - origin.col,
      field: null,
      value: null,
      params: { rows: file.settings.headerSearchRows },
    });
  },
});
