/**
 * The built task pane in headless Chromium over the fake Excel host: check the sample roster, go to a
 * problem's cell, mark and unmark cells, write the report sheet, and never render a cell's text as HTML.
 */
import type { SheetReport } from "../../src/core/report/types";
import { MARK_RULE, REPORT_SHEET, SETTINGS_KEY } from "../../src/office";
import { ruleTitle } from "../../src/core/report";
import { engineReport } from "./support/engine-report";
import { problemLine, shownResults } from "./support/pane-results";
import { usePane } from "./support/pane-hooks";
import { press, workbookOf } from "./support/pane-session";
import { HOSTILE, NOTES, PLANTED, ROSTER, TABLE, TABLE_SHEET, USER_FORMAT } from "./sample-workbook";

jest.setTimeout(60_000);

const pane = usePane();
let expected: SheetReport;

beforeAll(async () => {
  expected = await engineReport(ROSTER, "vi");
}, 120_000);

describe("the task pane in a browser (Vietnamese)", () => {
  it("checks the roster and lists every problem the engine finds, grouped by rule", async () => {
    const { page } = await pane.open();
    expect(await page.textContent("#check")).toBe("Kiểm tra danh sách");
    await press(page, "#check");

    const shown = await shownResults(page);
    expect(shown.summary).toContain(`Trang tính “${ROSTER}”: 40 dòng dữ liệu`);
    const count = (severity: string) => String(expected.issues.filter((i) => i.severity === severity).length);
    expect(shown.counts).toEqual({ error: count("error"), warning: count("warning"), info: count("info") });
    expect(shown.groups.map((g) => [g.rule, g.title, g.badge])).toEqual(
      [...new Set(expected.issues.map((i) => i.rule))]
        .map((rule) => [rule, ruleTitle(rule, "vi"), String(expected.issues.filter((i) => i.rule === rule).length)])
        .sort(
          (a, b) => shown.groups.findIndex((g) => g.rule === a[0]) - shown.groups.findIndex((g) => g.rule === b[0]),
        ),
    );
    const lines = shown.groups.flatMap((g) => g.lines.map((line) => ({ rule: g.rule, ...line })));
    expect(lines).toHaveLength(expected.issues.length);
    for (const planted of PLANTED)
      expect(lines).toContainEqual(expect.objectContaining({ rule: planted.rule, cell: planted.cell }));
    const first = expected.issues[0];
    expect(lines).toContainEqual({
      rule: first.rule,
      cell: first.cell,
      value: expect.any(String),
      message: first.message,
    });
  });

  it("selects a problem's cell in Excel on a click, and with the arrow keys and Enter", async () => {
    const { page } = await pane.open({ active: NOTES });
    await page.selectOption("#target", ROSTER);
    await press(page, "#check");

    await problemLine(page, "unknown-value", "E6").click();
    await page.waitForFunction(() => window.__host.workbook.selection?.top === 5);
    let workbook = await workbookOf(page);
    expect(workbook.activeSheet).toBe(ROSTER);
    expect(workbook.selection).toEqual({ top: 5, left: 4, bottom: 5, right: 4 });
    expect(await page.textContent("#status")).toBe(`Đã chọn ô E6 trên trang tính “${ROSTER}”.`);

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__host.workbook.selection?.top === 6);
    workbook = await workbookOf(page);
    expect(workbook.selection).toEqual({ top: 6, left: 4, bottom: 6, right: 4 });
  });

  it("marks the cells with its own conditional formats and clears exactly those", async () => {
    const { page } = await pane.open();
    const before = await workbookOf(page);
    await press(page, "#check");

    await press(page, "#mark");
    const marked = await workbookOf(page);
    const formats = marked.sheets.find((s) => s.name === ROSTER)?.conditionalFormats ?? [];
    const userFormat = before.sheets.find((s) => s.name === ROSTER)?.conditionalFormats[0];
    const ours = formats.filter((f) => f.formula === MARK_RULE);
    expect(ours.length).toBeGreaterThan(0);
    expect(formats.filter((f) => f.formula !== MARK_RULE)).toEqual([userFormat]);
    // Marks are known by what they are: nothing about them is kept in the settings.
    expect(marked.settings).toEqual(before.settings);
    expect(await page.textContent("#status")).toMatch(/^Đã tô màu \d+ ô/);

    await press(page, "#clear");
    // Every cell, format and setting as before: only the add-in's formats went away.
    expect(await workbookOf(page)).toEqual(before);
    expect(await page.textContent("#status")).toBe(`Đã xóa ${ours.length} định dạng đánh dấu của phần bổ trợ.`);
    expect(userFormat).toMatchObject({ formula: USER_FORMAT.formula, fill: USER_FORMAT.fill });
  });

  it("writes the report sheet with every text from the cells stored as text, other sheets untouched", async () => {
    const { page } = await pane.open();
    const before = await workbookOf(page);
    await press(page, "#check");
    await press(page, "#report");

    const after = await workbookOf(page);
    const report = after.sheets.find((s) => s.name === REPORT_SHEET);
    expect(report).toBeDefined();
    const cells = (report?.cells ?? []).flatMap((row) =>
      (row ?? []).filter((cell) => cell !== undefined && cell !== null),
    );
    for (const text of Object.values(HOSTILE)) {
      expect(cells).toContainEqual(expect.objectContaining({ value: text }));
      expect(cells.filter((cell) => cell?.value === text).every((cell) => cell?.formula === undefined)).toBe(true);
    }
    expect(cells.filter((cell) => cell?.formula !== undefined)).toEqual([]);
    expect(cells.filter((cell) => cell?.hyperlink).length).toBe(expected.issues.length);
    expect(after.sheets.filter((s) => s.name !== REPORT_SHEET)).toEqual(before.sheets);
    expect(await page.textContent("#status")).toBe(
      `Đã ghi ${expected.issues.length} vấn đề vào trang tính “${REPORT_SHEET}”.`,
    );
  });

  it("shows HTML and formulas from cells as plain text and runs nothing", async () => {
    const { page } = await pane.open();
    const scripts = await page.locator("script").count();
    await press(page, "#check");

    expect(await problemLine(page, "unknown-value", "E6").locator(".problem-value").textContent()).toBe(
      `“${HOSTILE.img}”`,
    );
    expect(await problemLine(page, "unknown-value", "E7").locator(".problem-value").textContent()).toBe(
      `“${HOSTILE.script}”`,
    );
    expect(await problemLine(page, "formula-text", "G8").locator(".problem-value").textContent()).toBe(
      `“${HOSTILE.hyperlink}”`,
    );
    expect(await page.locator("#problems img, #problems script, #problems a").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(scripts);
    expect(pane.session.incidents.localPaths).not.toContain("/x");
  });

  it("says so when the sheet is not a roster, and offers nothing to mark or report", async () => {
    const { page } = await pane.open();
    await page.selectOption("#target", NOTES);
    await press(page, "#check");
    expect(await page.textContent("#results-summary")).toBe(
      `Trang tính “${NOTES}” không phải danh sách cán bộ: không thấy dòng tiêu đề (như “Họ và tên”, “Ngày sinh”) trong 30 dòng đầu.`,
    );
    expect(await page.locator("#problems .problem").count()).toBe(0);
    expect(await page.isDisabled("#mark")).toBe(true);
    expect(await page.isDisabled("#report")).toBe(true);
  });

  it("lists the sheets added since the pane opened when the picker is opened again", async () => {
    const { page } = await pane.open();
    expect(await page.locator("#target option").allTextContents()).toEqual([
      "Trang tính hoặc bảng đang chọn",
      ROSTER,
      NOTES,
      TABLE_SHEET,
    ]);
    await page.evaluate(() =>
      window.__host.workbook.sheets.push({
        id: "{NEW}",
        name: "Danh sách 2025",
        visibility: "Visible",
        cells: [],
        merges: [],
        tables: [],
        conditionalFormats: [],
      }),
    );
    await page.focus("#target");
    await page.waitForSelector('#target option[value="Danh sách 2025"]', { state: "attached" });
  });

  it("checks the Excel table the selection is in", async () => {
    await pane.open({ active: TABLE_SHEET, selection: "C4" });
    await press(pane.session.page, "#check");
    expect(await pane.session.page.textContent("#results-summary")).toContain(
      `Bảng “${TABLE}” (trang tính “${TABLE_SHEET}”): 3 dòng dữ liệu`,
    );
  });

  it("shows only the errors when Lỗi is pressed, and everything when it is pressed again", async () => {
    const { page } = await pane.open();
    await press(page, "#check");
    const errors = '.severity-toggle[data-severity="error"]';
    await page.click(errors);
    expect(await page.getAttribute(errors, "aria-pressed")).toBe("true");
    const only = await shownResults(page);
    const errorRules = new Set(expected.issues.filter((i) => i.severity === "error").map((i) => i.rule));
    expect(new Set(only.groups.map((g) => g.rule))).toEqual(errorRules);
    await page.click(errors);
    expect(await page.getAttribute(errors, "aria-pressed")).toBe("false");
    const all = await shownResults(page);
    expect(new Set(all.groups.map((g) => g.rule))).toEqual(new Set(expected.issues.map((i) => i.rule)));
  });

  it("keeps changed thresholds in the workbook's settings and checks with them", async () => {
    const { page } = await pane.open();
    await page.click("#tab-settings");
    await page.fill("#setting-postgradMaxAge", "95");
    await page.click("#save");
    expect(await page.textContent("#settings-error")).toBe(
      "“Tuổi tối đa cử đi học sau đại học (quyết định trước 01/07/2025)” phải là số nguyên từ 18 đến 70.",
    );
    expect((await workbookOf(page)).settings[SETTINGS_KEY]).toBeUndefined();

    await page.fill("#setting-postgradMaxAge", "60");
    await page.fill("#setting-postgradMaxAgeNew", "60");
    await page.selectOption("#setting-rosterSheet", ROSTER);
    await press(page, "#save");
    expect(await page.textContent("#settings-note-status")).toBe("Đã lưu cài đặt vào tệp.");
    expect(JSON.parse(String((await workbookOf(page)).settings[SETTINGS_KEY]))).toMatchObject({
      postgradMaxAge: 60,
      postgradMaxAgeNew: 60,
      rosterSheet: ROSTER,
    });
    expect(await page.inputValue("#target")).toBe(ROSTER);

    await press(page, "#check");
    expect((await shownResults(page)).groups.map((g) => g.rule)).not.toContain("age-limit");
  });

  it("tells the user when Excel is busy editing a cell, after retrying, instead of failing silently", async () => {
    const { page } = await pane.open();
    await page.evaluate(() => window.__host.editCell(100));
    await press(page, "#check");
    expect(await page.textContent("#error")).toBe("Excel đang sửa một ô: nhấn Enter hoặc Esc trong Excel rồi thử lại.");
    expect(await page.isHidden("#results")).toBe(true);

    await page.evaluate(() => window.__host.editCell(0));
    await press(page, "#check");
    expect(await page.textContent("#error")).toBe("");
    expect(await page.isVisible("#results")).toBe(true);
  });
});
