import { planGap, planPct } from "./figures";

describe("share of plan", () => {
  it("divides actual by target", () => {
    expect(planPct(30, 10)).toEqual({ ok: true, value: 3 });
    expect(planPct(24, 40)).toEqual({ ok: true, value: 0.6 });
    expect(planPct(0, 40)).toEqual({ ok: true, value: 0 });
  });

  it("has no share without a target", () => {
    expect(planPct(5, 0)).toEqual({ ok: false, error: "no-target" });
  });

  it("refuses negative counts, before looking at a zero target", () => {
    expect(planPct(-1, 10)).toEqual({ ok: false, error: "negative" });
    expect(planPct(5, -10)).toEqual({ ok: false, error: "negative" });
    expect(planPct(-5, 0)).toEqual({ ok: false, error: "negative" });
  });

  it("refuses NaN and infinity", () => {
    expect(planPct(Number.NaN, 10)).toEqual({ ok: false, error: "not-a-number" });
    expect(planPct(5, Number.POSITIVE_INFINITY)).toEqual({ ok: false, error: "not-a-number" });
  });
});

describe("gap to the plan", () => {
  it("is what is still needed", () => {
    expect(planGap(79, 175)).toEqual({ ok: true, value: 96 });
    expect(planGap(139, 200)).toEqual({ ok: true, value: 61 });
  });

  it("is 0 once the plan is met or exceeded", () => {
    expect(planGap(4, 4)).toEqual({ ok: true, value: 0 });
    expect(planGap(30, 10)).toEqual({ ok: true, value: 0 });
  });

  it("shares the errors of the share", () => {
    expect(planGap(5, 0)).toEqual({ ok: false, error: "no-target" });
    expect(planGap(-5, 10)).toEqual({ ok: false, error: "negative" });
  });
});
