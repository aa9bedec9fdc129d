/** Undo records of frozen formulas: undoing writes their old contents back as formulas, not as text. */
export const FREEZE_ID_PREFIX = "freeze-";
