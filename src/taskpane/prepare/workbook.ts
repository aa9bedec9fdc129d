import type { Language } from "../../core/i18n";
import type { ValidationPlan } from "../../core/repair";
import {
  applyInputRules,
  type CadreFormulaCell,
  type Capabilities,
  type CheckStamp,
  findCadreFormulas,
  type FreezeMode,
  type FreezeResult,
  freezeCadreFormulas,
  type InputRulesResult,
  type RemovedRules,
  removeInputRules,
  stampCheck,
} from "../../office";
import type { ExcelRun } from "../shell/excel-run";

/** What the input checks and the email preparation ask of Excel. */
export interface PrepareWorkbook {
  readonly caps: Capabilities;
  applyInputRules(sheet: string, plan: ValidationPlan): Promise<InputRulesResult>;
  removeInputRules(): Promise<RemovedRules>;
  /** Cells on every sheet whose formulas call CADRE functions. */
  findCadreFormulas(): Promise<CadreFormulaCell[]>;
  freeze(cells: readonly CadreFormulaCell[], mode: FreezeMode, lang: Language): Promise<FreezeResult>;
  /** Records the last check in the settings and on its own sheet; gives that sheet's name. */
  stamp(stamp: CheckStamp, lang: Language): Promise<string>;
}

export function prepareWorkbook(caps: Capabilities, run: ExcelRun): PrepareWorkbook {
  return {
    caps,
    applyInputRules: (sheet, plan) => run((context) => applyInputRules(context, sheet, plan)),
    removeInputRules: () => run(removeInputRules),
    findCadreFormulas: () => run((context) => findCadreFormulas(context)),
    freeze: (cells, mode, lang) => run((context) => freezeCadreFormulas(context, cells, mode, { lang, caps })),
    stamp: (stamp, lang) => run((context) => stampCheck(context, stamp, lang)),
  };
}
