import { a1, parseA1 } from "../core/grid";
import type { Issue, Severity } from "../core/report/types";

const RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

/**
 * The cells to colour, by severity: each cell once, with the most serious of its issues, and the
 * cells of a column that follow one another joined ("C5:C9"). Issues without a cell address are skipped.
 */
export function markAddresses(issues: readonly Pick<Issue, "cell" | "severity">[]): Map<Severity, string[]> {
  const worst = new Map<string, { row: number; column: number; severity: Severity }>();
  for (const issue of issues) {
    const at = parseA1(issue.cell);
    if (!at || Number.isNaN(at.column)) continue;
    const key = `${at.column}:${at.row}`;
    const seen = worst.get(key);
    if (!seen || RANK[issue.severity] > RANK[seen.severity]) worst.set(key, { ...at, severity: issue.severity });
  }
  const cells = [...worst.values()].sort((x, y) => x.column - y.column || x.row - y.row);
  const groups = new Map<Severity, string[]>();
  for (const severity of Object.keys(RANK) as Severity[]) {
    const runs: { column: number; top: number; bottom: number }[] = [];
    for (const cell of cells.filter((c) => c.severity === severity)) {
      const last = runs[runs.length - 1];
      if (last && last.column === cell.column && last.bottom + 1 === cell.row) last.bottom = cell.row;
      else runs.push({ column: cell.column, top: cell.row, bottom: cell.row });
    }
    if (runs.length)
      groups.set(
        severity,
        runs.map((r) =>
          r.top === r.bottom ? a1(r.top, r.column) : `${a1(r.top, r.column)}:${a1(r.bottom, r.column)}`,
        ),
      );
  }
  return groups;
}

/** Joins addresses with commas into strings of at most `maxChars` characters. */
export function chunkAddresses(addresses: readonly string[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** How many cells the addresses cover. */
export function cellCount(addresses: readonly string[]): number {
  return addresses.reduce((n, address) => {
    const [first, last = first] = address.split(":").map((part) => parseA1(part)?.row ?? 0);
    return n + last - first + 1;
  }, 0);
}
