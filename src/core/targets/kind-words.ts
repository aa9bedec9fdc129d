import type { RosterKind } from "../roster/types";
import { matchKey } from "./match-key";

const KIND_WORDS: ReadonlyMap<string, RosterKind> = new Map(
  (
    [
      ["đào tạo", "training"],
      ["bồi dưỡng", "training"],
      ["đào tạo, bồi dưỡng", "training"],
      ["cử đi học", "training"],
      ["training", "training"],
      ["luân chuyển", "rotation"],
      ["rotation", "rotation"],
      ["quy hoạch", "planning"],
      ["planning", "planning"],
    ] as const
  ).map(([word, kind]) => [matchKey(word), kind]),
);

/** A kind as a targets sheet writes it ("Đào tạo", "Bồi dưỡng", "Luân chuyển", "Quy hoạch"); null when unknown. */
export function parseKind(text: string): RosterKind | null {
  return KIND_WORDS.get(matchKey(text)) ?? null;
}
