import type { RosterKind } from "../roster/types";
import { parseLevel } from "./admin-level";
import { parseKind } from "./kind-words";
import type { AdminLevel, Criterion, TargetWarning } from "./types";

/** Alternatives in one criteria cell are separated by ";" or by line breaks. */
export function alternatives(cell: string): string[] {
  return cell
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** A targets row's criteria cells, each split into alternatives. A row may have two programme cells (Chương trình, Trình độ). */
export interface CriteriaCells {
  programmes: readonly (readonly string[])[];
  field: readonly string[];
  level: readonly string[];
  kind: readonly string[];
}

function known<T>(texts: readonly string[], parse: (text: string) => T | null, warn: (text: string) => void): T[] {
  const out: T[] = [];
  for (const text of texts) {
    const value = parse(text);
    if (value === null) warn(text);
    else if (!out.includes(value)) out.push(value);
  }
  return out;
}

/**
 * One criterion per non-blank criteria cell. Unknown levels and kinds are warned about and left out, so a
 * criterion made only of unknown words matches nothing rather than everything.
 */
export function criteriaOf(cells: CriteriaCells, row: number, warnings: TargetWarning[]): Criterion[] {
  const criteria: Criterion[] = cells.programmes
    .filter((any) => any.length > 0)
    .map((any) => ({ on: "programme", any }));
  if (cells.field.length > 0) criteria.push({ on: "field", any: cells.field });
  if (cells.level.length > 0) {
    criteria.push({
      on: "level",
      any: known<AdminLevel>(cells.level, parseLevel, (value) => warnings.push({ code: "unknown-level", row, value })),
    });
  }
  if (cells.kind.length > 0) {
    criteria.push({
      on: "kind",
      any: known<RosterKind>(cells.kind, parseKind, (value) => warnings.push({ code: "unknown-kind", row, value })),
    });
  }
  return criteria;
}
