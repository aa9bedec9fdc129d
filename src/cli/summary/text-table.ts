/** Splits text into lines of at most `width` characters, at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * An aligned plain-text table. Columns in `numeric` are right-aligned; the first column wraps at
 * `firstWidth`, its further lines leaving the other columns blank.
 */
export function textTable(
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number>,
  firstWidth: number,
): string[] {
  const split = rows.map((row) => ({ first: wrap(row[0], firstWidth), rest: row.slice(1) }));
  const widths = [
    Math.max(...split.flatMap((r) => r.first.map((l) => l.length))),
    ...rows[0].slice(1).map((_, i) => Math.max(...rows.map((row) => row[i + 1].length))),
  ];
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const out: string[] = [];
  split.forEach(({ first, rest }, i) => {
    out.push(line([first[0], ...rest]));
    for (const more of first.slice(1)) out.push(line([more, ...rest.map(() => "")]));
    if (i === 0) out.push(widths.map((w) => "-".repeat(w)).join("  "));
  });
  return out;
}
