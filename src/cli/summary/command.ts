import { answer } from "../command-line";
import { help } from "../help";
import type { CliIo } from "../io";
import { commandSettings } from "../settings-file";
import type { ParsedSummary, SummaryArgs } from "./args";
import { runSummary } from "./run-summary";

/** The summary command from its parsed arguments: help, a usage error (exit 2), or a run. */
export function summaryCommand(parsed: ParsedSummary, io: CliIo): Promise<number> {
  return answer(parsed, help, io, (args) => summaryWithSettings(args, io));
}

async function summaryWithSettings(args: SummaryArgs, io: CliIo): Promise<number> {
  const settings = await commandSettings(args, io);
  return settings === null ? 2 : runSummary(args, settings, io);
}
