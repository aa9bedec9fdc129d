import type { FakeContext } from "./context";
import { FakeOfficeError, itemNotFound } from "./errors";
import { findSheet } from "./model";
import { FakeRange } from "./range";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }

  /** Fails with InvalidSelection when the selection is not cells (a chart, a shape). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const model = this.context.model;
      const sheet = findSheet(model, model.activeSheet);
      if (!sheet) throw itemNotFound("active sheet");
      if (!model.selection) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, rect: { ...model.selection } };
    });
  }
}
