import { formatNumber } from "../../i18n/format";
import type { Choice, RuleTexts } from "./shape";

const LIST_NAMES: Readonly<Record<Choice<"unknown-value", "list">, string>> = {
  gender: "genders",
  ethnicity: "ethnic groups",
  programme: "training programmes",
};

const ENCODINGS: Readonly<Record<Choice<"legacy-encoding", "encoding">, string>> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

const GENDER_CONFLICTS: Readonly<Record<Choice<"gender-conflict", "conflict">, string>> = {
  both: "Date of birth written in both the Nam (male) and Nữ (female) columns.",
  "male-column": "Gender says female but the date of birth is in the male column.",
  "female-column": "Gender says male but the date of birth is in the female column.",
};

const INVALID_DATES: Readonly<Record<Choice<"invalid-date", "reason">, (date: string, today: string) => string>> = {
  future: (date, today) => `Date of birth ${date} is after today (${today}).`,
  "before-1900": (date) => `Date of birth ${date} is before 1900.`,
  "not-a-date": (date) => `"${date}" is not a date (expected dd/mm/yyyy or a birth year).`,
  invalid: (date) => `The date "${date}" does not exist.`,
};

export const EN: RuleTexts = {
  "header-not-found": {
    title: "Header row not found",
    message: (p) =>
      `No roster found: no sheet has a header row (such as "Họ và tên", "Ngày sinh") in its first ${p.rows} rows.`,
  },
  "duplicate-header": {
    title: "Duplicate column headers",
    message: (p) => `Column "${p.header}" repeats an earlier column; only the first one is checked.`,
  },
  "legacy-font": {
    title: "Unicode text in a TCVN3/VNI font",
    message: () =>
      "Unicode text in a TCVN3 or VNI font: the text is right, the font should be changed (to Times New Roman, say).",
  },
  "blank-row": { title: "Blank rows inside the list", message: () => "Blank row between data rows." },
  "subtotal-mismatch": {
    title: "Subtotals that disagree with the list",
    message: (p) =>
      `The subtotal says ${p.stated} ${p.stated === 1 ? "person" : "people"}, but ${p.counted} ${p.counted === 1 ? "is" : "are"} listed above it.`,
  },
  "orphan-value": { title: "Values in columns without a header", message: () => "Value in a column without a header." },
  "cell-error": { title: "Cells showing an error", message: (p) => `The cell holds the error ${p.error}.` },
  required: {
    title: "Missing required information",
    message: (p) => (p.what === "fullName" ? "Full name missing." : "Date of birth missing."),
  },
  "invalid-date": { title: "Invalid dates", message: (p) => INVALID_DATES[p.reason](p.date, p.today) },
  "text-date": {
    title: "Dates stored as text",
    message: (p) => `The date ${p.date} is stored as text, unlike the rest of the column.`,
  },
  "date-order": {
    title: "End date before start date",
    message: (p) => `Training ends (${p.end}) before it starts (${p.start}).`,
  },
  "unknown-value": {
    title: "Values not in the list",
    message: (p) =>
      `"${p.text}" is not in the list of ${LIST_NAMES[p.list]}` +
      (p.suggestion === undefined ? "." : `; did you mean "${p.suggestion}"?`),
  },
  "gender-conflict": { title: "Gender conflicts", message: (p) => GENDER_CONFLICTS[p.conflict] },
  "duplicate-person": {
    title: "Duplicate people",
    message: (p) => `${p.name} (born ${p.birth}) is already on row ${p.earlierRow}.`,
  },
  "age-limit": {
    title: "Over the age limit for postgraduate study",
    message: (p) =>
      `Aged ${p.age} on the ${p.basis === "decision" ? "decision date" : "training start date"} ${p.date}: over the age limit for postgraduate training (${p.limit}).`,
  },
  "retirement-horizon": {
    title: "Too little service left for a rotation",
    message: (p) =>
      `Only ${formatNumber(p.years, "en", 1)} years of work left at the rotation date ${p.date} (retires ${p.retires}); at least ${p.min} required.`,
  },
  "missing-decision": {
    title: "Missing training decision",
    message: () => "Sent for training without a decision number or date.",
  },
  "decision-after-start": {
    title: "Training before the decision",
    message: (p) =>
      `Training started ${p.start}, before the decision sending the person (${p.decision}): not the procedure.`,
  },
  "service-years": {
    title: "Too few years of service for postgraduate study",
    message: (p) =>
      `In service since ${p.since}: ${p.years} years by ${p.date}, where postgraduate study needs at least ${p.min}.`,
  },
  "missing-commitment": {
    title: "No commitment to serve",
    message: () => "Sent for postgraduate study without a commitment to serve afterwards.",
  },
  "missing-placement": {
    title: "Rotation ended without a placement",
    message: (p) => `The rotation ended on ${p.ended} and no position after it is recorded.`,
  },
  "planning-age": {
    title: "Too little working age for the planning term",
    message: (p) =>
      `At the start of the ${p.term} term (${p.start}) only ${formatNumber(p.years, "en", 1)} working years are left (retires ${p.retires}): ${p.terms === "two" ? "less than the two terms first-time planning needs" : "less than the term"}.`,
  },
  "not-in-planning": {
    title: "Not in the planning pool",
    message: () =>
      "Sent for leadership training (management, advanced political theory, the source pool, postgraduate study) or rotated, and in none of the file's planning lists.",
  },
  "legacy-encoding": {
    title: "Legacy encodings (TCVN3, VNI)",
    message: (p) => `Text in ${ENCODINGS[p.encoding]} encoding; it reads "${p.unicode}".`,
  },
  "not-nfc": {
    title: "Decomposed Unicode (not NFC)",
    message: () => "Unicode text in decomposed form (not NFC): looks the same but compares and searches wrongly.",
  },
  "control-char": {
    title: "Invisible control characters",
    message: (p) => `The text holds invisible control characters (${p.chars}); the fix removes them.`,
  },
  "missing-diacritics": { title: "Names without diacritics", message: () => "Name written without diacritics." },
  whitespace: { title: "Extra spaces", message: () => "Extra spaces at the start, the end or between words." },
  "formula-text": {
    title: "Text that may turn into a formula",
    message: (p) => `Text starting with "${p.start}" becomes a formula if typed in again or exported.`,
  },
};
