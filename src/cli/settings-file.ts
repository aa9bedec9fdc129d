import { promises as fs } from "fs";
import type { Language } from "../core/report/types";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "../core/settings";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./i18n";

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; problem: "unreadable" | "not-json" | "not-an-object"; detail: string };

/**
 * The --settings file: a JSON object with any of the Settings keys. Unknown keys and values of the
 * wrong type are ignored, as they are when settings travel inside a workbook.
 */
export async function readSettingsFile(path: string): Promise<SettingsResult> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    return { ok: false, problem: "unreadable", detail: (error as Error).message };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, problem: "not-json", detail: (error as Error).message };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: "not-an-object", detail: path };
  }
  return { ok: true, settings: resolveSettings(parsed) };
}

/** The settings a command runs with: the defaults, or the --settings file's; null, said on stderr, when that file is unusable. */
export async function commandSettings(
  args: { settingsFile: string | null; lang: Language },
  io: CliIo,
): Promise<Settings | null> {
  if (args.settingsFile === null) return { ...DEFAULT_SETTINGS };
  const read = await readSettingsFile(args.settingsFile);
  if (read.ok) return read.settings;
  io.stderr(CLI_MESSAGES[args.lang].usage.settings(read.problem, args.settingsFile, read.detail) + "\n");
  return null;
}
