import type { Limits } from "../xlsx/limits";

/** Where the command writes, so tests can run it in-process and read what it printed. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Overrides of the default limits. */
  limits?: Partial<Limits>;
  /**
   * The script each file's worker thread is started on (see isolate/worker.ts). The installed and the
   * packed command always give one; without it files are read in this thread, as unit tests do.
   */
  workerScript?: string;
}
