import type { FileProblem } from "../../core/files";

/** A picked file the pane could not read, and why, as data: told in the same words as the command line's. */
export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}
