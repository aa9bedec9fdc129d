/**
 * What the task pane shows instead of a blank page: in a webview that cannot run it (Internet Explorer 11),
 * when Office.js never arrives (a blocked CDN), and on an Excel without the requirement sets it needs.
 */
import type { Page } from "playwright-core";
import { usePane } from "./support/pane-hooks";

jest.setTimeout(60_000);

const pane = usePane();

const shown = (page: Page, selector: string) => page.isVisible(selector);

describe("the task pane's start", () => {
  it("shows nothing but the pane where all is well", async () => {
    const { page } = await pane.open();
    expect(await page.getAttribute("html", "data-pane")).toBe("ready");
    for (const id of ["#boot-old-host", "#boot-no-office", "#boot-old-excel"])
      expect(await shown(page, id)).toBe(false);
  });

  it("says in Vietnamese and English that Office.js did not load, after a while, instead of staying blank", async () => {
    const { page, incidents } = await pane.open({}, { withoutOfficeJs: true, ready: "body" });
    expect(await shown(page, "#boot-no-office")).toBe(false);
    await page.waitForSelector("#boot-no-office:not([hidden])", { timeout: 15_000 });
    const text = await page.textContent("#boot-no-office");
    expect(text).toContain("Chưa tải được Office.js");
    expect(text).toContain("Office.js has not loaded");
    // The functions' script registers them with Office.js's CustomFunctions, which never came: that, and only that, fails.
    expect(incidents.pageErrors).toEqual([expect.stringContaining("CustomFunctions is not defined")]);
    incidents.pageErrors.length = 0;
  });

  it("says so in a webview too old for the pane's script, and hides the pane's controls", async () => {
    const { page } = await pane.open(
      {},
      {
        // Internet Explorer 11 has none of these; the pane's ES2020 script would not even parse there.
        before: () => delete (Object as { fromEntries?: unknown }).fromEntries,
        ready: "#boot-old-host",
      },
    );
    expect(await shown(page, "#boot-old-host")).toBe(true);
    expect(await page.textContent("#boot-old-host")).toContain("Internet Explorer 11");
    expect(await shown(page, ".pane-main")).toBe(false);
  });

  it("says which Excel runs it, and names the missing requirement sets for IT staff, on an Excel the manifest would not admit", async () => {
    const { page } = await pane.open({ api: "1.3", lang: "en-US" }, { ready: "#boot-old-excel:not([hidden])" });
    expect(await page.textContent("#boot-old-excel p")).toContain("Use Microsoft 365, Office 2021 or later");
    expect(await page.textContent("#boot-old-excel .boot-detail")).toContain("ExcelApi 1.4");
    expect(await shown(page, ".pane-main")).toBe(false);
  });
});
