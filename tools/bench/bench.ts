import { cpus } from "os";
import { validateSheet, validateWorkbook } from "../../src/core";
import { consolidationBench } from "./consolidation";
import { hostileBench } from "./hostile";
import { BIN, readingBench } from "./reading";
import { bestOfEach } from "./rounds";
import { syntheticRoster } from "./synthetic-roster";

const count = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;
const say = (text = "") => process.stdout.write(`${text}\n`);

async function engine(): Promise<void> {
  say("Engine, in memory (best of 10 after a warm-up; 200,000 rows: best of 4):");
  const times: number[] = [];
  for (const rows of [20_000, 200_000]) {
    const sheet = syntheticRoster(rows);
    const runs = rows > 100_000 ? 4 : 10;
    const file = { file: "bench.xlsx", sheets: [sheet] };
    const issues = validateWorkbook(file).sheets[0].issues.length;
    const [whole, one] = await bestOfEach(runs, [() => validateWorkbook(file), () => validateSheet(sheet)]);
    times.push(whole);
    say(
      `  ${count(rows).padStart(7)} rows  validateWorkbook ${ms(whole)}  ${count((rows / whole) * 1000).padStart(9)} rows/s   validateSheet ${ms(one)}   (${issues} issues)`,
    );
  }
  say(`  time ratio 200,000 / 20,000 rows: ${(times[1] / times[0]).toFixed(2)} (10 would be exactly linear)`);
}

async function bench(): Promise<void> {
  say(`cadre-roster bench — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  say();
  // Reading first, in a heap as fresh as a user's: the engine's 200,000-row runs leave a heap that would weigh on it.
  await readingBench(say);
  say();
  hostileBench(BIN, say);
  say();
  await engine();
  await consolidationBench(say);
}

bench().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
