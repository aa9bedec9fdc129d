import type { SheetInput } from "../grid/types";
import type { RosterLayout } from "../roster/types";
import { toUnicode } from "../text/detect-legacy";
import { matchKey } from "../targets/match-key";

/** How the name of a unit issuing a roster begins ("SỞ Y TẾ", "BAN TỔ CHỨC TỈNH ỦY", "UBND HUYỆN HÒA AN"). */
const UNIT_WORDS = [
  "sở",
  "ban",
  "ubnd",
  "ủy ban",
  "huyện ủy",
  "thành ủy",
  "tỉnh ủy",
  "đảng ủy",
  "văn phòng",
  "bệnh viện",
  "trường",
  "học viện",
  "trung tâm",
  "phòng",
  "chi cục",
  "cục",
  "công an",
  "bộ chỉ huy",
  "hội",
  "đoàn",
  "liên đoàn",
  "mặt trận",
].map(matchKey);

/** Columns where a letterhead's issuer sits: the left of the sheet. */
const LEFT_COLUMNS = 4;

/**
 * The unit that issued the roster, from the letterhead above its header: the last line on the left that
 * names a unit, since the line above it names the body it belongs to ("UBND TỈNH CAO BẰNG" / "SỞ Y TẾ").
 * Empty when there is none.
 */
export function issuerOf(sheet: SheetInput, layout: RosterLayout): string {
  let issuer = "";
  for (let r = 0; r < layout.headerTop; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(LEFT_COLUMNS, cells.length); c++) {
      const value = cells[c];
      if (typeof value !== "string" || value.trim() === "") continue;
      const text = toUnicode(value, sheet.fonts?.[r]?.[c] ?? undefined).trim();
      const key = matchKey(text);
      if (UNIT_WORDS.some((word) => key.startsWith(word))) issuer = text.replace(/\s+/g, " ");
      break;
    }
  }
  return issuer;
}
