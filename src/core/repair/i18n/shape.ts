import type { DateField } from "../../rules/types";
import type { ListField, ValidationTexts } from "../types";

/** What repairs, their undo and the data validation they set up tell the user. */
export interface RepairTexts {
  undo: {
    /** The undo record of `cells` changed cells would take `kb` KB, more than the `budgetKb` KB kept for undo. */
    tooLarge(cells: number, kb: number, budgetKb: number): string;
    /** The `repairs` oldest repairs, on the sheets named (quoted, comma-separated), can no longer be undone. */
    dropped(repairs: number, sheets: string): string;
  };
  /** The input prompts and error alerts of data validation (Excel takes 32 characters of title, 255 of message). */
  validation: {
    prompt: Readonly<Record<ListField, ValidationTexts>>;
    alert: Readonly<Record<ListField, ValidationTexts>>;
    dateTitle: Readonly<Record<DateField, string>>;
    datePrompt: string;
    dateAlert: ValidationTexts;
    listHeader: Readonly<Record<ListField, string>>;
    explanation(sheet: string, lists: string): string;
  };
}
