/**
 * The task pane in English, on an older Excel, and the screenshots of the README: a check of the sample
 * roster in Vietnamese and in English.
 */
import fs from "fs";
import path from "path";
import { detectCapabilities } from "../../src/office";
import { ruleTitle, type RuleId } from "../../src/core/report";
import { SHELL_TEXTS } from "../../src/taskpane/i18n";
import { unavailableTexts } from "../../src/taskpane/shell/unavailable";
import { engineReport } from "./support/engine-report";
import { shownResults } from "./support/pane-results";
import { usePane } from "./support/pane-hooks";
import { press } from "./support/pane-session";
import { ROSTER } from "./sample-workbook";

jest.setTimeout(60_000);

const SCREENSHOTS = path.join(__dirname, "..", "..", "docs", "screenshots");
/** The screenshots show a check made at this moment, so they only change when the pane does. */
const PICTURED_AT = new Date(2025, 10, 27, 9, 30);

const pane = usePane();

describe("the task pane's language and host", () => {
  it("speaks Vietnamese for a Vietnamese Office, and is pictured after a check", async () => {
    const { page } = await pane.open({ lang: "vi-VN" }, { at: PICTURED_AT });
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await press(page, "#check");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-vi.png") });
  });

  it("speaks English when Office's display language is English, and is pictured after a check", async () => {
    const { page } = await pane.open({ lang: "en-US" }, { at: PICTURED_AT });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#check")).toBe("Check roster");
    expect(await page.textContent("#mark")).toBe("Mark cells");
    await press(page, "#check");

    const expected = await engineReport(ROSTER, "en", { today: PICTURED_AT });
    const shown = await shownResults(page);
    expect(shown.summary).toBe(`Sheet “${ROSTER}”: 40 data rows, checked at 09:30 on 27/11/2025.`);
    expect(shown.groups.map((g) => g.title)).toEqual(shown.groups.map((g) => ruleTitle(g.rule as RuleId, "en")));
    const messages = shown.groups.flatMap((g) => g.lines.map((l) => l.message));
    expect(messages.sort()).toEqual(expected.issues.map((i) => i.message).sort());
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-en.png") });
  });

  it("switches to the language the user chooses in the settings, and back to Office's", async () => {
    const { page } = await pane.open({ lang: "vi-VN" });
    await page.click("#tab-settings");
    await Promise.all([page.waitForEvent("load"), page.selectOption("#pane-language", "en")]);
    await page.waitForSelector("html[lang=en]");
    expect(await page.textContent("#check")).toBe("Check roster");
    expect(await page.inputValue("#pane-language")).toBe("en");
    await page.click("#tab-settings");
    await Promise.all([page.waitForEvent("load"), page.selectOption("#pane-language", "")]);
    await page.waitForSelector("html[lang=vi]");
    expect(await page.textContent("#check")).toBe("Kiểm tra danh sách");
  });

  it("on Excel with ExcelApi 1.5 explains what is unavailable and disables marking instead of failing", async () => {
    const { page } = await pane.open({ api: "1.5" });
    const caps = detectCapabilities({
      isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= 5,
    });
    expect(await page.isVisible("#unavailable")).toBe(true);
    expect(await page.locator("#unavailable-list li").allTextContents()).toEqual(
      unavailableTexts(caps, SHELL_TEXTS.vi),
    );
    expect(await page.textContent("#unavailable")).toContain("không tô màu được ô có lỗi");
    expect(await page.isDisabled("#mark")).toBe(true);
    expect(await page.isDisabled("#clear")).toBe(true);

    await press(page, "#check");
    expect((await shownResults(page)).groups.length).toBeGreaterThan(0);
    expect(await page.isDisabled("#mark")).toBe(true);
    expect(await page.isDisabled("#report")).toBe(false);
    expect(await page.textContent("#error")).toBe("");
  });
});
