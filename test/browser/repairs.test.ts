/**
 * Repairs in the built task pane over the fake Excel host: "Sửa" on one issue, "Sửa tất cả" for a rule after
 * a preview, and "Hoàn tác" putting every cell back exactly, with the check run again after each change.
 */
import type { Page } from "playwright-core";
import { UNDO_INDEX_KEY } from "../../src/core/repair";
import type { SheetModel } from "../host";
import { problemLine, shownResults } from "./support/pane-results";
import { usePane } from "./support/pane-hooks";
import { press, workbookOf } from "./support/pane-session";
import { ROSTER } from "./sample-workbook";

jest.setTimeout(60_000);

const pane = usePane();

/** A name typed in VNI with a VNI font, as older rosters hold them: planted in B14 before the check. */
const VNI_NAME = "NguyeÃn Vaên Khoâi";

async function plantVni(page: Page): Promise<void> {
  await page.evaluate((value) => {
    const sheet = window.__host.workbook.sheets.find((s) => s.name === "Danh sách");
    const row = sheet?.cells[13];
    if (row) row[1] = { value, numberFormat: "General", font: { name: "VNI-Times", bold: false }, fill: null };
  }, VNI_NAME);
}

function rosterOf(sheets: readonly SheetModel[]): SheetModel | undefined {
  return sheets.find((s) => s.name === ROSTER);
}

const cell = (sheet: SheetModel | undefined, address: string) =>
  sheet?.cells[Number(address.slice(1)) - 1]?.["ABCDEFGHIJKLM".indexOf(address[0])];

const fixButton = (page: Page, rule: string, address: string) =>
  page
    .locator(`#problems details[data-rule="${rule}"] li`)
    .filter({ has: page.locator(".problem-cell", { hasText: new RegExp(`^${address}$`) }) })
    .locator(".fix");

describe("repairs in the task pane", () => {
  it("fixes one issue with its button, checks again and the issue is gone", async () => {
    const { page } = await pane.open();
    await press(page, "#check");
    expect(await problemLine(page, "whitespace", "B12").count()).toBe(1);

    await fixButton(page, "whitespace", "B12").click();
    await page.waitForSelector('#check[aria-disabled="false"]');

    expect(cell(rosterOf((await workbookOf(page)).sheets), "B12")?.value).toBe("Nguyễn Văn An");
    expect(await problemLine(page, "whitespace", "B12").count()).toBe(0);
    expect(await page.textContent("#status")).toContain("Đã sửa 1 ô");
    expect(await page.isEnabled("#undo-repair")).toBe(true);
  });

  it("fixes every TCVN3 and VNI name of the rule after a preview, giving exact Unicode in a Unicode font", async () => {
    const { page } = await pane.open();
    await plantVni(page);
    const before = await workbookOf(page);
    await press(page, "#check");

    await page.click('#problems details[data-rule="legacy-encoding"] .fix-all');
    expect(await page.textContent("#repair-preview .preview-count")).toContain("2 ô sẽ được sửa");
    const lines = await page.locator("#repair-preview .preview-line").allTextContents();
    expect(lines).toEqual(["B13 “NguyÔn V¨n Tó” → “Nguyễn Văn Tú”", `B14 “${VNI_NAME}” → “Nguyễn Văn Khôi”`]);

    // Cancelling changes nothing.
    await page.click("#repair-cancel");
    expect(await page.isHidden("#repair-preview")).toBe(true);
    expect(await workbookOf(page)).toEqual(before);

    await page.click('#problems details[data-rule="legacy-encoding"] .fix-all');
    await press(page, "#repair-confirm");

    const roster = rosterOf((await workbookOf(page)).sheets);
    expect(cell(roster, "B13")).toMatchObject({ value: "Nguyễn Văn Tú", font: { name: "Times New Roman" } });
    expect(cell(roster, "B14")).toMatchObject({ value: "Nguyễn Văn Khôi", font: { name: "Times New Roman" } });
    expect((await shownResults(page)).groups.map((g) => g.rule)).not.toContain("legacy-encoding");
    expect(await page.textContent("#status")).toContain("Đã sửa 2 ô");
  });

  it("undoes the repairs one by one and leaves every cell exactly as it was", async () => {
    const { page } = await pane.open();
    await plantVni(page);
    const before = await workbookOf(page);
    expect(await page.isDisabled("#undo-repair")).toBe(true);
    await press(page, "#check");

    await page.click('#problems details[data-rule="legacy-encoding"] .fix-all');
    await press(page, "#repair-confirm");
    await fixButton(page, "whitespace", "B12").click();
    await page.waitForSelector('#check[aria-disabled="false"]');
    expect(await page.textContent("#undo-repair")).toBe("Hoàn tác lần sửa gần nhất (1 ô, trang tính “Danh sách”)");

    await press(page, "#undo-repair");
    expect(await page.textContent("#status")).toBe("Đã trả lại giá trị cũ của 1 ô trên trang tính “Danh sách”.");
    await press(page, "#undo-repair");

    const after = await workbookOf(page);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.settings).toEqual({ ...before.settings, [UNDO_INDEX_KEY]: "[]" });
    expect(await page.isDisabled("#undo-repair")).toBe(true);
    // The check ran again: the legacy names are listed once more.
    expect(await problemLine(page, "legacy-encoding", "B14").count()).toBe(1);
  });
});
