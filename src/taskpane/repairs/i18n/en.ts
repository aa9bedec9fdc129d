import type { RepairTexts } from "./shape";

export const EN: RepairTexts = {
  fix: "Fix",
  fixLabel: (cell, after) => `Fix cell ${cell} to ${after}`,
  fixAll: (count) => `Fix all (${count})`,
  previewTitle: (rule) => `Fix all: ${rule}`,
  previewCount: (cells) => `${cells} cells will be changed (old value → new value). The repair can be undone.`,
  previewMore: (count) => `… and ${count} more cells`,
  confirm: "Confirm repair",
  cancel: "Cancel",
  nothingToRepair: "Nothing left to repair: the sheet changed since the last check. Check it again.",
  repaired: (cells) => `Repaired ${cells} cells and checked the roster again. Press “Undo” to put the old values back.`,
  stale: (cells) => `Cells changed since the last check were not repaired: ${cells}.`,
  computed: (cells) =>
    `Cells a formula works out (holding a formula, or in a formula's spilled results) were not repaired, as writing there would destroy the formula: ${cells}. Correct the formula's source data instead.`,
  undo: "Undo the last repair",
  undoOf: (cells, sheet) => `Undo the last repair (${cells} cells, sheet “${sheet}”)`,
  undone: (cells, sheet) => `Put back the old values of ${cells} cells on sheet “${sheet}”.`,
  undoNone: "There is no repair to undo.",
  undoConflict: (cells) =>
    `Cannot undo: these cells were edited after the repair, and undoing would overwrite that edit: ${cells}. No cell was changed.`,
  undoLost: (sheet) =>
    `The repair on sheet “${sheet}” cannot be undone: the sheet or the undo record is gone. The undo record was dropped.`,
};
