import * as path from "path";
import { parseArgs } from "util";
import type { Language } from "../core/report/types";
import { run } from "./main";

const SAMPLES = path.join(__dirname, "..", "..", "samples");
const PROGRAMME = path.join(SAMPLES, "programme");

const TITLES: Readonly<Record<Language, { check: string; summary: string }>> = {
  vi: { check: "Kiểm tra các danh sách mẫu", summary: "Kết quả Chương trình 12-CTr/TU đến năm 2019, tổng hợp từ danh sách của các đơn vị" },
  en: { check: "Checking the sample rosters", summary: "Programme 12-CTr/TU to 2019, consolidated from the units' rosters" },
};

/**
 * `npm run demo`: the check on samples/ (whose planted errors make it exit 1), then the summary of the
 * programme's sample rosters against their targets, which gives back the article's table from the rows
 * themselves. The demo succeeds when both ran; only a command that could not run (exit 2) fails it.
 */
async function demo(lang: Language): Promise<number> {
  const write = (text: string) => process.stdout.write(text);
  const io = { stdout: write, stderr: (text: string) => process.stderr.write(text) };
  const shown = (dir: string) => path.relative(process.cwd(), dir) || ".";
  const checkArgs = ["check", "--lang", lang, shown(SAMPLES)];
  write(`== ${TITLES[lang].check}: cadre-roster ${checkArgs.join(" ")} ==\n\n`);
  const checked = await run(checkArgs, io);
  const summaryArgs = ["summary", "--lang", lang, "--targets", path.join(shown(PROGRAMME), "chi-tieu.xlsx"), shown(PROGRAMME)];
  write(`\n(exit ${checked})\n\n== ${TITLES[lang].summary}: cadre-roster ${summaryArgs.join(" ")} ==\n\n`);
  const summed = await run(summaryArgs, io);
  write(`\n(exit ${summed})\n`);
  return checked === 2 || summed === 2 ? 2 : 0;
}

const { values } = parseArgs({ options: { lang: { type: "string" } }, strict: false });
const lang: Language = values.lang === "en" ? "en" : "vi";
demo(lang).then((code) => {
  process.exitCode = code;
});
