/** The texts of repairs and undo, in one language. Numbers, cells and names arrive already formatted. */
export interface RepairTexts {
  fix: string;
  fixLabel: (cell: string, after: string) => string;
  fixAll: (count: string) => string;
  previewTitle: (rule: string) => string;
  previewCount: (cells: string) => string;
  previewMore: (count: string) => string;
  confirm: string;
  cancel: string;
  nothingToRepair: string;
  repaired: (cells: string) => string;
  stale: (cells: string) => string;
  /** Cells Excel computes (a formula, or a formula's spilled result): a repair would destroy them. */
  computed: (cells: string) => string;
  undo: string;
  undoOf: (cells: string, sheet: string) => string;
  undone: (cells: string, sheet: string) => string;
  undoNone: string;
  undoConflict: (cells: string) => string;
  undoLost: (sheet: string) => string;
}
