import type { Worksheet } from "exceljs";
import type { CategoryResult, Consolidation } from "../../core/consolidate/types";
import { planStatusLabel } from "../../core/plan";
import type { Language } from "../../core/report/types";
import { BORDER, styleHeader, text } from "./cells";
import { XLSX_LABELS } from "./labels";

/** The header's row; the sheet freezes the rows down to it. */
export const HEADER_ROW = 4;
const WIDTHS = [6, 52, 10, 10, 11, 20, 11, 44];
const FILL = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, bgColor: { argb } });

/**
 * Native formulas over the Sent and Target columns, each with its cached result so that a viewer that does
 * not recalculate still shows the figures; nothing in it needs the add-in.
 */
function formulas(r: number, c: CategoryResult, lang: Language) {
  const has = `N(D${r})>0`;
  const [exceeded, met, notMet] = (["exceeded", "met", "not-met"] as const).map((s) => planStatusLabel(s, lang));
  return {
    share: { formula: `IF(${has},C${r}/D${r},"")`, result: c.share ?? "" },
    status: {
      formula: `IF(${has},IF(C${r}>D${r},"${exceeded}",IF(C${r}=D${r},"${met}","${notMet}")),"")`,
      result: c.status === null ? "" : planStatusLabel(c.status, lang),
    },
    gap: { formula: `IF(${has},MAX(0,D${r}-C${r}),"")`, result: c.gap ?? "" },
  };
}

function note(c: CategoryResult, lang: Language): string {
  const labels = XLSX_LABELS[lang];
  if (c.zeroSent) return labels.noneSent;
  return c.rows > c.sent ? labels.rowsAndPeople(c.rows, c.sent) : "";
}

function colours(ws: Worksheet, first: number, last: number): void {
  ws.addConditionalFormatting({
    ref: `B${first}:H${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`$C${first}=0`],
        style: { font: { color: { argb: "FF9C0006" }, bold: true }, fill: FILL("FFFFC7CE") },
      },
    ],
  });
  ws.addConditionalFormatting({
    ref: `E${first}:G${last}`,
    rules: [
      {
        type: "expression",
        priority: 2,
        formulae: [`AND(N($D${first})>0,$C${first}>=$D${first})`],
        style: { fill: FILL("FFC6EFCE"), font: { color: { argb: "FF006100" } } },
      },
      {
        type: "expression",
        priority: 3,
        formulae: [`AND(N($D${first})>0,$C${first}<$D${first})`],
        style: { fill: FILL("FFFFEB9C"), font: { color: { argb: "FF9C5700" } } },
      },
    ],
  });
}

/** The achievement report: one row per category, then the rotation line, the zero-sent categories and how to read it. */
export function writeAchievementSheet(ws: Worksheet, result: Consolidation, targetsFile: string, lang: Language): void {
  const labels = XLSX_LABELS[lang];
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  ws.mergeCells(1, 1, 1, 8);
  ws.getCell(1, 1).value = labels.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = text(labels.subtitle(result.perFile.length, result.rows.length, targetsFile));
  ws.getCell(2, 1).font = { italic: true };
  const header = ws.getRow(HEADER_ROW);
  header.values = [...labels.reportHeader];
  styleHeader(header);
  const first = HEADER_ROW + 1;
  result.achievement.forEach((c, i) => {
    const r = first + i;
    const f = formulas(r, c, lang);
    const row = ws.getRow(r);
    row.values = [i + 1, text(c.label), c.sent, c.target, f.share, f.status, f.gap, note(c, lang)];
    row.getCell(5).numFmt = "0%";
    for (const col of [3, 4, 7]) row.getCell(col).numFmt = "#,##0";
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
  const last = first + result.achievement.length - 1;
  if (result.achievement.length > 0) colours(ws, first, last);
  let at = last + 2;
  if (result.rotation) {
    const { rotated, quota, share } = result.rotation;
    const row = ws.getRow(at++);
    row.values = [
      null,
      labels.rotation,
      rotated,
      quota,
      { formula: `IF(N(D${row.number})>0,C${row.number}/D${row.number},"")`, result: share ?? "" },
    ];
    row.getCell(5).numFmt = "0%";
    row.font = { bold: true };
  }
  if (result.zeroSent.length > 0)
    ws.getCell(at++, 2).value = text(labels.zeroSent(result.zeroSent.map((c) => c.label)));
  ws.getCell(at + 1, 2).value = labels.note;
  ws.getCell(at + 1, 2).font = { italic: true };
}
