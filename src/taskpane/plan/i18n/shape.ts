/** The texts of the targets and consolidation section, in one language. Numbers and names arrive formatted. */
export interface PlanTexts {
  title: string;
  targetsHint: string;
  createTargets: string;
  targetsCreated: (sheet: string, categories: string) => string;
  targetsExist: (sheet: string) => string;
  consolidateTitle: string;
  consolidateHint: string;
  pickFiles: string;
  consolidate: string;
  ownReader: string;
  noFiles: string;
  readingFile: (n: string, total: string, file: string) => string;
  checking: (file: string) => string;
  writing: (done: string, total: string) => string;
  consolidated: (files: string, rows: string, people: string, sheet: string) => string;
  noneRead: (files: string) => string;
  noPeople: string;
  nobodyConsolidated: string;
  nobodyHere: string;
  filesTitle: string;
  fileRows: (rows: string, errors: string, warnings: string) => string;
  fileNoRoster: string;
  fileFailed: (reason: string) => string;
  duplicatesTitle: (count: string) => string;
  noDuplicates: string;
  duplicatePlace: (file: string, sheet: string, row: string, unit: string) => string;
  achievement: string;
  achievementHint: string;
  readingWorkbook: string;
  achievementWritten: (sheet: string, categories: string) => string;
  noTargetsSheet: (sheet: string) => string;
  thisWorkbook: string;
}
