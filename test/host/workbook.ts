import { FakeApplication } from "./application";
import { FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, FakeOfficeError, itemNotFound } from "./errors";
import { insertSheets } from "./insert-sheets";
import { findSheet } from "./model";
import { FakeRange } from "./range";
import type { PathRef } from "./request-log";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";

/** `context.workbook`: the root of every object path. Its navigation properties are made once, as in Office.js. */
export class FakeWorkbook {
  private sheets: FakeWorksheetCollection | undefined;
  private store: FakeSettingCollection | undefined;
  private app: FakeApplication | undefined;

  constructor(
    private readonly context: FakeContext,
    readonly path: PathRef,
  ) {}

  get worksheets(): FakeWorksheetCollection {
    return (this.sheets ??= new FakeWorksheetCollection(
      this.context,
      this.context.log.path(this.path, "property", "Worksheets"),
    ));
  }

  get settings(): FakeSettingCollection {
    return (this.store ??= new FakeSettingCollection(
      this.context,
      this.context.log.path(this.path, "property", "Settings"),
    ));
  }

  get application(): FakeApplication {
    return (this.app ??= new FakeApplication(
      this.context,
      this.context.log.path(this.path, "property", "Application"),
    ));
  }

  insertWorksheetsFromBase64(
    base64File: string,
    options?: { sheetNamesToInsert?: string[]; positionType?: string },
  ): FakeClientResult<string[]> {
    this.context.openFile(base64File);
    return new FakeClientResult(
      this.context,
      { path: this.path, method: "insertWorksheetsFromBase64", args: [base64File, options], changes: true },
      () => {
        if (this.context.config.apiVersion < 13) throw apiNotFound("Workbook.insertWorksheetsFromBase64", 13);
        return insertSheets(this.context, this.context.config.files, base64File, options);
      },
    );
  }

  /** Fails with InvalidSelection when the selection is not cells (a chart, a shape). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, this.context.log.path(this.path, "method", "GetSelectedRange"), () => {
      const model = this.context.model;
      const sheet = findSheet(model, model.activeSheet);
      if (!sheet) throw itemNotFound("active sheet");
      if (!model.selection)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet, rect: { ...model.selection } };
    });
  }
}
