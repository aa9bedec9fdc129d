import { type ZipEntryToWrite, writeZip } from "./zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** What a hand-made workbook holds: each sheet's XML inside <worksheet>, and any part beside them. */
export interface HandMadeBook {
  sheets: { name: string; xml: string; rels?: string }[];
  sharedStrings?: string[];
  styles?: string;
  date1904?: boolean;
  extra?: ZipEntryToWrite[];
}

export const worksheet = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${inner}</worksheet>`;

export const relationships = (links: readonly { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}">${links
    .map((l) => `<Relationship Id="${l.id}" Type="${REL}/${l.type}" Target="${l.target}"/>`)
    .join("")}</Relationships>`;

/** The parts of a minimal .xlsx holding `book`, as a zip writer takes them. */
export function workbookEntries(book: HandMadeBook): ZipEntryToWrite[] {
  const links = book.sheets.map((_, i) => ({
    id: `rId${i + 1}`,
    type: "worksheet",
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  if (book.sharedStrings) links.push({ id: "rIdS", type: "sharedStrings", target: "sharedStrings.xml" });
  if (book.styles) links.push({ id: "rIdT", type: "styles", target: "styles.xml" });
  const entries: ZipEntryToWrite[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    { name: "_rels/.rels", data: relationships([{ id: "rId1", type: "officeDocument", target: "xl/workbook.xml" }]) },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${book.sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", data: relationships(links) },
  ];
  book.sheets.forEach((sheet, i) => {
    entries.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: worksheet(sheet.xml) });
    if (sheet.rels) entries.push({ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: sheet.rels });
  });
  if (book.sharedStrings)
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${book.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    });
  if (book.styles) entries.push({ name: "xl/styles.xml", data: book.styles });
  return [...entries, ...(book.extra ?? [])];
}

export const handMadeWorkbook = (book: HandMadeBook): Buffer => writeZip(workbookEntries(book));

/** A row of cells written as Excel writes them: `<row r="n"><c r="A1" …>…</c></row>`. */
export const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
