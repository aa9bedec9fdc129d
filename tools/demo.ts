import { spawnSync } from "child_process";
import * as path from "path";
import { parseArgs } from "util";
import type { Language } from "../src/core/report/types";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "cadre-roster.js");
const SAMPLES = path.join(ROOT, "samples");
const PROGRAMME = path.join(SAMPLES, "programme");

const TITLES: Readonly<Record<Language, { check: string; summary: string }>> = {
  vi: {
    check: "Kiểm tra các danh sách mẫu",
    summary: "Kết quả Chương trình 12-CTr/TU đến năm 2019, tổng hợp từ danh sách của các đơn vị",
  },
  en: {
    check: "Checking the sample rosters",
    summary: "Programme 12-CTr/TU to 2019, consolidated from the units' rosters",
  },
};

/** Runs the installed command as a user would, its output straight to the terminal; returns its exit code. */
function cadreRoster(args: readonly string[]): number {
  const result = spawnSync(process.execPath, [BIN, ...args], { stdio: "inherit" });
  return result.status ?? 2;
}

/**
 * `npm run demo`: the check on samples/ (whose planted errors make it exit 1), then the summary of the
 * programme's sample rosters against their targets, which gives back the article's table from the rows
 * themselves. The demo succeeds when both ran; only a command that could not run (exit 2) fails it.
 */
function demo(lang: Language): number {
  const write = (text: string) => process.stdout.write(text);
  const shown = (dir: string) => path.relative(process.cwd(), dir) || ".";
  const checkArgs = ["check", "--lang", lang, shown(SAMPLES)];
  write(`== ${TITLES[lang].check}: cadre-roster ${checkArgs.join(" ")} ==\n\n`);
  const checked = cadreRoster(checkArgs);
  const summaryArgs = [
    "summary",
    "--lang",
    lang,
    "--targets",
    path.join(shown(PROGRAMME), "chi-tieu.xlsx"),
    shown(PROGRAMME),
  ];
  write(`\n(exit ${checked})\n\n== ${TITLES[lang].summary}: cadre-roster ${summaryArgs.join(" ")} ==\n\n`);
  const summed = cadreRoster(summaryArgs);
  write(`\n(exit ${summed})\n`);
  return checked === 2 || summed === 2 ? 2 : 0;
}

const { values } = parseArgs({ options: { lang: { type: "string" } }, strict: false });
process.exitCode = demo(values.lang === "en" ? "en" : "vi");
