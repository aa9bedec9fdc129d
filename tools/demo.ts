import { spawnSync } from "child_process";
import * as path from "path";
import { parseArgs } from "util";
import type { Language } from "../src/core/report/types";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "cadre-roster.js");
const SAMPLES = path.join(ROOT, "samples");
const PROGRAMME = path.join(SAMPLES, "programme");
const LAYOUTS = path.join(SAMPLES, "layouts");

const TITLES: Readonly<Record<Language, { check: string; summary: string; layouts: string }>> = {
  vi: {
    check: "Kiểm tra các danh sách mẫu",
    summary: "Kết quả Chương trình 12-CTr/TU đến năm 2019, tổng hợp từ danh sách của các đơn vị",
    layouts:
      "Danh sách trình bày như các đơn vị gửi (đề mục, dòng cộng, tiêu đề 3 dòng, hai danh sách một trang), tổng hợp",
  },
  en: {
    check: "Checking the sample rosters",
    summary: "Programme 12-CTr/TU to 2019, consolidated from the units' rosters",
    layouts:
      "Rosters laid out as departments send them (headings, subtotals, three-row headers, two lists on a sheet), consolidated",
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
 * themselves, then the summary of the department layouts in samples/layouts/. The demo succeeds when all
 * ran; only a command that could not run (exit 2) fails it.
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
  const layoutArgs = [
    "summary",
    "--lang",
    lang,
    "--targets",
    path.join(shown(PROGRAMME), "chi-tieu.xlsx"),
    shown(LAYOUTS),
  ];
  write(`\n(exit ${summed})\n\n== ${TITLES[lang].layouts}: cadre-roster ${layoutArgs.join(" ")} ==\n\n`);
  const laidOut = cadreRoster(layoutArgs);
  write(`\n(exit ${laidOut})\n`);
  return [checked, summed, laidOut].includes(2) ? 2 : 0;
}

const { values } = parseArgs({ options: { lang: { type: "string" } }, strict: false });
process.exitCode = demo(values.lang === "en" ? "en" : "vi");
