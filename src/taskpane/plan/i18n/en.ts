import type { PlanTexts } from "./shape";

export const EN: PlanTexts = {
  title: "Targets and results",
  targetsHint: "The “Chỉ tiêu” sheet lists the programme's categories; type each target in its Target column.",
  createTargets: "Create targets sheet",
  targetsCreated: (sheet, categories) =>
    `Created the sheet “${sheet}” with ${categories} categories: fill in the targets.`,
  targetsExist: (sheet) => `The workbook already has a sheet “${sheet}”; it was left as it is.`,
  consolidateTitle: "Consolidate rosters",
  consolidateHint: "Pick the departments' roster files (.xlsx). The files are only read, never changed.",
  pickFiles: "Roster files",
  consolidate: "Consolidate rosters",
  ownReader:
    "This Excel cannot open other files itself: the add-in reads the files (.xlsx, only read) itself, more slowly for big files.",
  noFiles: "Pick at least one .xlsx file.",
  readingFile: (n, total, file) => `Reading file ${n} of ${total}: ${file}…`,
  checking: (file) => `Checking ${file}…`,
  writing: (done, total) => `Writing the consolidated roster: ${done} of ${total} rows…`,
  consolidated: (files, rows, people, sheet) =>
    `Consolidated ${files} files: ${rows} rows, ${people} people, in the sheet “${sheet}”.`,
  noneRead: (files) =>
    `Nothing consolidated: none of the ${files} files picked could be read (each file's reason below). Nothing was written to the workbook.`,
  noPeople:
    "Nothing consolidated: the files read hold no roster with anyone in it (each file below). Nothing was written to the workbook.",
  nobodyConsolidated: "No report made: the consolidated roster has nobody in it.",
  nobodyHere: "No report made: this workbook holds no roster with anyone in it. Consolidate the units' rosters first.",
  filesTitle: "Results by file",
  fileRows: (rows, errors, warnings) => `${rows} rows, ${errors} errors, ${warnings} warnings`,
  fileNoRoster: "no cadre roster found",
  fileFailed: (reason) => `could not be read (${reason}); skipped`,
  duplicatesTitle: (count) => `People on more than one department's roster (${count})`,
  noDuplicates: "Nobody appears in more than one file.",
  duplicatePlace: (file, sheet, row, unit) => `${file}, sheet “${sheet}”, row ${row}${unit ? ` (${unit})` : ""}`,
  achievement: "Make results report",
  achievementHint: "From the consolidated roster, or from this workbook's rosters, against the “Chỉ tiêu” sheet.",
  readingWorkbook: "Reading the workbook's rosters…",
  achievementWritten: (sheet, categories) => `Made the sheet “${sheet}” (${categories} categories).`,
  noTargetsSheet: (sheet) =>
    `There is no sheet “${sheet}” yet: press “Create targets sheet” and fill in the targets first.`,
  thisWorkbook: "(this workbook)",
  targetsFileLabel: "Or read the targets from a file (an .xlsx with a “Chỉ tiêu” sheet)",
  readTargetsFile: "Read targets from the file",
  useTargetsSheet: "Use the “Chỉ tiêu” sheet again",
  noTargetsFile: "Pick a targets file (.xlsx).",
  readingTargets: (file) => `Reading the targets in ${file}…`,
  targetsFromFile: (file, categories, withTarget, term) =>
    `Using the targets of ${file}: ${categories} categories, ${withTarget} with a target${term ? `, term ${term}` : ""}. Consolidation and the report compare with these targets.`,
  targetsFileProblem: (file, reason) => `Could not read the targets in ${file}: ${reason}`,
  targetsSheetAgain: (sheet) =>
    `No longer using the targets file: consolidation and the report compare with the “${sheet}” sheet.`,
  targetsInUse: (file, term) =>
    `Using the targets of the file ${file}${term ? `, term ${term}` : ""} (instead of the “Chỉ tiêu” sheet)`,
  targetsCategory: "Category",
  targetsTarget: "Target",
  targetNotSet: "not set",
  feedbackTitle: "Feedback to a unit",
  feedbackHint:
    "A new workbook for the unit that sent the file: the province's results, the unit's people per category, its rows, the people it shares with other units and its findings with their fixes. It opens without the add-in.",
  feedbackUnit: "The unit's file",
  openFeedback: "Open the feedback",
  feedbackUnavailable:
    "This version of Excel cannot open a new workbook from the add-in (Excel 2019, Microsoft 365 or Excel on the web needed).",
  makingFeedback: (file) => `Making the feedback for ${file}…`,
  feedbackOpened: (file, saveAs) =>
    `The feedback for ${file} is open in a new workbook: save it as “${saveAs}” and send it back to the unit. This workbook is unchanged.`,
  chartTitle: "Share of target reached",
  chartScale: (max) =>
    `Each bar is the share of its target sent; the vertical line is 100%; the scale runs to ${max}%.`,
  chartLine: (sent, target, percent, status) => `${sent}/${target} people, ${percent} – ${status}`,
  chartNoTarget: (sent) => `${sent} people (no target set)`,
  chartNoneSent: (line) => `${line} (nobody sent yet)`,
};
