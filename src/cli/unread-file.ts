import type { FileReport, Language } from "../core/report/types";
import { fileProblemMessage } from "../core/files";
import type { FileProblem } from "../core/files";

/** A file that could not be checked: its message for people in `error`, and the problem as data for programs. */
export interface UnreadFile extends FileReport {
  problem: FileProblem;
}

/** The report entry of a file that could not be checked; the problem's technical detail shows in --json only. */
export function unreadFile(file: string, problem: FileProblem, lang: Language): UnreadFile {
  return { file, error: fileProblemMessage(problem, lang), problem, sheets: [] };
}
