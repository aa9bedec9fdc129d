import type { Area, CellValue } from "../grid/types";
import { isBlank } from "../grid/types";
import { mergeCovering } from "../grid/merge-cover";
import { toUnicode } from "../text";
import { footerKind } from "./footer";
import { isNumberingRow } from "./numbering";

/** What a row of a roster's data area is, read from its cells alone. */
export type RowShape =
  | { kind: "blank" }
  | { kind: "person" }
  | { kind: "footer" }
  | { kind: "numbering" }
  | { kind: "subtotal"; text: string; count: number | null; countCol: number | undefined }
  | { kind: "heading"; text: string; marker: string | null }
  /** A row of text alone that is not a person: a section heading, or the title of the next list. */
  | { kind: "text"; text: string };

export interface RowFrame {
  left: number;
  right: number;
  sttCol: number | null;
  nameCol: number | null;
  merges: readonly Area[];
}

/** "I.", "II)", "A.", "1.", "1.2.", "a)" and "Khối …"/"Nhóm …" open a section heading. */
const MARKER = /^\s*((?:[IVXLC]{1,6}|[A-ZĐ]|[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})\s*[.)/-])\s*(\S.*)$/u;
const GROUP_WORD = /^\s*(?:khối|khoi|nhóm|nhom|phần|phan)\s+\S/iu;
/**
 * Words that open the name of a unit, never a person's name: "Sở Y tế" in the name column, alone on its
 * row, heads the unit's people.
 */
const UNIT_NAME = new RegExp(
  `^\\s*(?:${[
    "sở",
    "ban",
    "phòng",
    "ubnd",
    "ủy ban",
    "uỷ ban",
    "huyện",
    "thành phố",
    "thị xã",
    "trường",
    "bệnh viện",
    "văn phòng",
    "cơ quan",
    "đảng ủy",
    "huyện ủy",
    "thành ủy",
    "tỉnh ủy",
    "trung tâm",
    "chi cục",
    "cục",
    "mặt trận",
    "khối",
  ].join("|")})(?!\\p{L})`,
  "iu",
);

/** "Cộng: 4 người", "Tổng số 12 đồng chí": the count a subtotal states in its own text. */
const STATED_COUNT = /(\d{1,6})\s*(?:người|ng\.?|cán bộ|đồng chí|đ\/c|cb)?\s*\)?\s*$/iu;

/** The marker of a heading's numbering style: "I" and "V" both Roman, "A" a letter, "1.2" two levels of digits. */
function markerStyle(marker: string): string {
  const bare = marker.replace(/[\s.)/-]+$/, "");
  if (/^[IVXLC]+$/.test(bare) && bare !== "C" && bare !== "L") return "roman";
  if (/^[A-ZĐ]$/.test(bare)) return "upper";
  if (/^[a-zđ]$/.test(bare)) return "lower";
  return `digits${bare.split(".").length}`;
}

function textOf(value: CellValue, font: string | null | undefined): string {
  return typeof value === "string" ? toUnicode(value, font ?? undefined).trim() : String(value);
}

function isWholeNumber(value: CellValue): boolean {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

/** The area a merge covering the cell spans, in columns. */
function mergedWidth(merges: readonly Area[], row: number, col: number): number {
  const area = mergeCovering(merges, row, col);
  return area ? area.right - area.left + 1 : 1;
}

/** All letters upper case, two words at least: how headings are typed ("KHỐI CHÍNH QUYỀN"). */
function isShouted(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text.trim().includes(" ");
}

/**
 * Reads one row of a data area. A person row has a name, or any value besides an STT number, that
 * no structure wording explains. Headings and subtotals are recognised by their wording and by how
 * little the row holds: a heading is one text (numbered "I.", "1.", "A.", opening with "Khối", merged
 * across the row, or in capitals outside the name column); a subtotal opens with "Cộng" or "Tổng".
 */
export function rowShape(
  values: readonly CellValue[],
  fonts: readonly (string | null)[] | undefined,
  row: number,
  frame: RowFrame,
): RowShape {
  const right = Math.min(frame.right, values.length - 1);
  const filled: number[] = [];
  for (let c = frame.left; c <= right; c++) if (!isBlank(values[c])) filled.push(c);
  // Nothing, or nothing but an STT number (a template's pre-numbered rows).
  if (filled.length === 0 || (filled.length === 1 && filled[0] === frame.sttCol && isWholeNumber(values[filled[0]])))
    return { kind: "blank" };

  const texts = filled.filter((c) => typeof values[c] === "string");
  // A row with a name is a person unless the name cell itself holds footer or total wording: positions
  // ("Giám đốc") and units ("Cộng đồng …") elsewhere in the row say nothing.
  const name = frame.nameCol === null ? null : values[frame.nameCol];
  const named = typeof name === "string" && name.trim() !== "";
  for (const c of named ? [frame.nameCol as number] : texts) {
    const text = textOf(values[c], fonts?.[c]);
    const kind = footerKind(text);
    if (kind === "strong" || kind === "weak") return { kind: "footer" };
    if (kind === "total") {
      const stated = STATED_COUNT.exec(text);
      const countCol = filled.find((k) => k !== c && k !== frame.sttCol && typeof values[k] === "number");
      const count = stated ? Number(stated[1]) : countCol === undefined ? null : (values[countCol] as number);
      return { kind: "subtotal", text, count, countCol: stated ? c : countCol };
    }
  }
  if (isNumberingRow(values, frame.left, right)) return { kind: "numbering" };

  const stt = frame.sttCol === null ? null : values[frame.sttCol];
  // "I | KHỐI ĐẢNG", "1 | Sở Y tế": a heading numbered in the STT column, its title in the name column.
  if (filled.length === 2 && frame.sttCol !== null && frame.nameCol !== null && filled.includes(frame.sttCol)) {
    const title = values[frame.nameCol];
    if (typeof title === "string") {
      const text = textOf(title, fonts?.[frame.nameCol]);
      const number = textOf(stt, fonts?.[frame.sttCol]);
      const numbered = MARKER.exec(`${number}${/[.)]$/.test(number) ? "" : "."} x`);
      if (numbered && (!isWholeNumber(stt) || UNIT_NAME.test(text) || isShouted(text)))
        return { kind: "heading", text, marker: markerStyle(numbered[1]) };
    }
  }
  if (texts.length === 1 && filled.length === 1 && !isWholeNumber(stt)) {
    const c = texts[0];
    const text = textOf(values[c], fonts?.[c]);
    const marked = MARKER.exec(text);
    const wide = mergedWidth(frame.merges, row, c) > 2;
    const outsideName = frame.nameCol !== null && c !== frame.nameCol;
    if (marked) return { kind: "heading", text: marked[2].trim(), marker: markerStyle(marked[1]) };
    if (
      GROUP_WORD.test(text) ||
      wide ||
      UNIT_NAME.test(text) ||
      (outsideName && isShouted(text)) ||
      (c === frame.sttCol && outsideName)
    )
      return { kind: "heading", text, marker: null };
    // Text alone left of the name column (where titles and headings are typed): its meaning comes from what follows.
    if (frame.nameCol === null || c < frame.nameCol) return { kind: "text", text };
  }
  return { kind: "person" };
}
