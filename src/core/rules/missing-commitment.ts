import { isBlank, isCellError } from "../grid/types";
import { cellText } from "../roster";
import { isPostgraduate } from "../vocab";
import { defineRule } from "./define";

/** "Không", "chưa", "-": a commitment column saying there is none. */
const NONE = /^(không|chưa|chưa có|ko|-|không cam kết)$/iu;

/**
 * Postgraduate study requires a commitment to serve afterwards (twice the training time; three times from
 * 01/07/2025: Nghị định 101/2017 as amended by 89/2021 and 171/2025). Checked only where the roster keeps a
 * commitment column ("Cam kết"): a row of postgraduate study with it blank or saying none.
 */
export const missingCommitment = defineRule({
  id: "missing-commitment",
  severity: "warning",
  scope: "row",
  params: {},
  check(row, _index, ctx, out) {
    const col = ctx.columnOf.commitment;
    if (ctx.layout.kind !== "training" || col === undefined) return;
    const programme = ctx.value(row, "programme");
    if (isCellError(programme) || !isPostgraduate(cellText(programme))) return;
    const value = ctx.value(row, "commitment");
    if (!isBlank(value) && !NONE.test(cellText(value).trim())) return;
    out.push({ rule: "missing-commitment", row: row.row, col, field: "commitment", value, params: {} });
  },
});
