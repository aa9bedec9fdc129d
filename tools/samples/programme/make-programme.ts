import { promises as fs } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { writeRosterSheet } from "../write-roster";
import { fixZipTimes } from "../zip-times";
import { buildUnits, DUPLICATES, sampleSheet, type BuiltUnit } from "./build";
import { programmeReadme } from "./readme";
import { writeTargetsSheet } from "./write-targets";

const WRITTEN = new Date(Date.UTC(2019, 10, 20, 8, 0, 0));
export const TARGETS_FILE = "chi-tieu.xlsx";

async function save(book: Workbook, file: string): Promise<void> {
  book.creator = book.lastModifiedBy = "cadre-roster";
  book.created = book.modified = WRITTEN;
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  fixZipTimes(bytes);
  await fs.writeFile(file, bytes);
}

async function writeUnit(unit: BuiltUnit, dir: string): Promise<void> {
  const book = new Workbook();
  const ws = book.addWorksheet(unit.spec.sheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeRosterSheet(ws, sampleSheet(unit));
  await save(book, path.join(dir, unit.spec.file));
}

/** Writes the units' workbooks, the targets workbook and the README into `dir`; returns the units written. */
export async function makeProgrammeSamples(dir: string): Promise<BuiltUnit[]> {
  await fs.mkdir(dir, { recursive: true });
  const units = buildUnits();
  for (const unit of units) await writeUnit(unit, dir);
  const targets = new Workbook();
  writeTargetsSheet(targets);
  await save(targets, path.join(dir, TARGETS_FILE));
  await fs.writeFile(path.join(dir, "README.md"), programmeReadme(units, DUPLICATES));
  return units;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join("samples", "programme");
  makeProgrammeSamples(dir).then(
    (units) => process.stdout.write(`${units.length} unit workbooks, ${TARGETS_FILE} and README.md written to ${dir}/\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
