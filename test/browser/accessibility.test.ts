/**
 * axe-core (WCAG 2.1 A and AA, and its best practices) on the built pane, in Vietnamese and English,
 * before and after a check, with repairs and consolidation open. axe runs inside the page from the
 * project's own copy: nothing is fetched.
 */
import { violations } from "./support/axe";
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";

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
});
