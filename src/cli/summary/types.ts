export type { SummaryRun } from "../../xlsx/summary/summary-run";
