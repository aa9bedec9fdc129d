import { FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, FakeOfficeError, itemNotFound } from "./errors";
import { insertSheets } from "./insert-sheets";
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

  insertWorksheetsFromBase64(
    base64File: string,
    options?: { sheetNamesToInsert?: string[]; positionType?: string },
  ): FakeClientResult<string[]> {
    return new FakeClientResult(
      this.context,
      () => {
        if (this.context.config.apiVersion < 13) throw apiNotFound("Workbook.insertWorksheetsFromBase64", 13);
        return insertSheets(this.context, this.context.config.files, base64File, options);
      },
      base64File,
    );
  }

  /** Fails with InvalidSelection when the selection is not cells (a chart, a shape). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const model = this.context.model;
      const sheet = findSheet(model, model.activeSheet);
      if (!sheet) throw itemNotFound("active sheet");
      if (!model.selection)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, rect: { ...model.selection } };
    });
  }
}
