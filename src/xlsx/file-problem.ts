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
  | { code: "too-large-unzipped"; bytes: number; limit: number }
  | { code: "too-many-cells"; cells: number; limit: number };
