import type { Language } from "../i18n";
import type { FileProblem } from "./file-problem";
import { fileProblemEn } from "./i18n/en";
import { fileProblemVi } from "./i18n/vi";

export type { FileProblem } from "./file-problem";
export { problemOfError, refineProblem } from "./file-problem";
export { megabytes } from "./megabytes";

/** Why a file could not be checked, in the user's language: the same words in the command and the task pane. */
export function fileProblemMessage(problem: FileProblem, lang: Language): string {
  return lang === "vi" ? fileProblemVi(problem) : fileProblemEn(problem);
}
