/** Texts of "Thiết lập kiểm tra nhập liệu" and "Chuẩn bị gửi email", in one language. */
export interface PrepareTexts {
  rulesTitle: string;
  rulesHint: string;
  applyRules: string;
  removeRules: string;
  rulesUnavailable: string;
  needCheck: string;
  rulesApplied: (columns: string, sheet: string) => string;
  rulesKept: (fields: string) => string;
  rulesNone: string;
  rulesAlready: (fields: string) => string;
  rulesRemoved: (count: string) => string;
  rulesChanged: (ranges: string) => string;
  nothingToRemove: string;
  emailTitle: string;
  emailHint: string;
  find: string;
  found: (count: string) => string;
  foundMore: (count: string) => string;
  noneFound: string;
  modeLabel: string;
  inPlace: string;
  copy: string;
  copyUnavailable: string;
  freeze: (count: string) => string;
  stampOnly: string;
  cancel: string;
  frozenInPlace: (count: string) => string;
  frozenCopy: (count: string, sheets: string) => string;
  /** Before ExcelApi 1.12 the cells a formula's results spill into cannot be seen: nothing is replaced. */
  freezeNoSpills: string;
  /** A CADRE function was still being calculated (#BUSY!): nothing is replaced. */
  freezeCalculating: string;
  stamped: (sheet: string) => string;
  noCheckToStamp: string;
}
