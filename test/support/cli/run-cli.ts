import { type CliIo, run } from "../../../src/cli/main";

/** What one run of the command gave: its exit code and what it printed on each stream. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `cadre-roster` in-process on `argv` (without node and the script) and collects what it printed.
 * Files are read in this thread, unless a worker script is given (the built one in lib/: see test/built).
 */
export async function cli(
  argv: readonly string[],
  limits?: CliIo["limits"],
  workerScript?: string,
): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), limits, workerScript });
  return { code, out, err };
}
