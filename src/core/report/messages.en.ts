import type { MessageCatalogue } from "./messages";

const LIST_NAMES: Readonly<Record<string, string>> = {
  gender: "genders",
  ethnicity: "ethnic groups",
  programme: "training programmes",
};
const ENCODINGS: Readonly<Record<string, string>> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

export const MESSAGES_EN: MessageCatalogue = {
  "header-not-found": (p) =>
    `No roster found: no sheet has a header row (such as "Họ và tên", "Ngày sinh") in its first ${p.rows} rows.`,
  "duplicate-header": (p) => `Column "${p.header}" repeats an earlier column; only the first one is checked.`,
  "blank-row": () => "Blank row between data rows.",
  "orphan-value": () => "Value in a column without a header.",
  "cell-error": (p) => `The cell holds the error ${p.error}.`,
  required: (p) => (p.what === "fullName" ? "Full name missing." : "Date of birth missing."),
  "invalid-date": (p) =>
    p.reason === "future"
      ? `Date of birth ${p.date} is after today (${p.today}).`
      : p.reason === "before-1900"
        ? `Date of birth ${p.date} is before 1900.`
        : p.reason === "not-a-date"
          ? `"${p.date}" is not a date (expected dd/mm/yyyy or a birth year).`
          : `The date "${p.date}" does not exist.`,
  "text-date": (p) => `The date ${p.date} is stored as text, unlike the rest of the column.`,
  "date-order": (p) => `Training ends (${p.end}) before it starts (${p.start}).`,
  "unknown-value": (p) =>
    `"${p.text}" is not in the list of ${LIST_NAMES[p.list] ?? p.list}` +
    (p.suggestion === undefined ? "." : `; did you mean "${p.suggestion}"?`),
  "gender-conflict": (p) =>
    p.conflict === "both"
      ? "Date of birth written in both the Nam (male) and Nữ (female) columns."
      : `Gender says ${p.gender} but the date of birth is in the ${p.column} column.`,
  "duplicate-person": (p) => `${p.name} (born ${p.birth}) is already on row ${p.earlierRow}.`,
  "age-limit": (p) =>
    `Aged ${p.age} on the ${p.basis === "decision" ? "decision date" : "training start date"} ${p.date}: over the age limit for postgraduate training (${p.limit}).`,
  "retirement-horizon": (p) =>
    `Only ${p.years} years of work left at the rotation date ${p.date} (retires ${p.retires}); at least ${p.min} required.`,
  "missing-decision": () => "Sent for training without a decision number or date.",
  "legacy-encoding": (p) => `Text in ${ENCODINGS[p.encoding] ?? p.encoding} encoding; it reads "${p.unicode}".`,
  "not-nfc": () => "Unicode text in decomposed form (not NFC): looks the same but compares and searches wrongly.",
  "missing-diacritics": () => "Name written without diacritics.",
  whitespace: () => "Extra spaces at the start, the end or between words.",
  "formula-text": (p) => `Text starting with "${p.start}" becomes a formula if typed in again or exported.`,
};
