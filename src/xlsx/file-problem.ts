/** Why a file could not be checked, as data; the words are chosen later, in the user's language. */
export type FileProblem =
  | { code: "not-found" }
  | { code: "not-a-file" }
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
  | { code: "too-slow"; seconds: number };
