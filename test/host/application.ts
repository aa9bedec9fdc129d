import { FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, invalidArgument } from "./errors";
import { recalculate } from "./calculation";
import type { WorkbookModel } from "./model";
import type { PathRef } from "./request-log";

const MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

/**
 * `workbook.application` (ExcelApi 1.1): the calculation mode (ExcelApi 1.8 to set it) and `calculate`.
 * The fake calculates formulas when they are read, so a recalculation only counts in the model.
 */
export class FakeApplication extends FakeObject<WorkbookModel> {
  constructor(context: FakeContext, path: PathRef) {
    super(context, path, () => context.model);
  }

  get calculationMode(): string {
    return this.loadedValue("calculationMode");
  }
  set calculationMode(mode: string) {
    this.setProperty("calculationMode", mode, () => {
      if (this.context.config.apiVersion < 8) throw apiNotFound("Application.calculationMode (set)", 8);
      if (!MODES.includes(mode)) throw invalidArgument(`calculation mode "${mode}"`);
      this.target().calculationMode = mode as WorkbookModel["calculationMode"];
    });
  }

  calculate(calculationType: string): void {
    this.callMethod("calculate", [calculationType], () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw invalidArgument(`calculation type "${calculationType}"`);
      const model = this.target();
      recalculate(model);
      model.recalculations = (model.recalculations ?? 0) + 1;
    });
  }

  protected read(model: WorkbookModel, name: string): unknown {
    if (name === "calculationMode") return model.calculationMode ?? "Automatic";
    return this.unknownProperty(name);
  }
}
