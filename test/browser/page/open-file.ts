/**
 * Excel opening a workbook the user picked (`insertWorksheetsFromBase64`), for the page's stand-in host:
 * the file read with the pane's own reader, its sheets handed to the host as Excel would find them. What
 * Excel would not open (not a workbook, damaged, encrypted) stays unopened, and a file holding what Excel on
 * the web will not insert is marked so: the host then refuses it as Excel does.
 */
import type { Area, SheetInput } from "../../../src/core/grid/types";
import { a1 } from "../../../src/core/grid/address";
import { readXlsx } from "../../../src/taskpane/plan/xlsx-reader";
import type { GridSheet, KnownFile } from "../../host";
import { zipEntryNames } from "./zip-entries";

/** The parts of notes, charts, PivotTables and slicers, which Excel on the web does not insert. */
const WEB_UNSUPPORTED = /^xl\/(comments|threadedComments|charts|pivotTables|pivotCache|slicers|slicerCaches)/i;

function gridSheet(sheet: SheetInput): GridSheet {
  const row = sheet.origin?.row ?? 1;
  const col = sheet.origin?.col ?? 1;
  const range = (area: Area) => `${a1(row + area.top, col + area.left)}:${a1(row + area.bottom, col + area.right)}`;
  return {
    name: sheet.name,
    rows: sheet.values,
    at: a1(row, col),
    numberFormats: sheet.numberFormats,
    fonts: sheet.fonts,
    merges: sheet.merges?.map(range),
    tables: sheet.tables?.map((t) => ({ name: t.name, range: range(t), showHeaders: t.hasHeader })),
  };
}

export async function openPickedFile(base64: string): Promise<KnownFile | null> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  try {
    const book = await readXlsx(bytes.buffer, "");
    return {
      sheets: book.sheets.map(gridSheet),
      webUnsupported: zipEntryNames(bytes).some((name) => WEB_UNSUPPORTED.test(name)),
    };
  } catch {
    return null;
  }
}
