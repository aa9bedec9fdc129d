import type { CategoryResult } from "../../core/consolidate/types";
import { achievementChart } from "./chart-rows";
import { PLAN_TEXTS } from "./i18n";

/** A category as the tally gives it: the share, status and gap follow from sent and target. */
function category(label: string, sent: number, target: number | null): CategoryResult {
  const percent = target ? Math.round((sent * 100) / target) : null;
  const status = target ? (sent > target ? "exceeded" : sent === target ? "met" : "not-met") : null;
  return {
    label,
    row: null,
    target,
    rows: sent,
    sent,
    share: target ? sent / target : null,
    percent,
    status,
    gap: target ? Math.max(0, target - sent) : null,
    zeroSent: sent === 0,
  };
}

const ARTICLE = [
  category("Thạc sĩ", 30, 10),
  category("Cao cấp lý luận chính trị", 139, 200),
  category("Tiến sĩ", 4, 4),
  category("Bồi dưỡng kiến thức quốc phòng", 0, 12),
  category("Luân chuyển", 7, null),
];

describe("the chart of a consolidation's result", () => {
  it("gives each category its share of target, the report's tone and status, in Vietnamese figures", () => {
    const chart = achievementChart(ARTICLE, PLAN_TEXTS.vi, "vi");
    expect(chart.scale).toBe(300);
    expect(chart.plan).toBeCloseTo(1 / 3);
    expect(chart.rows.map((r) => [r.label, r.words, r.bar?.status, r.bar?.tone])).toEqual([
      ["Thạc sĩ", "30/10 người, 300% – Vượt kế hoạch", "exceeded", "good"],
      ["Cao cấp lý luận chính trị", "139/200 người, 70% – Chưa đạt kế hoạch", "not-met", "bad"],
      ["Tiến sĩ", "4/4 người, 100% – Đạt kế hoạch", "met", "good"],
      // Nobody sent: the report sheet's amber, the status still in words.
      [
        "Bồi dưỡng kiến thức quốc phòng",
        "0/12 người, 0% – Chưa đạt kế hoạch (chưa cử người nào)",
        "not-met",
        "caution",
      ],
      ["Luân chuyển", "7 người (chưa đặt chỉ tiêu)", undefined, undefined],
    ]);
    expect(chart.rows.map((r) => r.bar?.length)).toEqual([1, 70 / 300, 100 / 300, 0, undefined]);
  });

  it("runs the scale to 100% when every category is behind, and stops it at 300% past that", () => {
    expect(achievementChart([category("Thạc sĩ", 3, 5)], PLAN_TEXTS.en, "en")).toMatchObject({
      scale: 100,
      plan: 1,
      rows: [{ words: "3/5 people, 60% – Not met", bar: { length: 0.6 } }],
    });
    const far = achievementChart([category("Thạc sĩ", 1234, 100), category("Tiến sĩ", 1, 2)], PLAN_TEXTS.vi, "vi");
    expect(far.scale).toBe(300);
    // Drawn to the end of the scale; the figure, with the Vietnamese thousands mark, says how far past it.
    expect(far.rows[0]).toMatchObject({ words: "1.234/100 người, 1.234% – Vượt kế hoạch", bar: { length: 1 } });
    expect(far.rows[1].bar?.length).toBeCloseTo(50 / 300);
  });
});
