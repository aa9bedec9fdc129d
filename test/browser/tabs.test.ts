/**
 * The pane's tabs, in the order a department works: it opens on the check, which with its result fits the
 * pane's height; the other tasks are a click or an arrow key away, and each tells how its actions went
 * under its own buttons.
 */
import type { Page } from "playwright-core";
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";

jest.setTimeout(60_000);

const pane = usePane();

/** The tabs' names, which one is chosen, and the panels on show. */
async function tabState(page: Page) {
  return page.evaluate(() => ({
    names: Array.from(document.querySelectorAll('[role="tab"]'), (tab) => tab.textContent?.trim()),
    chosen: document.querySelector('[role="tab"][aria-selected="true"]')?.id,
    shown: Array.from(document.querySelectorAll<HTMLElement>('[role="tabpanel"]'))
      .filter((panel) => !panel.hidden)
      .map((panel) => panel.id),
  }));
}

describe("the pane's tabs", () => {
  it("opens on the check, whose button and result show without scrolling in an 800 px pane", async () => {
    const { page } = await pane.open();
    expect(await tabState(page)).toEqual({
      names: ["Kiểm tra & sửa", "Gửi đi", "Tổng hợp", "Cài đặt"],
      chosen: "tab-check",
      shown: ["panel-check"],
    });
    await press(page, "#check");
    const summary = await page.locator("#results-summary").boundingBox();
    expect(summary && summary.y + summary.height).toBeLessThan(800);
    expect(await page.isVisible("#apply-rules")).toBe(false);
  });

  it("moves between tabs with the arrow keys, Home and End, showing one panel at a time", async () => {
    const { page } = await pane.open({ lang: "en-US" });
    await page.focus("#tab-check");
    await page.keyboard.press("ArrowRight");
    expect(await tabState(page)).toMatchObject({ chosen: "tab-send", shown: ["panel-send"] });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-send");
    await page.keyboard.press("End");
    expect(await tabState(page)).toMatchObject({ chosen: "tab-settings", shown: ["panel-settings"] });
    await page.keyboard.press("ArrowRight");
    expect(await tabState(page)).toMatchObject({ chosen: "tab-check", shown: ["panel-check"] });
    await page.keyboard.press("ArrowLeft");
    expect(await tabState(page)).toMatchObject({ chosen: "tab-settings" });
    await page.keyboard.press("Home");
    expect(await tabState(page)).toMatchObject({ chosen: "tab-check" });
    // One Tab stop for the whole list: Tab leaves it for the chosen panel.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id)).toBe("panel-check");
    expect((await tabState(page)).names).toEqual(["Check & repair", "Send", "Consolidate", "Settings"]);
  });

  it("tells the result of an action in the “Gửi đi” tab under its own buttons, not in the check tab", async () => {
    const { page } = await pane.open();
    await press(page, "#apply-rules");
    expect(await page.textContent("#rules-status")).toBe(
      "Hãy kiểm tra một danh sách cán bộ trước: quy tắc được đặt theo các cột tìm thấy khi kiểm tra.",
    );
    expect(await page.textContent("#status")).toBe("");
    const button = await page.locator("#apply-rules").boundingBox();
    const status = await page.locator("#rules-status").boundingBox();
    expect(status && button && status.y - (button.y + button.height)).toBeLessThan(100);
  });

  it("takes the keyboard focus from the button pressed to the result: the check's summary, an action's message", async () => {
    const { page } = await pane.open();
    await page.focus("#check");
    await page.keyboard.press("Enter");
    await page.waitForSelector('#check[aria-disabled="false"]', { state: "attached" });
    await page.waitForFunction(() => document.activeElement?.id === "results-summary");

    await page.click("#tab-board");
    await page.focus("#consolidate");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "plan-error");
    expect(await page.textContent("#plan-error")).toBe("Hãy chọn ít nhất một tệp .xlsx.");
  });

  it("keeps the severities and the chosen tab apart in high-contrast mode, where colours are the system's", async () => {
    const { page } = await pane.open();
    await page.emulateMedia({ forcedColors: "active" });
    await press(page, "#check");
    const styles = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).borderLeftStyle : null;
      };
      const pressedOutline = () => {
        const tile = document.querySelector(".severity-toggle");
        (tile as HTMLElement | null)?.click();
        return tile ? getComputedStyle(tile).outlineStyle : null;
      };
      return {
        groups: ["error", "warning", "info"].map((s) => style(`.severity-${s} > .group-summary`)),
        tiles: ["error", "warning", "info"].map((s) => style(`.severity-toggle.severity-${s}`)),
        pressed: pressedOutline(),
      };
    });
    expect(styles).toEqual({
      groups: ["solid", "dashed", "dotted"],
      tiles: ["solid", "dashed", "dotted"],
      pressed: "solid",
    });
  });
});
