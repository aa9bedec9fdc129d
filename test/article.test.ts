import { formatYmd, retirementDate, type YMD } from "../src/core/dates";
import { planPct, planStatus } from "../src/core/plan";
import article from "./fixtures/article.json";

interface Row {
  category: string;
  sent: number | null;
  reportedPct: number | null;
  target: number | null;
}

const withTarget = (article.rows as Row[]).filter(
  (row): row is Row & { sent: number; target: number; reportedPct: number } =>
    row.sent !== null && row.target !== null && row.reportedPct !== null,
);

describe("the article's plan figures", () => {
  it("has the seven categories that report a share of the plan", () => {
    expect(withTarget.map((row) => row.reportedPct)).toEqual([300, 285, 100, 45, 70, 238, 60]);
  });

  it.each(withTarget.map((row) => [row.category, row.sent, row.target, row.reportedPct] as const))(
    "%s: %i sent against %i is %i% of plan",
    (_category, sent, target, pct) => {
      const result = planPct(sent, target);
      expect(result.ok && Math.round(result.value * 100)).toBe(pct);
    },
  );

  it("reads 'gần 70%' (139 of 200) as not met, 100% as met, 300% as exceeded", () => {
    expect(planStatus(139, 200)).toEqual({ ok: true, value: "not-met" });
    expect(planStatus(4, 4)).toEqual({ ok: true, value: "met" });
    expect(planStatus(30, 10)).toEqual({ ok: true, value: "exceeded" });
  });
});

/*
 * Retirement under Nghị định 135/2020: the age that applies is the one for the year in which the
 * person reaches it; retirement is the last day of that month. Men: 60y3m in 2021, +3 months a
 * year, 62 from 2028. Women: 55y4m in 2021, +4 months a year, 60 from 2035. A year alone is 1 January.
 *
 * - Man born 01/1961: 60y3m (2021's age) falls in 04/2021, within 2021 → 30/04/2021.
 * - Man born 10/1961: 2021's 60y3m would fall in 01/2022, not within 2021. 2022's 60y6m falls in
 *   04/2022, within 2022 → 30/04/2022.
 * - Man born 1966 (01/01/1966): 2026's 61y6m would fall in 07/2027; 2027's 61y9m falls in 10/2027,
 *   within 2027 → 31/10/2027 (he never gets to the 62 of 2028).
 * - Woman born 1966: 55 in 01/2021, so not before 2021; 2021's 55y4m falls in 05/2021 → 31/05/2021.
 * - Woman born 1975: 2033's 59y4m would fall in 05/2034; 2034's 59y8m falls in 09/2034, within 2034
 *   → 30/09/2034.
 * - Man born 05/1960 reached 60 in 05/2020, before the rise began, and retired then → 31/05/2020.
 */
describe("retirement dates", () => {
  const born = (m: number, y: number): YMD => ({ y, m, d: 1 });

  it.each([
    ["man born 01/1961", "30/04/2021", born(1, 1961), "male"],
    ["man born 10/1961", "30/04/2022", born(10, 1961), "male"],
    ["man born 1966", "31/10/2027", born(1, 1966), "male"],
    ["woman born 1966", "31/05/2021", born(1, 1966), "female"],
    ["woman born 1975", "30/09/2034", born(1, 1975), "female"],
    ["man born 05/1960, 60 in 2020", "31/05/2020", born(5, 1960), "male"],
  ] as const)("%s retires on %s", (_who, expected, birth, gender) => {
    expect(formatYmd(retirementDate(birth, gender))).toBe(expected);
  });
});
