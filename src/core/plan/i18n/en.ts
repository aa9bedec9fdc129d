import type { PlanTexts } from "./shape";

export const EN: PlanTexts = {
  status: { exceeded: "Exceeded", met: "Met", "not-met": "Not met" },
};
