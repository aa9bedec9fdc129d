import { promises as fs } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { a1 } from "../../src/core/grid/address";
import { SAMPLE_FILES } from "./files";
import { samplesReadme } from "./readme";
import type { ExpectedFinding, SampleFile } from "./sample-types";
import { writeRosterSheet } from "./write-roster";
import { fixZipTimes } from "./zip-times";

export type { ExpectedFinding };

const WRITTEN = new Date(Date.UTC(2019, 10, 20, 8, 0, 0));

async function writeSample(sample: SampleFile, dir: string): Promise<ExpectedFinding[]> {
  const book = new Workbook();
  book.creator = book.lastModifiedBy = "cadre-roster";
  book.created = book.modified = WRITTEN;
  const ws = book.addWorksheet(sample.sheet.name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const placement = writeRosterSheet(ws, sample.sheet);
  for (const extra of sample.extraSheets ?? []) {
    const sheet = book.addWorksheet(extra.name);
    sheet.addRows(extra.rows.map((row) => [...row]));
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    }));
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  fixZipTimes(bytes);
  await fs.writeFile(path.join(dir, sample.file), bytes);
  return sample.planted.map((planted) => ({
    sheet: sample.sheet.name,
    cell: a1(placement.firstDataRow + planted.row, placement.column(planted.column)),
    planted,
  }));
}

/** Writes every sample workbook and the README into `dir`; returns what the check should find in each. */
export async function makeSamples(dir: string): Promise<{ sample: SampleFile; expected: ExpectedFinding[] }[]> {
  await fs.mkdir(dir, { recursive: true });
  const made = [];
  for (const sample of SAMPLE_FILES) made.push({ sample, expected: await writeSample(sample, dir) });
  await fs.writeFile(path.join(dir, "README.md"), samplesReadme(made));
  return made;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "samples";
  makeSamples(dir).then(
    (made) => process.stdout.write(`${made.length} sample workbooks and README.md written to ${dir}/\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
