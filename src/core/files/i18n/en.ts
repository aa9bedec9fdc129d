import { formatNumber } from "../../i18n";
import type { FileProblem } from "../file-problem";
import { megabytes } from "../megabytes";

/** Why a file could not be checked, in words a clerk can act on; the technical detail never appears here. */
export function fileProblemEn(p: FileProblem): string {
  switch (p.code) {
    case "not-found":
      return "File not found.";
    case "not-a-file":
      return "Not a file (perhaps a folder that cannot be opened).";
    case "no-permission":
      return "You do not have permission to read this file: ask whoever manages the computer or the shared folder.";
    case "in-use":
      return "The file is locked by another program (perhaps open in Excel): close it and try again.";
    case "unreadable":
      return "The file cannot be read from the disk or the shared folder: copy it to this computer and try again.";
    case "empty":
      return "The file is empty (0 bytes).";
    case "encrypted":
      return "The file is encrypted or in the old .xls format: open it in Excel, remove the password and save it as .xlsx.";
    case "not-xlsx":
      return "Not an Excel .xlsx file.";
    case "no-sheets":
      return "The file holds no worksheet (not an .xlsx workbook, or charts only).";
    case "corrupt":
      return "The .xlsx file is damaged or incomplete: open it in Excel and save it again, or ask the unit to send it again.";
    case "too-large":
      return `The file is too large: ${megabytes(p.bytes)}, limit ${megabytes(p.limit)}.`;
    case "too-large-unzipped":
      return `The file's contents pass the limit of ${megabytes(p.limit)} once unzipped; reading stopped.`;
    case "part-too-large":
      return `The file's part "${p.part}" passes the limit of ${megabytes(p.limit)} once unzipped; reading stopped.`;
    case "too-many-cells":
      return p.cells === null
        ? `The file has more than ${formatNumber(p.limit, "en")} cells holding something, over the limit; reading stopped.`
        : `The file has too many cells: ${formatNumber(p.cells, "en")}, limit ${formatNumber(p.limit, "en")}.`;
    case "too-many-strings":
      return `The file has too many shared strings: more than ${formatNumber(p.limit, "en")}.`;
    case "too-much-text":
      return `The file's shared strings are too long: more than ${formatNumber(p.limit, "en")} characters.`;
    case "too-deep":
      return `The file's part "${p.part}" nests elements more than ${formatNumber(p.limit, "en")} deep: not an ordinary Excel file.`;
    case "too-many-entries":
      return `The file's part "${p.part}" holds a list of more than ${formatNumber(p.limit, "en")} entries: not an ordinary Excel file.`;
    case "too-many-merges":
      return `The file has too many merged ranges: more than ${formatNumber(p.limit, "en")}.`;
    case "too-slow":
      return `Reading the file took more than ${formatNumber(p.seconds, "en")} seconds, so it was stopped.`;
    case "too-complex":
      return "The file is too large or too complex to check: it holds more than the program can take in at once.";
    case "out-of-memory":
      return `The file is too large or too complex to check: it needs more than the memory limit of ${formatNumber(p.limitMb, "en")} MB (option --max-memory).`;
    case "timed-out":
      return `The file is too large or too complex to check: it takes longer than the time limit of ${formatNumber(p.limitSeconds, "en")} seconds (option --time-limit).`;
    case "worker-died":
      return "The check of this file stopped unexpectedly; the other files were still checked.";
    case "check-failed":
      return "The program met an unexpected fault while checking this file; the other files were still checked. The --json report holds the technical detail.";
  }
}
