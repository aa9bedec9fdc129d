/**
 * axe-core (WCAG 2.1 A and AA, and its best practices) on the built pane, in Vietnamese and English,
 * before and after a check, with repairs and consolidation open. axe runs inside the page from the
 * project's own copy: nothing is fetched.
 */
import fs from "fs";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";

jest.setTimeout(90_000);

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const pane = usePane();

/** Every violation as "rule: the elements it was found on", so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's script policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.each(["vi-VN", "en-US"])("the task pane in %s", (lang) => {
  it("has no accessibility violation before a check", async () => {
    const { page } = await pane.open({ lang });
    expect(await violations(page)).toEqual([]);
  });

  it("has none after a check in any tab, with repairs and a consolidation open", async () => {
    const { page } = await pane.open({ lang });
    await press(page, "#check");
    await page.click('#problems details[data-rule="legacy-encoding"] .fix-all');
    await page.waitForSelector("#repair-preview:not([hidden])");
    expect(await violations(page)).toEqual([]);

    await page.click("#tab-send");
    expect(await violations(page)).toEqual([]);

    await page.click("#tab-board");
    await page.setInputFiles("#consolidate-files", [
      { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
    ]);
    await page.click("#consolidate");
    await page.waitForSelector('#plan[aria-busy="false"] #plan-files li');
    expect(await violations(page)).toEqual([]);

    await page.click("#tab-settings");
    expect(await violations(page)).toEqual([]);
  });
});
