import type { FileProblem } from "../../core/files";

/** What reading and working on one file gave: its value, or why the file could not be used. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };
