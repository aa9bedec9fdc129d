export type LegacyEncoding = "tcvn3" | "vni";

/**
 * Which legacy encoding a cell's font implies. ABC (TCVN3) fonts are named ".Vn…", their capitals
 * variants end in "H" (".VnTimeH", ".VnArial NarrowH"); VNI fonts are named "VNI-…".
 */
export function legacyFontEncoding(font: string | undefined): { encoding: LegacyEncoding; upper: boolean } | null {
  const name = font?.trim() ?? "";
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", upper: name.endsWith("H") };
  if (/^vni[- ]/i.test(name)) return { encoding: "vni", upper: false };
  return null;
}
