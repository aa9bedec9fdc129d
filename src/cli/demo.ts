import * as path from "path";
import { parseArgs } from "util";
import type { Language } from "../core/report/types";
import { articleTable } from "./article-table";
import { run } from "./main";

const SAMPLES = path.join(__dirname, "..", "..", "samples");

const TITLES: Readonly<Record<Language, { check: string; article: string }>> = {
  vi: { check: "Kiểm tra các danh sách mẫu", article: "Kết quả Chương trình 12-CTr/TU năm 2019, tính lại theo chỉ tiêu" },
  en: { check: "Checking the sample rosters", article: "The 2019 review of programme 12-CTr/TU, recomputed against the targets" },
};

/**
 * `npm run demo`: the check on samples/ (whose planted errors make it exit 1), then the article's table.
 * The demo succeeds when both ran; only a check that could not run (exit 2) fails it.
 */
async function demo(lang: Language): Promise<number> {
  const write = (text: string) => process.stdout.write(text);
  const shown = path.relative(process.cwd(), SAMPLES) || ".";
  write(`== ${TITLES[lang].check}: cadre-roster check --lang ${lang} ${shown} ==\n\n`);
  const code = await run(["check", "--lang", lang, shown], { stdout: write, stderr: (text) => process.stderr.write(text) });
  write(`\n(exit ${code})\n\n== ${TITLES[lang].article} ==\n\n${articleTable(lang)}`);
  return code === 2 ? 2 : 0;
}

const { values } = parseArgs({ options: { lang: { type: "string" } }, strict: false });
const lang: Language = values.lang === "en" ? "en" : "vi";
demo(lang).then((code) => {
  process.exitCode = code;
});
