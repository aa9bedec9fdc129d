/**
 * Why a file could not be checked, as data; the words are chosen later, in the user's language. A
 * `detail` is the technical text behind the problem (a library's or the system's message): it goes to
 * the JSON report for whoever looks into it, never into a sentence for the user.
 */
export type FileProblem =
  | { code: "not-found" }
  | { code: "not-a-file" }
  | { code: "no-permission"; detail: string }
  | { code: "in-use"; detail: string }
  | { code: "unreadable"; detail: string }
  | { code: "empty" }
  | { code: "encrypted" }
  | { code: "not-xlsx" }
  | { code: "no-sheets" }
  | { code: "corrupt"; detail: string | null }
  | { code: "too-large"; bytes: number; limit: number }
  /** Reading stopped as soon as the parts inflated passed the limit: their real size is not known. */
  | { code: "too-large-unzipped"; limit: number }
  | { code: "part-too-large"; part: string; limit: number }
  /** `cells` is null when reading stopped on the cells that hold something, before the used range was known. */
  | { code: "too-many-cells"; cells: number | null; limit: number }
  | { code: "too-many-strings"; limit: number }
  | { code: "too-much-text"; limit: number }
  | { code: "too-deep"; part: string; limit: number }
  | { code: "too-many-merges"; limit: number }
  | { code: "too-many-entries"; part: string; limit: number }
  | { code: "too-slow"; seconds: number }
  /** Reading or checking it ran past what a string, an array or the stack can hold. */
  | { code: "too-complex"; detail: string }
  /** Its worker reached the memory limit. */
  | { code: "out-of-memory"; limitMb: number }
  /** Its worker ran past the time limit. */
  | { code: "timed-out"; limitSeconds: number }
  /** Its worker ended without an answer. */
  | { code: "worker-died"; detail: string }
  /** The check itself failed on it: a fault of the program, not of the file. */
  | { code: "check-failed"; detail: string };

/** What the JavaScript engine throws when a value outgrows what it can hold, whatever the file's format allows. */
const EXHAUSTED =
  /^(Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum call stack size exceeded)/;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure thrown while reading or checking a file: exhaustion makes the file too complex, anything else is the program's fault. */
export function problemOfError(error: unknown): FileProblem {
  const detail = errorText(error);
  return EXHAUSTED.test(detail) ? { code: "too-complex", detail } : { code: "check-failed", detail };
}

/** A reader's verdict made precise: a file the reader called damaged because a value outgrew the engine is too complex instead. */
export function refineProblem(problem: FileProblem): FileProblem {
  if (problem.code === "corrupt" && problem.detail !== null && EXHAUSTED.test(problem.detail))
    return { code: "too-complex", detail: problem.detail };
  return problem;
}
