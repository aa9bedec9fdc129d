import type { FileRule } from "./types";

/** No sheet of the file holds a roster: one issue per file, at A1 of the sheet that carries it. */
export const headerNotFound: FileRule = {
  id: "header-not-found",
  severity: "error",
  scope: "file",
  check(target, settings, out) {
    const origin = target.origin ?? { row: 1, col: 1 };
    out.push({
      rule: "header-not-found",
      row: 1 - origin.row,
      col: 1 - origin.col,
      field: null,
      value: null,
      params: { rows: settings.headerSearchRows },
    });
  },
};
