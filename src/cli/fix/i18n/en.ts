import { WRITE_PROBLEMS_EN } from "../../i18n/write-problems";
import { formatNumber } from "../../../core/i18n";
import type { FixMessages } from "./shape";

export const EN: FixMessages = {
  help: `
Usage: cadre-roster fix --out NEW.xlsx [--force] [--dry-run] [--lang vi|en] [--settings FILE] FILE.xlsx

Repairs what has a certain repair (TCVN3/VNI text, decomposed Unicode, control characters, extra spaces,
dates typed as text, misspelt gender, ethnic group or programme) and writes a copy with an added "Nhật ký sửa" sheet listing
every changed cell (sheet, cell, old value, new value, rule). Only cells with issues change; cell formatting
stays, except that dates get the format dd/mm/yyyy and converted TCVN3/VNI text the font Times New Roman.

  --out FILE         the new .xlsx file for the repaired copy; never the input file
  --force            allow overwriting an existing FILE (the input is still never overwritten)
  --dry-run          list the changes only; write nothing

Exit code: 0 copy written (or changes listed); 2 a file could not be read or written, or bad usage.
The copy is rewritten by the exceljs library, which cannot keep everything (add-in settings, charts,
PivotTables, slicers…): the command says which parts of the original were lost. See docs/fix.md.
`,
  usage: {
    noFile: "Missing the file to repair: cadre-roster fix --out NEW.xlsx FILE.xlsx",
    oneFile: "Repair one file at a time.",
    noOut: "Missing --out NEW.xlsx (where to write the repaired copy), or use --dry-run to list the changes only.",
    outNotXlsx: (out) => `The output file must end in .xlsx: "${out}".`,
  },
  output: {
    refused: {
      "same-as-input": (out) =>
        `Not written: "${out}" is an input file. Input files are never written; choose another name for the copy.`,
      "in-input-folder": (out) =>
        `Not written: "${out}" is in a folder being read. Choose another folder for the copy.`,
      exists: (out) => `Not written: "${out}" exists. Choose another name, or add --force to overwrite that file.`,
      "not-a-file": (out) => `Cannot write: "${out}" is a folder.`,
    },
    writeFailed: (out, problem) => `Cannot write "${out}": ${WRITE_PROBLEMS_EN[problem]}.`,
  },
  planned: (file, n, dryRun) =>
    n === 0
      ? `${file}: no cell needs an automatic repair.`
      : `${file}: ${formatNumber(n, "en")} cell${n === 1 ? "" : "s"} ${dryRun ? "to repair (dry run: nothing written)" : "repaired"}:`,
  skipped: (reason, cells) =>
    reason === "formula"
      ? `Cells holding formulas were not changed (fix the formula instead): ${cells.join(", ")}.`
      : `Cells holding links were not changed (a link cannot hold a date): ${cells.join(", ")}.`,
  written: (out, n, logSheet) =>
    `Repaired copy written to "${out}": ${formatNumber(n, "en")} cell${n === 1 ? "" : "s"} changed, listed on the sheet "${logSheet}". The input file is unchanged.`,
  lost: (features) =>
    `Note: the copy could not keep the original's ${features.map((f) => EN.feature[f]).join("; ")} (the .xlsx writer does not support them). ` +
    "To keep them, repair the workbook in Excel with the add-in.",
  feature: {
    addinSettings: "add-in settings stored in the file (thresholds, marks, undo records)",
    comments: "notes and comments",
    charts: "charts",
    pivotTables: "PivotTables",
    slicers: "slicers and timelines",
    sparklines: "sparklines",
    shapes: "shapes and text boxes",
    images: "pictures",
    dataValidation: "data validation rules",
    conditionalFormats: "conditional formats",
    dynamicArrays: "dynamic array formulas (spilled results)",
    externalLinks: "links to other workbooks",
    controls: "buttons and form controls",
    customXml: "custom XML data",
    customProperties: "custom file properties",
    hyperlinks: "hyperlinks",
    merges: "merged cells",
    tables: "Excel tables",
    protection: "sheet protection",
    pageBreaks: "manual page breaks",
    cellStyles: "named cell styles (each cell's formatting stays)",
  },
  realDate: (date) => `${date} (as a date)`,
};
