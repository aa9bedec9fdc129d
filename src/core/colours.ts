import type { PlanStatus } from "./plan/result";
import type { Severity } from "./rules/types";

/**
 * The product's one colour language (docs/colours.md). Each tone is a light fill and a dark text colour of
 * the same hue, so text stays readable on the fill. A colour never carries a meaning alone: every coloured
 * cell also holds the word for it (a status, a severity, a note), which survives grey print and high contrast.
 */
export const TONES = {
  /** Plan met or exceeded. */
  good: { fill: "#C6EFCE", text: "#006100" },
  /** Behind plan; an error. */
  bad: { fill: "#FFC7CE", text: "#9C0006" },
  /** Nobody sent for a category; a warning. */
  caution: { fill: "#FFEB9C", text: "#9C5700" },
  /** A note (information only). */
  note: { fill: "#DDEBF7", text: "#1F4E78" },
  /** The header row of a table: no meaning, only a band to read along. */
  heading: { fill: "#D9E1F2", text: "#000000" },
} as const;

export type Tone = keyof typeof TONES;

/** What a category's standing against its plan looks like; "none-sent" is a category nobody was sent for. */
export const PLAN_TONE: Readonly<Record<PlanStatus | "none-sent", Tone>> = {
  exceeded: "good",
  met: "good",
  "not-met": "bad",
  "none-sent": "caution",
};

/** What a problem's severity looks like, in the report sheets and in the marks on the user's cells. */
export const SEVERITY_TONE: Readonly<Record<Severity, Tone>> = { error: "bad", warning: "caution", info: "note" };
