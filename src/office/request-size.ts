/**
 * What a batch weighs against Excel on the web's request limit ("5 MB" for a request or a response:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * estimated the way Office.js's request serializer writes a batch. Measured on `excel-web-16.00.debug.js` of
 * @microsoft/office-js; test/browser/request-size.test.ts keeps these estimates at or above what that
 * serializer sends for every batch shape the add-in uses. A batch is one JSON object:
 *   {"Actions":[…],"ObjectPaths":{…}}
 * Every object it uses (a sheet, a range, a range's font) is an object path, sent with an "Instantiate"
 * action and its id in a list ("L"); reads, property writes and method calls are further actions.
 * Ids count up through the whole `Excel.run`, so they are charged at 7 digits each.
 */

/** The smaller reading of Excel on the web's "5 MB". */
const REQUEST_LIMIT_BYTES = 5_000_000;

/**
 * What one request may weigh by these estimates: 70 % of the limit, which leaves room for whatever the
 * host wraps around the body before counting it (not visible outside Excel on the web).
 */
export const REQUEST_BUDGET_BYTES = REQUEST_LIMIT_BYTES * 0.7;

const ID = 7;
const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON, as the serializer writes arguments. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "null").length;
}

/** Office.js names properties and methods with a capital first letter: "values" → "Values". */
const wire = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * An object path reached by a method or an indexer (`getRange("A1")`, `getItem("Sheet")`), with its
 * Instantiate action and its place in an "L" list:
 * "7":{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":["A1"]}},
 * {"Id":8,"ActionType":1,"Name":"","ObjectPathId":7},  …,"L":[7]
 */
export function methodPathBytes(method: string, args: readonly unknown[]): number {
  return 149 + 6 * ID + wire(method).length + jsonBytes(args);
}

/** An object path reached by a property (`range.format`, `format.font`), with its Instantiate action. */
export function propertyPathBytes(property: string): number {
  return 119 + 6 * ID + property.length;
}

/** A property write: {"Id":9,"ActionType":4,"Name":"Values","ObjectPathId":7,"ArgumentInfo":{"Arguments":[…]}}, */
export function setBytes(property: string, value: unknown): number {
  return 81 + 2 * ID + property.length + jsonBytes(value);
}

/** A read: {"Id":9,"ActionType":2,"Name":"","ObjectPathId":7,"QueryInfo":{"Select":["values",…]}}, */
export function queryBytes(select: readonly string[]): number {
  return 73 + 2 * ID + jsonBytes(select);
}

/** A method call that returns nothing or a value: {"Id":9,"ActionType":3,"Name":"Delete","ObjectPathId":7,"ArgumentInfo":{"Arguments":[]}}, */
export function methodBytes(method: string, args: readonly unknown[]): number {
  return 79 + 2 * ID + method.length + jsonBytes(args);
}

/**
 * Office.js sends a values, number-format or formulas array of more than 1,500 cells as blocks of rows
 * (`setRangePropertiesInBulk` in excel-web-16.00.debug.js): a size check, then per block two rows and their
 * bounding range as object paths, flagged `"D":true`, and the block's write.
 */
const BULK_CELLS = 1500;
const BULK_PROPERTIES = new Set(["values", "numberFormat", "formulas"]);
const BULK_BLOCK_BYTES = 2 * methodPathBytes("getRow", [1_048_576]) + methodPathBytes("getBoundingRect", [0]) + 80;

/** A range property's write, in blocks where Office.js cuts it. */
export function rangeSetBytes(property: string, value: unknown): number {
  const grid: unknown[] = Array.isArray(value) ? value : [];
  const rows = grid.length;
  const columns = Array.isArray(grid[0]) ? grid[0].length : 0;
  if (!BULK_PROPERTIES.has(property) || rows * columns <= BULK_CELLS) return setBytes(property, value);
  const blocks = Math.ceil(rows / Math.max(1, Math.round(BULK_CELLS / columns)));
  return (
    methodBytes("_ValidateArraySize", [rows, columns]) +
    blocks * (BULK_BLOCK_BYTES + setBytes(property, [])) +
    jsonBytes(value)
  );
}

/** What every batch on one sheet carries: the envelope, the workbook, its worksheets and the sheet. */
export function sheetBatchBytes(sheet: string): number {
  return 31 + methodPathBytes("", []) + propertyPathBytes("Worksheets") + methodPathBytes("", [sheet]);
}

/** The workbook's settings collection, once per batch that touches it. */
export const SETTINGS_PATH_BYTES = propertyPathBytes("Settings");

/** A range written in one go: the properties set on it, on its font and on its fill. */
export interface RangeWrite {
  address: string;
  /** Range properties by name: values, numberFormat, formulas, hyperlink … */
  properties?: Readonly<Record<string, unknown>>;
  /** `range.format.font` properties by name. */
  font?: Readonly<Record<string, unknown>>;
  /** `range.format.fill` properties by name. */
  fill?: Readonly<Record<string, unknown>>;
}

/** The request bytes of one range's write; add `sheetBatchBytes` once per batch. */
export function rangeWriteBytes(write: RangeWrite): number {
  const sets = (properties: Readonly<Record<string, unknown>> | undefined) =>
    Object.entries(properties ?? {}).reduce((n, [name, value]) => n + setBytes(name, value), 0);
  const rangeSets = Object.entries(write.properties ?? {}).reduce((n, [name, v]) => n + rangeSetBytes(name, v), 0);
  let bytes = methodPathBytes("getRange", [write.address]) + rangeSets;
  if (write.font || write.fill) bytes += propertyPathBytes("Format");
  if (write.font) bytes += propertyPathBytes("Font") + sets(write.font);
  if (write.fill) bytes += propertyPathBytes("Fill") + sets(write.fill);
  return bytes;
}

/** The request bytes of `workbook.settings.add(key, value)`. */
export function settingBytes(key: string, value: string): number {
  return methodPathBytes("add", [key, value]);
}

/**
 * Items in groups whose summed estimates stay within `budget` besides `base` (what every batch carries);
 * an item heavier than the budget goes alone, so the caller's limit is hit rather than the loop stalled.
 */
export function byBudget<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  base: number,
  budget = REQUEST_BUDGET_BYTES,
): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = base;
  for (const item of items) {
    const cost = bytesOf(item);
    if (group.length > 0 && bytes + cost > budget) {
      groups.push(group);
      group = [];
      bytes = base;
    }
    group.push(item);
    bytes += cost;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
