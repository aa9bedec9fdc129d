/**
 * A 10,000-row roster in the browser: it validates with a handful of round trips to Excel, the time from
 * the click to the results is printed for the record (not asserted), a long read can be cancelled, and
 * nothing else starts while it runs.
 */
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";

jest.setTimeout(120_000);

const pane = usePane();

describe("a 10,000-row roster", () => {
  it("validates in a handful of syncs and shows the results", async () => {
    const { page } = await pane.open({ rows: "10000" });
    await page.evaluate(() => window.__host.resetStats());
    const started = Date.now();
    await press(page, "#check");
    const elapsed = Date.now() - started;

    expect(await page.textContent("#results-summary")).toContain("10.000 dòng dữ liệu");
    const syncs = await page.evaluate(() => window.__host.stats.syncs);
    // Settings, the selection, the used range, then one per block of rows.
    expect(syncs).toBeLessThanOrEqual(12);
    console.log(`10,000-row roster in the browser test host: ${elapsed} ms from click to results, ${syncs} syncs`);
    // The pane lists a first page of each group, not thousands of lines.
    expect(await page.locator("#problems .problem").count()).toBeLessThanOrEqual(
      50 * (await page.locator("#problems details.group").count()),
    );
  });

  it("can be cancelled while the sheet is being read", async () => {
    const { page } = await pane.open({ rows: "10000", latency: "300" });
    await page.click("#check");
    await page.waitForSelector("#progress:not([hidden])");
    await page.waitForFunction(() => /Đã đọc/.test(document.querySelector("#progress-text")?.textContent ?? ""));
    expect(await page.getAttribute("#progress-bar", "value")).not.toBeNull();
    await page.click("#cancel");
    await page.waitForSelector('#check[aria-disabled="false"]');
    expect(await page.textContent("#status")).toBe("Đã hủy kiểm tra.");
    expect(await page.isHidden("#progress")).toBe(true);
    expect(await page.isHidden("#results")).toBe(true);
  });

  it("lets no other action start while the check runs, in any section, and frees them all when it ends", async () => {
    const { page } = await pane.open({ rows: "10000", latency: "300" });
    await page.click("#check");
    await page.waitForFunction(() => /Đã đọc/.test(document.querySelector("#progress-text")?.textContent ?? ""));
    for (const button of ["#consolidate", "#create-targets", "#apply-rules", "#find-cadre", "#save"])
      expect(await page.getAttribute(button, "aria-disabled")).toBe("true");

    // Pressed anyway (a mouse still clicks a button that is only marked unavailable): nothing starts.
    await page.click("#tab-board");
    await page.click("#consolidate", { force: true });
    expect(await page.getAttribute("#plan", "aria-busy")).toBe("false");
    expect(await page.textContent("#plan-error")).toBe("");

    await page.click("#tab-check");
    await page.click("#cancel");
    await page.waitForSelector('#check[aria-disabled="false"]');
    expect(await page.getAttribute("#consolidate", "aria-disabled")).toBe("false");
    // Free again: with no file picked, consolidating now asks for one.
    await page.click("#tab-board");
    await page.click("#consolidate");
    await page.waitForSelector('#plan[aria-busy="false"]');
    expect(await page.textContent("#plan-error")).toBe("Hãy chọn ít nhất một tệp .xlsx.");
  });
});
