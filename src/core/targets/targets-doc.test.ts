import { readFileSync } from "fs";

import { join } from "path";
import { ABBREVIATIONS } from "./abbreviations";
import { ARTICLE_CATEGORIES } from "./article";
import { matchKey } from "./match-key";

const doc = readFileSync(join(__dirname, "../../../docs/targets.md"), "utf8");

function tableUnder(heading: string): string[][] {
  const section = doc.slice(doc.indexOf(heading));
  const lines = section.split("\n").filter((line) => line.startsWith("|"));
  const end = lines.findIndex((line, i) => i > 1 && !section.includes(`${lines[i - 1]}\n${line}`));
  return (end < 0 ? lines : lines.slice(0, end)).slice(2).map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

describe("docs/targets.md", () => {
  it("lists the article's categories as the default targets sheet holds them", () => {
    expect(tableUnder("## The article's categories")).toEqual(
      ARTICLE_CATEGORIES.map((c) => [
        c.label,
        c.programme,
        c.field,
        c.kind,
        c.articleTarget === null ? "–" : String(c.articleTarget),
      ]),
    );
  });

  it("lists every abbreviation the matching spells out, with what it reads as", () => {
    const documented = tableUnder("4. The usual abbreviations").flatMap(([written, read]) =>
      written.split(", ").map((w) => [w, read]),
    );
    expect(new Set(documented.map(([written]) => written.toLowerCase()))).toEqual(
      new Set(ABBREVIATIONS.map(([short]) => short)),
    );
    for (const [written, read] of documented) expect([written, matchKey(written)]).toEqual([written, matchKey(read)]);
  });
});
