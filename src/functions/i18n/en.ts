import type { FunctionErrors } from "./shape";

/** Short: it follows the Vietnamese in brackets, and the value is already named there. */
export const EN: FunctionErrors = {
  notNumber: () => "not a number",
  notDate: () => "not a date",
  noSuchDate: () => "no such date",
  unknownGender: () => "unknown gender: use Nam/Nữ, M/F",
  unknownLanguage: () => 'use "vi" or "en"',
  errorInput: () => "an argument cell holds this error",
  missingAsOf: "the as-of date is blank",
  missingStart: "the term's start is blank",
  missingEnd: "the term's end is blank",
  missingGender: "gender is blank",
  sizeMismatch: "the ranges differ in size",
};
