import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/** Why a text is not JSON, in words a person can act on; rendered in the user's language. */
export type JsonFault =
  | "empty"
  | "unexpected-character"
  | "bad-number"
  | "name-expected"
  | "value-expected"
  | "colon-expected"
  | "comma-expected"
  | "trailing-comma"
  | "close-brace-expected"
  | "close-bracket-expected"
  | "end-expected"
  | "comment"
  | "unfinished-text"
  | "bad-escape";

/** Where the text stops being JSON (1-based line and column) and why; null where none is found. */
export interface JsonFaultAt {
  line: number;
  column: number;
  fault: JsonFault;
}

const FAULTS: Record<ReturnType<typeof printParseErrorCode>, JsonFault> = {
  InvalidSymbol: "unexpected-character",
  InvalidCharacter: "unexpected-character",
  "<unknown ParseErrorCode>": "unexpected-character",
  InvalidNumberFormat: "bad-number",
  UnexpectedEndOfNumber: "bad-number",
  PropertyNameExpected: "name-expected",
  ValueExpected: "value-expected",
  ColonExpected: "colon-expected",
  CommaExpected: "comma-expected",
  CloseBraceExpected: "close-brace-expected",
  CloseBracketExpected: "close-bracket-expected",
  EndOfFileExpected: "end-expected",
  InvalidCommentToken: "comment",
  UnexpectedEndOfComment: "comment",
  UnexpectedEndOfString: "unfinished-text",
  InvalidUnicode: "bad-escape",
  InvalidEscapeCharacter: "bad-escape",
};

/** A comma right before a closing } or ], which JSON does not allow and people often leave. */
function isTrailingComma(text: string, offset: number): boolean {
  return /[}\]]/.test(text[offset] ?? "") && /,\s*$/.test(text.slice(0, offset));
}

/**
 * The first fault of a text that JSON.parse refused, found by a strict reading (no comments, no trailing
 * commas) that, unlike JSON.parse, says where; null when that reading finds none.
 */
export function jsonFault(text: string): JsonFaultAt | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return null;
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - (before.lastIndexOf("\n") + 1) + 1;
  const named = FAULTS[printParseErrorCode(first.error)];
  const fault =
    text.trim() === "" ? "empty" : isTrailingComma(text, first.offset) ? "trailing-comma" : named;
  return { line, column, fault };
}
