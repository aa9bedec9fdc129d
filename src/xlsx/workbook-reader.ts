import type { SheetInput, WorkbookInput } from "../core/grid/types";
import { FileRefused, type ReadBudget } from "./read-budget";
import { readRelationships, type Relationship } from "./relationships-part";
import { readSharedStrings, type SharedStrings } from "./shared-strings-part";
import { sheetGrid } from "./sheet-grid";
import { NO_STYLES, readStyles } from "./styles-part";
import { readTable, type TablePart } from "./table-part";
import { readWorkbookPart } from "./workbook-part";
import { readWorksheet, type WorkbookContext } from "./worksheet-part";
import { inflatePart } from "./inflate-part";
import { readXmlPart } from "./xml-part";
import { zipParts, type ZipPart } from "./zip-parts";

const WORKBOOK = "xl/workbook.xml";

/** The part a workbook's relationship of this kind points at, or the one at its usual place. */
function partOf(
  parts: ReadonlyMap<string, ZipPart>,
  links: ReadonlyMap<string, Relationship>,
  kind: string,
  usual: string,
): ZipPart | undefined {
  for (const link of links.values()) if (link.kind === kind && parts.has(link.target)) return parts.get(link.target);
  return parts.get(usual);
}

async function tablesOf(
  zip: Buffer,
  parts: ReadonlyMap<string, ZipPart>,
  sheetPart: string,
  ids: readonly string[],
  budget: ReadBudget,
): Promise<TablePart[]> {
  if (ids.length === 0) return [];
  const links = await readRelationships(zip, parts, sheetPart, budget);
  const tables: TablePart[] = [];
  for (const id of ids) {
    const part = parts.get(links.get(id)?.target ?? "");
    const table = part && (await readTable(zip, part, budget));
    if (table) tables.push(table);
  }
  return tables;
}

/**
 * An .xlsx file's bytes read part by part as they inflate, into the engine's input, every limit of the
 * budget held while reading. Only the parts the engine needs are read: the workbook and its relationships,
 * the shared strings, the styles, each worksheet (chart sheets have no cells) and its tables. Throws
 * FileRefused with the problem as soon as the file breaks a limit or turns out damaged.
 */
export async function readWorkbookParts(zip: Buffer, file: string, budget: ReadBudget): Promise<WorkbookInput> {
  const parts = zipParts(zip);
  if (parts === null) throw new FileRefused({ code: "corrupt", detail: null });
  // No spreadsheet small enough to check needs ZIP64.
  if (parts === "zip64") throw new FileRefused({ code: "too-large-unzipped", limit: budget.limits.maxUnzippedBytes });
  const workbookPart = parts.get(WORKBOOK);
  if (!workbookPart) throw new FileRefused({ code: "no-sheets" });
  const book = await readWorkbookPart(zip, workbookPart, budget);
  const links = await readRelationships(zip, parts, WORKBOOK, budget);
  const stringsPart = partOf(parts, links, "sharedStrings", "xl/sharedStrings.xml");
  const stylesPart = partOf(parts, links, "styles", "xl/styles.xml");
  const strings: SharedStrings = stringsPart
    ? await readSharedStrings(zip, stringsPart, budget)
    : { texts: [], fonts: new Map() };
  const styles = stylesPart ? await readStyles(zip, stylesPart, budget) : NO_STYLES;
  const context: WorkbookContext = { strings, styles, date1904: book.date1904 };
  const sheets: SheetInput[] = [];
  for (const { name, id } of book.sheets) {
    const link = links.get(id);
    const part = link?.kind === "worksheet" ? parts.get(link.target) : undefined;
    if (!part) continue;
    const cells = await readWorksheet(zip, part, budget, context);
    const tables = await tablesOf(zip, parts, part.name, cells.tableIds, budget);
    sheets.push(sheetGrid(name, cells, tables, budget));
  }
  if (sheets.length === 0) throw new FileRefused({ code: "no-sheets" });
  return { file, sheets };
}

/** Parts a library that loads the whole file parses as XML. */
const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * Every part of the zip inflated within the budget, and every XML part parsed for its nesting, without
 * keeping anything: what a library that loads the whole file will meet, vetted before it is let near it.
 */
export async function vetEveryPart(zip: Buffer, budget: ReadBudget): Promise<void> {
  const parts = zipParts(zip);
  if (parts === null || parts === "zip64") throw new FileRefused({ code: "corrupt", detail: null });
  for (const part of parts.values()) {
    if (part.name.endsWith("/")) continue;
    if (XML_PART.test(part.name)) await readXmlPart(zip, part, budget, {});
    else await inflatePart(zip, part, budget, () => undefined);
  }
}
