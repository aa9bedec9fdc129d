import { CELL_EDIT_MODE, officeErrorCode } from "./errors";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What `runExcel` needs of the `Excel` namespace (a test host can stand in). */
export interface ExcelRunner {
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

export interface RunOptions {
  excel?: ExcelRunner;
  /** Tries in all; 4 by default. */
  attempts?: number;
  wait?: (ms: number) => Promise<void>;
}

const RETRY_PAUSE_MS = 1000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one place the add-in enters Excel. `delayForCellEdit` asks Excel to hold a batch while the user
 * is typing in a cell; hosts that predate it reject the batch instead, so that rejection is retried
 * after a pause that grows with each try. Any other failure is the caller's to report.
 */
export async function runExcel<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
  const excel = options.excel ?? Excel;
  const attempts = options.attempts ?? 4;
  const wait = options.wait ?? pause;
  for (let attempt = 1; ; attempt++) {
    try {
      return await excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      if (attempt >= attempts || officeErrorCode(error) !== CELL_EDIT_MODE) throw error;
      await wait(RETRY_PAUSE_MS * attempt);
    }
  }
}
