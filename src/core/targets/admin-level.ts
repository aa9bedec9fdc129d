import { matchKey } from "./match-key";
import type { AdminLevel } from "./types";

/** Words naming a commune-level unit; "thị xã" is a district-level town, so it is tested first. */
const COMMUNE = [" xã ", " phường ", " thị trấn "];
const DISTRICT = [" huyện ", " quận ", " thị xã ", " thành phố "];

/**
 * The level of a unit from its name: a commune, ward or township is "commune"; a district, town or
 * city "district"; any other named unit (a department, a provincial board, a hospital) "province".
 * The most local word wins: "UBND xã Hồng Việt, huyện Hòa An" is a commune. Null for a blank name.
 */
export function adminLevel(unit: string): AdminLevel | null {
  const key = matchKey(unit);
  if (key.trim() === "") return null;
  const withoutTowns = key.split(" thị xã ").join(" ");
  if (COMMUNE.some((word) => withoutTowns.includes(word))) return "commune";
  if (DISTRICT.some((word) => key.includes(word))) return "district";
  return "province";
}

const LEVEL_WORDS: ReadonlyMap<string, AdminLevel> = new Map(
  (
    [
      ["tỉnh", "province"],
      ["cấp tỉnh", "province"],
      ["province", "province"],
      ["provincial", "province"],
      ["huyện", "district"],
      ["cấp huyện", "district"],
      ["district", "district"],
      ["xã", "commune"],
      ["cấp xã", "commune"],
      ["commune", "commune"],
    ] as const
  ).map(([word, level]) => [matchKey(word), level]),
);

/** A level as a targets sheet writes it ("Tỉnh", "cấp huyện", "Xã", "district"); null when unknown. */
export function parseLevel(text: string): AdminLevel | null {
  return LEVEL_WORDS.get(matchKey(text)) ?? null;
}
