import type { CellValue, SheetInput, TableArea } from "../grid/types";
import type { Settings } from "../settings";
import { findHeaderInRows, findHeaderInTables, findHeaderInWindow, isRosterHeader } from "./header-search";
import type { HeaderReading } from "./header-one-row";
import { rosterKind } from "./kind";
import { isNumberingRow } from "./numbering";
import { type RowFrame, rowShape } from "./structure";
import type { DatePart, FieldId, RosterColumn, RosterKind, RosterLayout, StructureRow } from "./types";

const NO_CELLS: readonly CellValue[] = [];

/** Columns from a header's claims: a split date's pieces become one column; a second claim of a field is a duplicate. */
function columnsOf(reading: HeaderReading): { columns: RosterColumn[]; duplicates: RosterColumn[] } {
  const columns: RosterColumn[] = [];
  const duplicates: RosterColumn[] = [];
  const split = new Map<FieldId, RosterColumn>();
  for (const claim of reading.claims) {
    const { part, ...column } = claim;
    if (part) {
      const whole = split.get(claim.field);
      const parts: Partial<Record<DatePart, number>> = { ...whole?.parts, [part]: claim.col };
      if (whole && whole.parts?.[part] === undefined) {
        whole.parts = parts;
        if (part === "year") whole.col = claim.col;
        continue;
      }
      if (!whole && !columns.some((c) => c.field === claim.field)) {
        const made = { ...column, header: column.header.replace(/ \/ [^/]*$/, ""), parts };
        split.set(claim.field, made);
        columns.push(made);
        continue;
      }
    }
    const yearOnly = /^năm sinh/iu.test(claim.header.split(" / ").pop() ?? "");
    const combined = claim.field === "decisionNumber" && /^số,? ngày/iu.test(claim.header);
    const made: RosterColumn = { ...column, ...(yearOnly ? { yearOnly } : {}), ...(combined ? { combined } : {}) };
    (columns.some((c) => c.field === claim.field) ? duplicates : columns).push(made);
  }
  return { columns, duplicates };
}

/** A list's kind by its title, where the title says it ("Danh sách dự nguồn", "… luân chuyển …"). */
function kindByTitle(title: readonly string[]): RosterKind | null {
  const text = title.join(" ").toLowerCase();
  if (/quy hoạch|dự nguồn/u.test(text)) return "planning";
  if (/luân chuyển/u.test(text)) return "rotation";
  if (/đào tạo|bồi dưỡng|cử đi học/u.test(text)) return "training";
  return null;
}

/** Fields that make a roster a rotation or training list whatever its title says. */
function kindOf(fields: ReadonlySet<FieldId>, title: readonly string[]): RosterKind {
  const byFields = rosterKind(fields);
  const byTitle = kindByTitle(title);
  // A planning list often shows the training its people had; its title says what the list is.
  return byTitle === "planning" && byFields === "training" ? "planning" : byFields;
}

function fieldSet(reading: HeaderReading): Set<FieldId> {
  return new Set(reading.claims.map((c) => c.field));
}

function sameFields(a: HeaderReading, b: HeaderReading): boolean {
  const x = fieldSet(a);
  const y = fieldSet(b);
  return x.size === y.size && [...x].every((f) => y.has(f));
}

/** A row that could start a header: two texts at least and no numbers (people's rows carry STT numbers and dates). */
function mightBeHeader(cells: readonly CellValue[], left: number, right: number): boolean {
  let texts = 0;
  for (let c = left; c <= Math.min(right, cells.length - 1); c++) {
    const value = cells[c];
    if (typeof value === "number") return false;
    if (typeof value === "string" && value.trim() !== "") texts++;
  }
  return texts >= 2;
}

interface Scan {
  layout: RosterLayout;
  /** The header of the next list on the sheet, and the title rows above it. */
  next: { reading: HeaderReading; title: string[] } | null;
}

/**
 * Reads the data area under `reading`: person rows interrupted by section headings, subtotals, repeated
 * headers and numbering rows, up to a footer (signatures, place and date, notes), the next list's title
 * and header, or the end of the sheet or table. Blank rows next to a structure row are part of it.
 */
function scanList(sheet: SheetInput, reading: HeaderReading, title: string[], table: TableArea | null): Scan {
  const { columns, duplicates } = columnsOf(reading);
  const colOf = (field: FieldId) => columns.find((c) => c.field === field)?.col ?? null;
  const left = table ? table.left : 0;
  const right = table ? table.right : Math.max(...reading.headed, ...columns.map((c) => c.col));
  const last = table ? Math.min(table.bottom, sheet.values.length - 1) : sheet.values.length - 1;
  const below = reading.bottom + 1;
  const numberingRow = below <= last && isNumberingRow(sheet.values[below], left, right) ? below : null;
  const firstDataRow = (numberingRow ?? reading.bottom) + 1;
  // Rows are read whole (a value beyond the header is an orphan, yet it makes its row part of the list).
  const frame: RowFrame = {
    left,
    right: table ? table.right : Infinity,
    sttCol: colOf("stt"),
    nameCol: colOf("fullName"),
    merges: sheet.merges ?? [],
  };

  const structure: StructureRow[] = [];
  /** Rows seen since the last person: blank rows, and text rows whose meaning the next row decides. */
  let pending: { row: number; text: string | null; style: string }[] = [];
  let lastPerson = firstDataRow - 1;
  let next: Scan["next"] = null;
  let afterStructure = false;
  /** Heading styles from the outermost in: a style seen before closes the sections below it. */
  const styles: string[] = [];
  /** The rows since the last person are headings (or spacing) before the row `structural` or a person. */
  const settle = (structural: boolean) => {
    const headed = pending.some((p) => p.text !== null);
    for (const p of pending) {
      if (p.text === null) {
        if (headed || structural || afterStructure) structure.push({ row: p.row, kind: "spacing", text: "" });
        continue;
      }
      const known = styles.indexOf(p.style);
      if (known >= 0) styles.length = known + 1;
      else styles.push(p.style);
      structure.push({ row: p.row, kind: "section", text: p.text, level: styles.length });
    }
    afterStructure = structural;
    pending = [];
  };
  for (let r = firstDataRow; r <= last; r++) {
    const values = sheet.values[r] ?? NO_CELLS;
    if (mightBeHeader(values, left, right)) {
      const header = findHeaderInRows(sheet, r, r);
      if (header && isRosterHeader(header)) {
        const titleRows = pending.filter((p) => p.text !== null);
        if (titleRows.length === 0 && sameFields(header, reading)) {
          settle(true);
          for (let k = header.top; k <= header.bottom; k++) structure.push({ row: k, kind: "header-repeat", text: "" });
          afterStructure = true;
          r = header.bottom;
          continue;
        }
        next = { reading: header, title: titleRows.map((p) => p.text as string) };
        break;
      }
    }
    const shape = rowShape(values, sheet.fonts?.[r], r, frame);
    if (shape.kind === "footer") break;
    if (shape.kind === "blank") pending.push({ row: r, text: null, style: "" });
    else if (shape.kind === "heading") pending.push({ row: r, text: shape.text, style: shape.marker ?? "plain" });
    else if (shape.kind === "text") pending.push({ row: r, text: shape.text, style: "plain" });
    else if (shape.kind === "numbering") {
      settle(true);
      structure.push({ row: r, kind: "numbering", text: "" });
    } else if (shape.kind === "subtotal") {
      settle(true);
      structure.push({ row: r, kind: "subtotal", text: shape.text, count: shape.count, countCol: shape.countCol });
    } else {
      settle(false);
      lastPerson = r;
    }
  }
  const kind = kindOf(fieldSet(reading), title);
  return {
    layout: {
      kind,
      headerTop: reading.top,
      headerBottom: reading.bottom,
      numberingRow,
      firstDataRow,
      lastDataRow: lastPerson,
      columns,
      duplicateColumns: duplicates,
      headedColumns: reading.headed,
      table: table?.name ?? null,
      // The totals under the last person count the list too; headings and spacing after it head nobody.
      structure: structure.filter((s) => s.row <= lastPerson || s.kind === "subtotal").sort((a, b) => a.row - b.row),
      title,
      right,
    },
    next,
  };
}

/** The rows of text just above a header: its list's title band. */
function titleAbove(sheet: SheetInput, top: number, from: number): string[] {
  const title: string[] = [];
  for (let r = top - 1; r >= from; r--) {
    const texts = (sheet.values[r] ?? NO_CELLS).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    if (texts.length === 0) {
      if (title.length > 0) break;
      continue;
    }
    if (texts.length > 1) break;
    title.unshift(texts[0].trim());
  }
  return title;
}

/**
 * Finds every roster on a sheet, top to bottom, or none (a targets sheet, a cover page, an empty sheet).
 * Rosters in Excel tables are read from their tables; otherwise the first header is searched in the first
 * `settings.headerSearchRows` rows and each list's data ends at its footer or at the next list's header.
 */
export function locateRosters(sheet: SheetInput, settings: Settings): RosterLayout[] {
  const inTables = findHeaderInTables(sheet);
  if (inTables.length > 0)
    return inTables.map(
      ({ table, reading }) => scanList(sheet, reading, titleAbove(sheet, reading.top, 0), table).layout,
    );
  const layouts: RosterLayout[] = [];
  const first = findHeaderInWindow(sheet, settings.headerSearchRows);
  let next: Scan["next"] = first ? { reading: first, title: titleAbove(sheet, first.top, 0) } : null;
  while (next) {
    const scan = scanList(sheet, next.reading, next.title, null);
    layouts.push(scan.layout);
    next = scan.next;
  }
  return layouts;
}

/** The first roster on a sheet, or null. */
export function locateRoster(sheet: SheetInput, settings: Settings): RosterLayout | null {
  return locateRosters(sheet, settings)[0] ?? null;
}
