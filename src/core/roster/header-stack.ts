import type { Area } from "../grid/types";
import { mergeCovering } from "../grid/merge-cover";
import { type HeaderCells, isFormLabel } from "./header-cells";
import type { HeaderClaim, HeaderReading } from "./header-one-row";
import { fieldOfKey, groupChild } from "./header-match";
import type { DatePart, FieldId } from "./types";

/** One label of a column's stack: the text shown and its lookup key. */
interface Label {
  text: string;
  key: string;
}

const DATE_FIELDS: ReadonlySet<FieldId> = new Set([
  "birthDate",
  "birthDateMale",
  "birthDateFemale",
  "trainingStart",
  "trainingEnd",
  "decisionDate",
  "rotationDate",
  "rotationEnd",
  "serviceStart",
]);

/**
 * The piece of a date a short label names. "Năm" (year) and "Nam" (male) fold to one key: the marks
 * decide, and without marks the neighbours do ("Ngày | Tháng | Nam" is a year).
 */
function datePart(label: Label, besideDayOrMonth: boolean): DatePart | null {
  if (label.key === "ngay") return "day";
  if (label.key === "thang") return "month";
  if (label.key !== "nam") return null;
  const shown = label.text.normalize("NFC").toLowerCase();
  return shown === "năm" || (shown === "nam" && besideDayOrMonth) ? "year" : null;
}

/**
 * The label over column `col` in header row `i`: the cell's own text, the text of a merged area covering
 * it (once, on the area's top row), or, where the host gives no merges, the text of a cell to its left
 * followed by blanks, when the row below has a sub-label under both (a group label typed once).
 */
function labelAt(rows: readonly HeaderCells[], i: number, col: number, merges: readonly Area[]): Label | null {
  const cells = rows[i];
  const area = mergeCovering(merges, cells.row, col);
  if (area) {
    if (area.top !== cells.row) return null;
    const text = cells.texts[area.left];
    const key = cells.keys[area.left];
    return text != null && key != null ? { text, key } : null;
  }
  const own = cells.keys[col];
  if (own != null) return { text: cells.texts[col] ?? "", key: own };
  const below = rows[i + 1];
  if (!below || below.keys[col] == null) return null;
  for (let k = col - 1; k >= cells.left; k--) {
    if (mergeCovering(merges, cells.row, k) || below.keys[k] == null) return null;
    const key = cells.keys[k];
    if (key != null) return { text: cells.texts[k] ?? "", key };
  }
  return null;
}

/**
 * The field of a column from its labels, top to bottom: a short label means a field under its group
 * ("Thời gian đào tạo" › "Từ"), a date field's "Ngày" / "Tháng" / "Năm" are its pieces, and any other
 * label that names a field on its own ("Ngày, tháng, năm sinh" › "Nam") narrows what the labels above said.
 */
function fieldOfStack(labels: readonly Label[], besideDayOrMonth: boolean): { field: FieldId; part?: DatePart } | null {
  let field: FieldId | null = null;
  let part: DatePart | undefined;
  let parent: Label | null = null;
  for (const label of labels) {
    const child = parent ? groupChild(parent.key, label.key) : null;
    // "Năm" written with its marks is a year even where "Nam" (male) would be a sub-column of the group.
    const year = label.text.normalize("NFC").trim().toLowerCase() === "năm";
    const piece = field && DATE_FIELDS.has(field) && (!child || year) ? datePart(label, besideDayOrMonth) : null;
    if (piece) {
      part = piece;
      continue;
    }
    const own = child ?? fieldOfKey(label.key);
    if (own) {
      field = own;
      part = undefined;
    }
    parent = label;
  }
  return field ? { field, ...(part ? { part } : {}) } : null;
}

/**
 * Reads `rows` (two to four, top to bottom) as one header: each column's field comes from the whole
 * stack of labels above it, merged cells included. Column claims carry the date piece they hold.
 */
export function readHeaderStack(rows: readonly HeaderCells[], merges: readonly Area[]): HeaderReading {
  const claims: HeaderClaim[] = [];
  const headed: number[] = [];
  const { left, right } = rows[0];
  const bottom = rows[rows.length - 1];
  for (let c = left; c <= right; c++) {
    const labels: Label[] = [];
    let formLabel = false;
    for (let i = 0; i < rows.length; i++) {
      const label = labelAt(rows, i, c, merges);
      if (!label) continue;
      if (labels[labels.length - 1]?.key !== label.key || labels[labels.length - 1]?.text !== label.text)
        labels.push(label);
      if (rows[i].keys[c] != null && isFormLabel(rows[i], c)) formLabel = true;
    }
    if (labels.length === 0) {
      if (rows.some((r) => mergeCovering(merges, r.row, c))) headed.push(c);
      continue;
    }
    headed.push(c);
    if (formLabel) continue;
    const beside = [c - 1, c - 2, c + 1].some((k) => bottom.keys[k] === "ngay" || bottom.keys[k] === "thang");
    const found = fieldOfStack(labels, beside);
    if (!found) continue;
    claims.push({ ...found, col: c, header: labels.map((l) => l.text).join(" / ") });
  }
  return { top: rows[0].row, bottom: bottom.row, claims, headed };
}
