/** The check's CSV columns, in order; their headings are in each language's messages. */
export const CSV_COLUMNS = [
  "file",
  "sheet",
  "cell",
  "row",
  "column",
  "rule",
  "ruleId",
  "severity",
  "field",
  "value",
  "message",
  "fix",
  "related",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
