import { FUNCTION_ERRORS, type FunctionErrors } from "./i18n";

/**
 * What a user reads in the #VALUE! / #N/A tooltip: the Vietnamese text, then the English in brackets.
 * Both, because a function is told no display language it could rely on: an error is worked out on
 * whichever computer recalculates the workbook, and read by whoever opens it.
 */

const MAX_SHOWN = 30;

type ValueError = { [K in keyof FunctionErrors]: FunctionErrors[K] extends string ? never : K }[keyof FunctionErrors];
type PlainError = Exclude<keyof FunctionErrors, ValueError>;

/** The offending value, quoted and cut short so the tooltip stays one line. */
function shown(value: unknown): string {
  const text = String(value);
  return `"${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}"`;
}

export function errorText(error: PlainError): string {
  return `${FUNCTION_ERRORS.vi[error]} (${FUNCTION_ERRORS.en[error]})`;
}

/** The explanation of an error caused by `value`, which it names. */
export function valueErrorText(error: ValueError, value: unknown): string {
  const quoted = shown(value);
  return `${FUNCTION_ERRORS.vi[error](quoted)} (${FUNCTION_ERRORS.en[error](quoted)})`;
}
