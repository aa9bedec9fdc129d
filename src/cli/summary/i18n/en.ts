import { WRITE_PROBLEMS_EN } from "../../i18n/write-problems";
import { formatNumber } from "../../../core/i18n";
import type { SummaryMessages } from "./shape";

export const EN: SummaryMessages = {
  help: `
Usage: cadre-roster summary --targets TARGETS.xlsx [--out REPORT.xlsx] [--feedback DIR] [--force] [--json] [--lang vi|en] [--settings FILE] PATH...

Consolidates the units' rosters (each file checked, then merged), finds people listed in more than one
file (same name and birth date) and counts against the targets: per category, how many were sent, the
share of plan, how many are still needed; categories nobody was sent for; the rotation ratio. Each person
counts once in a category. The targets workbook has a "Chỉ tiêu" sheet (see docs/targets.md).

  --targets FILE     the .xlsx workbook holding the targets table (required)
  --out FILE         write an .xlsx report: achievement (plain Excel formulas), consolidated roster, duplicates, findings per file
  --feedback DIR     write one feedback workbook per unit's file into DIR (NAME.phan-hoi.xlsx): the province's results,
                     the unit's people per category, its rows, people it shares with other units, its findings and fixes
  --force            allow overwriting an existing report or feedback file (an input is still never overwritten)
  --json             print the result as JSON (see docs/summary-format.md)

Exit code: 0 no errors; 1 errors found in the rosters; 2 a file could not be read (the others still count),
the targets file cannot be used, or bad usage. Input files are never written.
`,
  totals: (files, unreadable, rows, people) =>
    `Consolidated ${formatNumber(files, "en")} file${files === 1 ? "" : "s"}${unreadable > 0 ? ` (${formatNumber(unreadable, "en")} could not be read)` : ""}: ${formatNumber(rows, "en")} data row${rows === 1 ? "" : "s"}, ${formatNumber(people, "en")} ${people === 1 ? "person" : "people"}.`,
  targetsFrom: (file, sheet, categories) =>
    `Targets: ${file}, sheet "${sheet}" (${formatNumber(categories, "en")} categor${categories === 1 ? "y" : "ies"}).`,
  title: "ACHIEVEMENT AGAINST THE TARGETS",
  columns: ["Category", "Sent", "Target", "Share", "Status", "Still needed"],
  noneSent: "NOBODY SENT",
  rotation: (rotated, quota, percent) =>
    quota === null || percent === null
      ? `Rotation: ${formatNumber(rotated, "en")} cadre${rotated === 1 ? "" : "s"} (no quota set).`
      : `Rotation: ${formatNumber(rotated, "en")}/${formatNumber(quota, "en")} cadres (${percent}% of the quota).`,
  zeroSent: (labels) => `Nobody sent for: ${labels.join("; ")}.`,
  countedOnce: "Each person counts once in a category, however many rosters list them.",
  planning: {
    notLinked:
      "No file holds a planning list: the people rotated or sent for advanced political theory, leadership, source-cadre or postgraduate training could not be checked against the planning pool.",
    linked: (lists, unplanned) =>
      `Checked against the files' ${formatNumber(lists, "en")} planning lists: ${formatNumber(unplanned, "en")} people rotated or sent for advanced political theory, leadership, source-cadre or postgraduate training are on none of them (see each file's warnings).`,
    title: "STRUCTURE OF THE PLANNING LISTS (Quy định 50-QĐ/TW)",
    columns: (age) => ["List", "People", `Young (under ${age})`, "Women", "Ethnic minorities"],
    met: "met",
    short: (goal) => `short of ${goal}%`,
    asOf: (date) => `ages at ${date}`,
    unknown: (birth, gender, ethnicity) =>
      `Not given: ${birth} birth dates, ${gender} genders, ${ethnicity} ethnic groups (counted as neither young, woman nor minority).`,
  },
  progress: {
    title: (term) => (term ? `PROGRESS BY YEAR (TERM ${term})` : "PROGRESS BY YEAR"),
    category: "Category",
    undated: "No year",
    forecast: "End-of-term forecast",
    misses: "misses",
    pace: (latest) =>
      `Each person counts in the year they were sent (decision date). Forecast: the people sent so far, at the pace from the term's start to the latest sending (${latest}) carried on to the term's end, against the target.`,
    noTerm: "Name the programme's term in the targets sheet's title (e.g. “GIAI ĐOẠN 2021 – 2025”) for an end-of-term forecast.",
  },
  sections: { title: "BY SECTION OF THE ROSTERS", columns: ["Section", "Rows", "People"], none: "(outside any section)" },
  duplicates: (count) => `People listed in more than one file (${formatNumber(count, "en")}):`,
  noDuplicates: "Nobody is listed in more than one file.",
  born: (date) => `born ${date}`,
  place: (file, sheet, row, unit) => `${file}, sheet "${sheet}", row ${row}${unit ? ` (${unit})` : ""}`,
  files: "Check of each file:",
  fileRows: (rows) => `${formatNumber(rows, "en")} row${rows === 1 ? "" : "s"}`,
  unreadable: "CANNOT BE READ, not counted",
  seeCheck: (sheet) => `Every issue in detail: cadre-roster check FILE, or the "${sheet}" sheet of the --out report.`,
  targetsWarnings: "About the targets table:",
  written: (file) => `Report written: ${file}`,
  feedbackWritten: (files, folder) =>
    `${formatNumber(files, "en")} feedback workbook${files === 1 ? "" : "s"} for the units written to ${folder}`,
  targetsUnreadable: (file, reason) => `Cannot read the targets file "${file}": ${reason}`,
  targetsProblem: (file, reason) => `Targets file "${file}": ${reason}`,
  outFailed: (file, problem) => `Cannot write the report "${file}": ${WRITE_PROBLEMS_EN[problem]}.`,
  refused: {
    "same-as-input": (file) => `Not written: the report would overwrite an input file, "${file}". Choose another name.`,
    "in-input-folder": (file) =>
      `Not written: "${file}" is in a folder of rosters being read, where it would be read as one. Choose another folder.`,
    exists: (file) => `Not written: "${file}" exists. Choose another name, or add --force to overwrite that file.`,
    "not-a-file": (file) => `Cannot write the report: "${file}" is a folder.`,
  },
  usage: {
    noTargets: 'Missing targets file: give --targets FILE.xlsx (a workbook with a "Chỉ tiêu" sheet).',
    outNotXlsx: (file) => `The report file must end in .xlsx: "${file}".`,
  },
};
