export * from "./types";
export { planRepairs } from "./plan";
export { applyCellWrites, applyRepairs, repairWrite } from "./apply";
export {
  createUndoRecord,
  planUndo,
  undoRepairs,
  type AfterState,
  type CellState,
  type UndoCell,
  type UndoPlan,
  type UndoRecord,
} from "./undo";
export { valueKey } from "./value-key";
export {
  forgetUndo,
  parseUndoIndex,
  planUndoStore,
  readUndoRecord,
  UNDO_BUDGET_BYTES,
  UNDO_CHUNK_BYTES,
  UNDO_INDEX_KEY,
  type StoredUndo,
  type UndoStorePlan,
} from "./undo-store";
export { undoStoreMessage } from "./undo-messages";
export { customFunctionNames, findCustomFunctionCells, type CustomFunctionCell } from "./custom-function-cells";
export * from "./validation-plan";
