import type { PlanStatus } from "../result";

/** The words of plan tracking. */
export interface PlanTexts {
  /** A plan status as the report and CADRE.PLAN_STATUS write it. */
  status: Readonly<Record<PlanStatus, string>>;
}
