/** The widest digit of Excel's default font (Calibri 11) in pixels, the unit a file's column widths count in. */
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * A column width as a file stores it (characters of the widest digit, padding included, as exceljs writes it)
 * in points, the unit of `RangeFormat.columnWidth` (office-js issue #187). Pixels per ECMA-376 Part 1,
 * §18.3.1.13: Truncate(((256 × width + Truncate(128 / digit)) / 256) × digit).
 */
export function columnPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}
