import type { SettingsProblem } from "../core/settings-check";
import type { JsonFaultAt } from "./json-fault";

/** Why a settings file could not be used, as data; rendered in the user's language. */
export type SettingsFileProblem =
  | { code: "not-found" }
  | { code: "folder" }
  | { code: "not-a-file" }
  | { code: "no-permission" }
  | { code: "unreadable" }
  | { code: "too-large"; limit: number }
  | { code: "not-utf8" }
  | { code: "not-json"; at: JsonFaultAt | null }
  | { code: "duplicate-key"; key: string; line: number }
  | SettingsProblem;
