/**
 * "Thiết lập kiểm tra nhập liệu" and "Chuẩn bị gửi email" in the built task pane over the fake Excel host.
 */
import type { Page } from "playwright-core";
import { LISTS_SHEET } from "../../src/core/repair";
import { STAMP_KEY, STAMP_SHEET } from "../../src/office";
import type { SheetModel } from "../host";
import { usePane } from "./support/pane-hooks";
import { press, workbookOf } from "./support/pane-session";
import { NOTES, ROSTER } from "./sample-workbook";

jest.setTimeout(60_000);

const pane = usePane();

const AGE = "=CADRE.AGE('Danh sách'!C5)";

/** A note whose B1 works out an age with a CADRE function; 35 is what Excel last calculated. */
async function plantFormula(page: Page): Promise<void> {
  await page.evaluate((formula) => {
    const sheet = window.__host.workbook.sheets.find((s) => s.name === "Ghi chú");
    const row = sheet?.cells[0];
    if (row) row[1] = { value: 35, formula, numberFormat: "0", font: { name: "Calibri", bold: false }, fill: null };
  }, AGE);
}

const sheetNamed = (sheets: readonly SheetModel[], name: string) => sheets.find((s) => s.name === name);

describe("input checks", () => {
  it("sets drop-downs and date rules on the checked roster, then removes exactly them", async () => {
    const { page } = await pane.open();
    const before = await workbookOf(page);
    await press(page, "#check");

    await press(page, "#apply-rules");
    expect(await page.textContent("#rules-status")).toContain(`cột của trang tính “${ROSTER}”`);
    const applied = await workbookOf(page);
    const validations = sheetNamed(applied.sheets, ROSTER)?.validations ?? {};
    expect(validations["5:4"]?.prompt?.title).toBe("Dân tộc");
    expect(validations["5:2"]?.rule).toMatchObject({ date: { operator: "Between" } });
    expect(sheetNamed(applied.sheets, LISTS_SHEET)?.visibility).toBe("Hidden");

    await press(page, "#remove-rules");
    expect(await page.textContent("#rules-status")).toContain("Đã gỡ");
    expect(await workbookOf(page)).toEqual(before);
  });

  it("says so where Excel has no data validation", async () => {
    const { page } = await pane.open({ api: "1.7" });
    await page.click("#tab-send");
    expect(await page.isDisabled("#apply-rules")).toBe(true);
    expect(await page.isVisible("#rules-unavailable")).toBe(true);
    expect(await page.textContent("#rules-unavailable")).toContain("cần Excel 2021, Microsoft 365 hoặc Excel trên web");
  });
});

describe("preparing for email", () => {
  it("lists the CADRE cells, replaces them by their values in place and stamps the check; undo brings the formula back", async () => {
    const { page } = await pane.open();
    await plantFormula(page);
    await press(page, "#check");

    await press(page, "#find-cadre");
    expect(await page.textContent("#email-found .found-count")).toContain("1 ô dùng hàm CADRE");
    expect(await page.locator("#email-found .found-line").allTextContents()).toEqual([`${NOTES}!B1 ${AGE}`]);
    await press(page, "#freeze-confirm");

    let workbook = await workbookOf(page);
    expect(sheetNamed(workbook.sheets, NOTES)?.cells[0]?.[1]).toMatchObject({ value: 35, numberFormat: "0" });
    expect(sheetNamed(workbook.sheets, NOTES)?.cells[0]?.[1]?.formula).toBeUndefined();
    expect(sheetNamed(workbook.sheets, STAMP_SHEET)?.cells[1]?.[0]?.value).toBe(`Trang tính được kiểm tra: ${ROSTER}`);
    expect(JSON.parse(String(workbook.settings[STAMP_KEY]))).toMatchObject({ sheet: ROSTER, frozen: 1 });
    expect(await page.textContent("#email-status")).toContain("Đã thay 1 công thức bằng giá trị");

    await press(page, "#undo-repair");
    workbook = await workbookOf(page);
    expect(sheetNamed(workbook.sheets, NOTES)?.cells[0]?.[1]?.formula).toBe(AGE);
  });

  it("in a copy of the sheet leaves the original as it was", async () => {
    const { page } = await pane.open();
    await plantFormula(page);
    const before = await workbookOf(page);

    await press(page, "#find-cadre");
    await page.check("#freeze-copy");
    await press(page, "#freeze-confirm");

    const workbook = await workbookOf(page);
    expect(sheetNamed(workbook.sheets, NOTES)).toEqual(sheetNamed(before.sheets, NOTES));
    const copy = sheetNamed(workbook.sheets, `${NOTES} (2)`);
    expect(copy?.cells[0]?.[1]).toMatchObject({ value: 35 });
    expect(copy?.cells[0]?.[1]?.formula).toBeUndefined();
    expect(await page.textContent("#email-status")).toContain("Chưa kiểm tra danh sách");
  });
});
