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
  /** Targets read from a workbook the user picks, as the command line's --targets reads them. */
  targetsFileLabel: string;
  readTargetsFile: string;
  useTargetsSheet: string;
  noTargetsFile: string;
  readingTargets: (file: string) => string;
  targetsFromFile: (file: string, categories: string, withTarget: string, term: string | null) => string;
  targetsFileProblem: (file: string, reason: string) => string;
  targetsSheetAgain: (sheet: string) => string;
  /** What the targets file in use holds, shown until the sheet is used again. */
  targetsInUse: (file: string, term: string | null) => string;
  targetsCategory: string;
  targetsTarget: string;
  targetNotSet: string;
  /** The feedback workbook to a unit, opened in Excel for the board to save and send. */
  feedbackTitle: string;
  feedbackHint: string;
  feedbackUnit: string;
  openFeedback: string;
  feedbackUnavailable: string;
  makingFeedback: (file: string) => string;
  feedbackOpened: (file: string, saveAs: string) => string;
  /** The chart of the consolidation's result. */
  chartTitle: string;
  chartScale: (max: string) => string;
  chartLine: (sent: string, target: string, percent: string, status: string) => string;
  chartNoTarget: (sent: string) => string;
  /** A category with a target and nobody sent: its line, and the report sheet's note. */
  chartNoneSent: (line: string) => string;
}
