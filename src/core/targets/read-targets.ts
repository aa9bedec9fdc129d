import type { CellValue, SheetInput, WorkbookInput } from "../grid/types";
import { cellText } from "../roster/cell-reading";
import { toUnicode } from "../text/detect-legacy";
import { foldDiacritics } from "../vocab/keys";
import { alternatives, criteriaOf } from "./criteria";
import { targetColumn, type TargetColumn } from "./headers";
import { containsPhrase, matchKey } from "./match-key";
import { targetNumber } from "./target-number";
import { termAbove } from "./term";
import type { Criterion, Target, TargetsRead, TargetWarning } from "./types";

/** Rows searched for the header, as for rosters. */
const HEADER_SEARCH_ROWS = 30;
const TOTALS = new Set(["tổng cộng", "tổng", "cộng", "total"].map(matchKey));
const ROTATION = matchKey("luân chuyển");

type Columns = ReadonlyMap<TargetColumn, readonly number[]>;

function textAt(sheet: SheetInput, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const value: CellValue = sheet.values[r]?.[c] ?? null;
  return typeof value === "string"
    ? toUnicode(value, sheet.fonts?.[r]?.[c] ?? undefined).trim()
    : cellText(value).trim();
}

/** The first row with both a category column and a target column; every column it names, in order. */
function findHeader(sheet: SheetInput): { row: number; columns: Columns } | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); r++) {
    const columns = new Map<TargetColumn, number[]>();
    sheet.values[r].forEach((_, c) => {
      const column = targetColumn(textAt(sheet, r, c));
      if (column !== null) columns.set(column, [...(columns.get(column) ?? []), c]);
    });
    if (columns.has("label") && columns.has("target")) return { row: r, columns };
  }
  return null;
}

/** A row with a target but no criteria is the category its label names: a programme, or rotation. */
function criteriaFromLabel(label: string): Criterion[] {
  return containsPhrase(matchKey(label), ROTATION)
    ? [{ on: "kind", any: ["rotation"] }]
    : [{ on: "programme", any: [label] }];
}

function readRow(sheet: SheetInput, r: number, columns: Columns, warnings: TargetWarning[]): Target | null {
  const row = r + (sheet.origin?.row ?? 1);
  const cells = (column: TargetColumn) => (columns.get(column) ?? []).map((c) => alternatives(textAt(sheet, r, c)));
  const first = (column: TargetColumn) => cells(column)[0] ?? [];
  const label = textAt(sheet, r, columns.get("label")?.[0]);
  const rowWarnings: TargetWarning[] = [];
  const criteria = criteriaOf(
    {
      programmes: [...cells("programme"), ...cells("education")],
      field: first("field"),
      level: first("level"),
      kind: first("kind"),
    },
    row,
    rowWarnings,
  );
  const targetCell = sheet.values[r]?.[columns.get("target")?.[0] ?? -1] ?? null;
  const target = targetNumber(targetCell);
  if (label === "" && criteria.length === 0) return null;
  if (TOTALS.has(matchKey(label))) return null;
  // A row with neither criteria nor target is a heading ("I. ĐÀO TẠO") or a note.
  if (criteria.length === 0 && target === null) return null;
  warnings.push(...rowWarnings);
  if (target === "bad") warnings.push({ code: "bad-target", row, value: cellText(targetCell) });
  const shownLabel =
    label !== "" ? label : criteria.flatMap((c) => (c.on === "programme" || c.on === "field" ? c.any : [])).join(" – ");
  return {
    label: shownLabel,
    row,
    target: target === "bad" ? null : target,
    criteria: criteria.length > 0 ? criteria : criteriaFromLabel(label),
  };
}

/**
 * Reads a targets sheet ("Chỉ tiêu"): a header row with a category column ("Danh mục", "Hạng mục", "Nội dung")
 * and a target column ("Chỉ tiêu"), optional criteria columns (Chương trình, Trình độ, Lĩnh vực, Cấp, Loại), and
 * one row per category below it. See docs/targets.md.
 */
export function readTargets(sheet: SheetInput): TargetsRead {
  const header = findHeader(sheet);
  if (header === null) return { ok: false, problem: "no-header" };
  const targets: Target[] = [];
  const warnings: TargetWarning[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const target = readRow(sheet, r, header.columns, warnings);
    if (target !== null) targets.push(target);
  }
  if (targets.length === 0) return { ok: false, problem: "no-categories" };
  return { ok: true, sheet: sheet.name, targets, warnings, term: termAbove(sheet, header.row) };
}

const TARGET_SHEET_NAMES = new Set(["chi tieu", "targets"]);

function isTargetsSheetName(name: string): boolean {
  return TARGET_SHEET_NAMES.has(foldDiacritics(matchKey(name)).trim());
}

/**
 * The targets of a workbook: from its sheet named "Chỉ tiêu" (or "Targets") when it has one, else from the
 * first sheet that holds a targets table. The problem reported is the named sheet's, else the first sheet's.
 */
export function findTargets(workbook: WorkbookInput): TargetsRead {
  const named = workbook.sheets.filter((sheet) => isTargetsSheetName(sheet.name));
  const order = [...named, ...workbook.sheets.filter((sheet) => !named.includes(sheet))];
  let first: TargetsRead | null = null;
  for (const sheet of order) {
    const read = readTargets(sheet);
    if (read.ok) return read;
    first ??= read;
  }
  return first ?? { ok: false, problem: "no-header" };
}

/**
 * The targets of a workbook the user picked to compare with: as `findTargets`, but a table whose categories
 * all lack a number is refused ("no-targets"), since every category would read "no target set". The sheet
 * the pane makes starts that way and is filled in later, so this holds for picked files only.
 */
export function targetsOfPickedFile(workbook: WorkbookInput): TargetsRead {
  const read = findTargets(workbook);
  return read.ok && read.targets.every((t) => t.target === null) ? { ok: false, problem: "no-targets" } : read;
}
