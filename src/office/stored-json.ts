/**
 * A value kept in `workbook.settings`, as the add-in writes it (a JSON string) or as another tool may
 * have (the object itself). Junk reads as undefined: settings travel in files anyone can edit.
 */
export function parseStored(value: unknown): unknown {
  if (typeof value !== "string") return value ?? undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
