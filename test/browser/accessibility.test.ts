/**
 * axe-core (WCAG 2.1 A and AA, and its best practices) on the built pane, in Vietnamese and English,
 * before and after a check, with repairs and consolidation open. axe runs inside the page from the
 * project's own copy: nothing is fetched.
 */
import fs from "fs";
import path from "path";
import { violations } from "./support/axe";
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";
import { xlsxSheets } from "./support/xlsx-sheets";

const PROGRAMME = path.join(__dirname, "..", "..", "samples", "programme");
const DEPARTMENTS = ["01-so-giao-duc-dao-tao.xlsx", "02-so-y-te.xlsx"].map((f) => path.join(PROGRAMME, f));

jest.setTimeout(90_000);

const pane = usePane();

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

  it("has none with a targets file in use and the chart of a consolidation shown, in high contrast too", async () => {
    const { page } = await pane.open({ lang });
    for (const file of DEPARTMENTS) {
      const sheets = await xlsxSheets(file);
      await page.evaluate(([b64, s]) => window.__host.addFile(b64, s), [
        fs.readFileSync(file).toString("base64"),
        sheets,
      ] as const);
    }
    await page.click("#tab-board");
    await page.setInputFiles("#targets-file", path.join(PROGRAMME, "chi-tieu.xlsx"));
    await page.click("#read-targets");
    await page.waitForSelector('#plan[aria-busy="false"] #targets-in-use:not([hidden])');
    await page.setInputFiles("#consolidate-files", DEPARTMENTS);
    await page.click("#consolidate");
    await page.waitForSelector('#plan[aria-busy="false"] #plan-chart:not([hidden])');
    expect(await page.locator("#plan-chart svg.plan-bar").count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    await page.emulateMedia({ forcedColors: "active" });
    expect(await violations(page)).toEqual([]);
  });
});
