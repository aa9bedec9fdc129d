import { DEFAULT_SETTINGS } from "../../core/settings";
import { HELP } from "../help";
import type { CliIo } from "../main";
import { MESSAGES } from "../messages";
import { readSettingsFile } from "../settings-file";
import type { ParsedSummary } from "./args";
import { runSummary } from "./run-summary";

/** The summary command from its parsed arguments: help, a usage error (exit 2), or a run. */
export async function summaryCommand(parsed: ParsedSummary, io: CliIo): Promise<number> {
  if (parsed.kind === "help") {
    io.stdout(HELP[parsed.lang]);
    return 0;
  }
  if (parsed.kind === "usage-error") {
    io.stderr(`${parsed.message}\n${MESSAGES[parsed.lang].usage.seeHelp}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.settingsFile === null) return runSummary(args, { ...DEFAULT_SETTINGS }, io);
  const read = await readSettingsFile(args.settingsFile);
  if (read.ok) return runSummary(args, read.settings, io);
  io.stderr(MESSAGES[args.lang].usage.settings(read.problem, args.settingsFile, read.detail) + "\n");
  return 2;
}
