import type { FieldId, RosterKind } from "./types";

const ROTATION: readonly FieldId[] = [
  "rotationDate",
  "rotationEnd",
  "unitFrom",
  "unitTo",
  "positionBefore",
  "positionAfter",
];
const TRAINING: readonly FieldId[] = [
  "programme",
  "institution",
  "major",
  "trainingStart",
  "trainingEnd",
  "trainingPeriod",
  "trainingMode",
];
const DECISION: readonly FieldId[] = ["decisionNumber", "decisionDate"];

/**
 * The roster's kind, most specific first: rotation fields make a rotation list (it often also shows
 * the planned title and the rotation decision); training fields a training list (it may show the
 * planned title); a planned title a planning list (whose approval decision may have its own column);
 * a decision alone a training list, as a decision sends cadres to study. A plain list of cadres with
 * none of these is read as a planning list, the kind with no row rules that need columns it lacks.
 */
export function rosterKind(fields: ReadonlySet<FieldId>): RosterKind {
  if (ROTATION.some((f) => fields.has(f))) return "rotation";
  if (TRAINING.some((f) => fields.has(f))) return "training";
  if (fields.has("planningTitle")) return "planning";
  if (DECISION.some((f) => fields.has(f))) return "training";
  return "planning";
}
