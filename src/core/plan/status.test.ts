import { planStatus, planStatusLabel } from "./status";

describe("plan status", () => {
  it("is exceeded above, met at and not met below the target", () => {
    expect(planStatus(30, 10)).toEqual({ ok: true, value: "exceeded" });
    expect(planStatus(4, 4)).toEqual({ ok: true, value: "met" });
    expect(planStatus(139, 200)).toEqual({ ok: true, value: "not-met" });
  });

  it("needs a target", () => {
    expect(planStatus(3, 0)).toEqual({ ok: false, error: "no-target" });
  });

  it("is worded in Vietnamese or English", () => {
    expect(planStatusLabel("exceeded", "vi")).toBe("Vượt kế hoạch");
    expect(planStatusLabel("met", "vi")).toBe("Đạt kế hoạch");
    expect(planStatusLabel("not-met", "vi")).toBe("Chưa đạt kế hoạch");
    expect(planStatusLabel("exceeded", "en")).toBe("Exceeded");
    expect(planStatusLabel("met", "en")).toBe("Met");
    expect(planStatusLabel("not-met", "en")).toBe("Not met");
  });
});
