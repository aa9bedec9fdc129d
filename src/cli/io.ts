import type { Limits } from "../xlsx/limits";

/** Where the command writes, so tests can run it in-process and read what it printed. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Overrides of the default limits. */
  limits?: Partial<Limits>;
}
