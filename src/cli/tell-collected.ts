import type { Language } from "../core/i18n";
import type { CollectedPaths } from "./collect-paths";
import { CLI_MESSAGES } from "./i18n";
import type { CliIo } from "./io";
import { printable } from "./visible-text";

/** Says on stderr what the folders held besides workbooks, and which held none, before the report on stdout. */
export function tellCollected(collected: CollectedPaths, lang: Language, io: CliIo): void {
  const m = CLI_MESSAGES[lang];
  for (const file of collected.skipped) io.stderr(m.skipped(printable(file.path), file.reason) + "\n");
  for (const folder of collected.emptyFolders) io.stderr(m.emptyFolder(printable(folder)) + "\n");
}
