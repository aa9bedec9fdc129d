import type { PlanningPool, PoolShare } from "../consolidate/types";
import { formatYmd } from "../dates";
import type { Language } from "../i18n/language";
import { formulaCell, numberCell, PERCENT_FORMAT, quoted, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { headerCells, NOTE } from "./styles";
import type { SheetRow } from "./types";

/**
 * "Cơ cấu danh sách quy hoạch", from row `top`: for each planning list, its young cadres, women and ethnic
 * minorities against the goals of Quy định 50-QĐ/TW, three rows a list. The share and the status are plain
 * formulas over the counts (the status compares the share rounded to a whole percent, as the summary does).
 */
export function planningBlock(pools: readonly PlanningPool[], top: number, lang: Language): SheetRow[] {
  if (pools.length === 0) return [];
  const texts = SHEET_TEXTS[lang].achievement.planning;
  const rows: SheetRow[] = [[textCell(texts.title, { bold: true })], headerCells(texts.headers)];
  for (const pool of pools) {
    const name = `${pool.title || `${pool.file} – ${pool.sheet}`} (${texts.asOf(formatYmd(pool.asOf))})`;
    const parts: [string, PoolShare][] = [
      [texts.young(pool.youngAge), pool.young],
      [texts.women, pool.women],
      [texts.minority, pool.minority],
    ];
    parts.forEach(([part, share], i) => {
      const row = top + rows.length;
      rows.push([
        i === 0 ? textCell(name, { wrap: true, vertical: "top" }) : null,
        textCell(part),
        numberCell(pool.people),
        numberCell(share.count),
        formulaCell(
          `=IF(C${row}>0,D${row}/C${row},"")`,
          pool.people > 0 ? share.count / pool.people : "",
          PERCENT_FORMAT,
        ),
        share.goal === null ? null : numberCell(share.goal / 100, PERCENT_FORMAT),
        formulaCell(
          `=IF(OR(F${row}="",E${row}=""),"",IF(ROUND(E${row}*100,0)>=ROUND(F${row}*100,0),${quoted(texts.met)},${quoted(texts.short)}))`,
          share.met === null ? "" : share.met ? texts.met : texts.short,
        ),
      ]);
    });
  }
  rows.push([textCell(texts.note, NOTE)]);
  return rows;
}
