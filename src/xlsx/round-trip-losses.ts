import type { ZipEntry } from "./zip-entries";

/** Parts of a workbook that exceljs may not carry from the file it read into the copy it writes. */
export type WorkbookFeature =
  | "addinSettings"
  | "comments"
  | "charts"
  | "pivotTables"
  | "slicers"
  | "sparklines"
  | "shapes"
  | "images"
  | "dataValidation"
  | "conditionalFormats"
  | "dynamicArrays"
  | "externalLinks"
  | "controls"
  | "customXml"
  | "customProperties"
  | "hyperlinks"
  | "merges"
  | "tables"
  | "protection"
  | "pageBreaks"
  | "cellStyles";

const WORKSHEETS = /^xl\/worksheets\/[^/]+\.xml$/i;

/** How to count a feature in a file: by the parts it lives in, or by markers in some parts' XML. */
type Counter = { parts: RegExp } | { in: RegExp; markers: readonly string[] };

const COUNTERS: Readonly<Record<WorkbookFeature, Counter>> = {
  addinSettings: { parts: /^xl\/webextensions\/webextension[^/]*\.xml$/i },
  comments: { in: /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i, markers: ["<comment ", "<threadedComment "] },
  charts: { parts: /^xl\/charts\/chart[^/]*\.xml$/i },
  pivotTables: { parts: /^xl\/pivotTables\/[^/]+\.xml$/i },
  slicers: { parts: /^xl\/(slicers|timelines)\/[^/]+\.xml$/i },
  sparklines: { in: WORKSHEETS, markers: ["<x14:sparklineGroup "] },
  shapes: { in: /^xl\/drawings\/[^/]+\.xml$/i, markers: ["<xdr:sp>", "<xdr:sp ", "<xdr:cxnSp"] },
  images: { parts: /^xl\/media\/[^/]+$/i },
  dataValidation: { in: WORKSHEETS, markers: ["<dataValidation ", "<x14:dataValidation "] },
  conditionalFormats: { in: WORKSHEETS, markers: ["<conditionalFormatting ", "<x14:conditionalFormatting "] },
  dynamicArrays: { parts: /^xl\/metadata\.xml$/i },
  externalLinks: { parts: /^xl\/externalLinks\/[^/]+\.xml$/i },
  controls: { parts: /^xl\/(ctrlProps|activeX)\/[^/]+$/i },
  customXml: { parts: /^customXml\/item\d*\.xml$/i },
  customProperties: { parts: /^docProps\/custom\.xml$/i },
  hyperlinks: { in: WORKSHEETS, markers: ["<hyperlink "] },
  merges: { in: WORKSHEETS, markers: ["<mergeCell "] },
  tables: { parts: /^xl\/tables\/[^/]+\.xml$/i },
  protection: { in: WORKSHEETS, markers: ["<sheetProtection ", "<workbookProtection "] },
  pageBreaks: { in: WORKSHEETS, markers: ["<brk "] },
  cellStyles: { in: /^xl\/styles\.xml$/i, markers: ["<cellStyle "] },
};

function occurrences(data: Buffer, marker: string): number {
  const needle = Buffer.from(marker);
  let n = 0;
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + needle.length)) n++;
  return n;
}

function count(entries: readonly ZipEntry[], counter: Counter): number {
  if ("parts" in counter) return entries.filter((entry) => counter.parts.test(entry.name)).length;
  let n = 0;
  for (const entry of entries) {
    if (!counter.in.test(entry.name)) continue;
    const data = entry.read();
    if (data !== null) for (const marker of counter.markers) n += occurrences(data, marker);
  }
  return n;
}

/**
 * The features the original file has more of than the copy: what the copy lost. The copy's added
 * change-log sheet holds none of these, so it cannot hide a loss.
 */
export function roundTripLosses(original: readonly ZipEntry[], copy: readonly ZipEntry[]): WorkbookFeature[] {
  return (Object.keys(COUNTERS) as WorkbookFeature[]).filter((feature) => {
    const before = count(original, COUNTERS[feature]);
    return before > 0 && count(copy, COUNTERS[feature]) < before;
  });
}
