import { planForecast } from "./forecast";

const ymd = (text: string) => {
  const [d, m, y] = text.split("/").map(Number);
  return { y, m, d };
};
const forecast = (actual: number, target: number, start: string, end: string, asOf: string) =>
  planForecast(actual, target, ymd(start), ymd(end), ymd(asOf));

describe("the forecast for the end of the term", () => {
  it("carries the pace so far on to the end: 12 sent in 2 of 5 years against 40 is 75%", () => {
    const result = forecast(12, 40, "01/01/2021", "01/01/2026", "01/01/2023");
    expect(result.ok && result.value).toBeCloseTo(0.75, 2);
  });

  it("is the share reached once the term is over", () => {
    expect(forecast(30, 10, "01/01/2021", "31/12/2025", "15/03/2026")).toEqual({ ok: true, value: 3 });
  });

  it("cannot be made for a term that ends before it starts, or before it has started", () => {
    expect(forecast(3, 10, "01/01/2026", "01/01/2021", "01/01/2023")).toEqual({ ok: false, error: "bad-term" });
    expect(forecast(0, 10, "01/01/2026", "31/12/2030", "01/06/2025")).toEqual({ ok: false, error: "bad-term" });
  });

  it("gives the plan errors of the other plan figures", () => {
    expect(forecast(3, 0, "01/01/2021", "31/12/2025", "01/01/2023")).toEqual({ ok: false, error: "no-target" });
    expect(forecast(-1, 10, "01/01/2021", "31/12/2025", "01/01/2023")).toEqual({ ok: false, error: "negative" });
  });
});
