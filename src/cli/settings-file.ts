import { constants, promises as fs } from "fs";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { checkSettings } from "../core/settings-check";
import type { Language } from "../core/report/types";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./i18n";
import { duplicateKeys } from "./json-duplicates";
import { jsonFault } from "./json-fault";
import type { SettingsFileProblem } from "./settings-problem";

/** A settings file holds a few lines; anything larger is not one, and is not read past this. */
export const SETTINGS_FILE_MAX_BYTES = 64 * 1024;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsFileProblem[] };

function openProblem(error: unknown): SettingsFileProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "not-found" };
    case "EISDIR":
      return { code: "folder" };
    case "EACCES":
    case "EPERM":
      return { code: "no-permission" };
    default:
      return { code: "unreadable" };
  }
}

/**
 * The file's bytes, read only if it is a regular file and only up to the limit. Opened without
 * blocking, so that a named pipe given by mistake or malice is refused rather than waited on, and the
 * kind is taken from the opened file itself, so it cannot be swapped between a check and the read.
 */
async function readRegularFile(path: string): Promise<Buffer | SettingsFileProblem> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openProblem(error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { code: "folder" };
    if (!stat.isFile()) return { code: "not-a-file" };
    const buffer = Buffer.alloc(SETTINGS_FILE_MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > SETTINGS_FILE_MAX_BYTES) return { code: "too-large", limit: SETTINGS_FILE_MAX_BYTES };
    }
    return buffer.subarray(0, length);
  } catch (error) {
    return openProblem(error);
  } finally {
    await handle.close();
  }
}

/**
 * The --settings file: a JSON object of Settings keys, each known, of its kind and within its bounds.
 * Every problem found is returned and none of the file is applied, so a mistyped key never leaves a
 * threshold silently at its default.
 */
export async function readSettingsFile(path: string): Promise<SettingsResult> {
  const bytes = await readRegularFile(path);
  if (!Buffer.isBuffer(bytes)) return { ok: false, problems: [bytes] };
  let text: string;
  try {
    // The decoder drops a byte-order mark, which Notepad writes.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ code: "not-utf8" }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: "not-json", at: jsonFault(text) }] };
  }
  const duplicates: SettingsFileProblem[] = duplicateKeys(text).map((d) => ({ code: "duplicate-key", ...d }));
  const checked = checkSettings(parsed);
  if (checked.ok && duplicates.length === 0) return checked;
  return { ok: false, problems: [...duplicates, ...(checked.ok ? [] : checked.problems)] };
}

/** The settings a command runs with: the defaults, or the --settings file's; null, said on stderr, when that file is unusable. */
export async function commandSettings(
  args: { settingsFile: string | null; lang: Language },
  io: CliIo,
): Promise<Settings | null> {
  if (args.settingsFile === null) return { ...DEFAULT_SETTINGS };
  const read = await readSettingsFile(args.settingsFile);
  if (read.ok) return read.settings;
  io.stderr(CLI_MESSAGES[args.lang].settingsFile(args.settingsFile, read.problems) + "\n");
  return null;
}
