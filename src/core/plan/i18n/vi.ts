import type { PlanTexts } from "./shape";

export const VI: PlanTexts = {
  status: { exceeded: "Vượt kế hoạch", met: "Đạt kế hoạch", "not-met": "Chưa đạt kế hoạch" },
};
