import type { SheetInput } from "../grid/types";
import type { Settings } from "../settings";
import { lastDataRow } from "./data-extent";
import { findHeaderInTables, findHeaderInWindow } from "./header-search";
import { rosterKind } from "./kind";
import { isNumberingRow } from "./numbering";
import type { FieldId, RosterColumn, RosterLayout } from "./types";

/**
 * Finds the roster on a sheet, or null when the sheet holds none (a targets sheet, a cover page, an
 * empty sheet). An Excel table with a roster header wins; otherwise the header is searched in the first
 * `settings.headerSearchRows` rows.
 */
export function locateRoster(sheet: SheetInput, settings: Settings): RosterLayout | null {
  const inTable = findHeaderInTables(sheet);
  const reading = inTable?.reading ?? findHeaderInWindow(sheet, settings.headerSearchRows);
  if (!reading) return null;
  const table = inTable?.table ?? null;

  const columns: RosterColumn[] = [];
  const duplicateColumns: RosterColumn[] = [];
  const taken = new Set<FieldId>();
  for (const claim of reading.claims) {
    (taken.has(claim.field) ? duplicateColumns : columns).push(claim);
    taken.add(claim.field);
  }
  const colOf = (field: FieldId) => columns.find((c) => c.field === field)?.col ?? null;

  const left = table ? table.left : 0;
  const right = table ? table.right : null;
  const last = table ? Math.min(table.bottom, sheet.values.length - 1) : sheet.values.length - 1;
  const below = reading.bottom + 1;
  const numberingRow = below <= last && isNumberingRow(sheet.values[below], left, right ?? Infinity) ? below : null;
  const firstDataRow = (numberingRow ?? reading.bottom) + 1;
  return {
    kind: rosterKind(taken),
    headerTop: reading.top,
    headerBottom: reading.bottom,
    numberingRow,
    firstDataRow,
    lastDataRow: lastDataRow(sheet.values, {
      first: firstDataRow,
      last,
      left,
      right,
      nameCol: colOf("fullName"),
      sttCol: colOf("stt"),
    }),
    columns,
    duplicateColumns,
    headedColumns: reading.headed,
    table: table?.name ?? null,
  };
}
