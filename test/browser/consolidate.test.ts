/**
 * Consolidation in the browser: the article's sample department workbooks are picked in the task pane,
 * read through Excel's `insertWorksheetsFromBase64` (the fake host given the files' sheets as Excel would
 * find them), checked and merged; the people on two departments' rosters are listed, and the results
 * report shows the article's shares of plan, computed by Excel formulas from the rosters' counts.
 */
import { Workbook } from "exceljs";
import fs from "fs";
import path from "path";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { readWorkbook } from "../../src/cli/read-file";
import { consolidate } from "../../src/core/consolidate";
import type { CrossFileDuplicate } from "../../src/core/consolidate/types";
import type { ConsolidateInput } from "../../src/core/consolidate/types";
import { formatYmd } from "../../src/core/dates/ymd";
import { findTargets } from "../../src/core/targets";
import type { Target } from "../../src/core/targets/types";
import { ACHIEVEMENT_SHEET, CONSOLIDATED_SHEET, TARGETS_SHEET } from "../../src/office";
import { usePane } from "./support/pane-hooks";
import { openTabOf, workbookOf } from "./support/pane-session";
import { violations } from "./support/axe";
import { xlsxSheets } from "./support/xlsx-sheets";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "..", "samples", "programme");
const TARGETS_FILE = "chi-tieu.xlsx";
const ARTICLE_SHARES = ["300%", "285%", "100%", "45%", "70%", "238%", "60%"];

const pane = usePane();
let departments: string[];
let targets: Target[];
let duplicates: CrossFileDuplicate[];

beforeAll(async () => {
  departments = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".xlsx") && f !== TARGETS_FILE)
    .sort();
  const targetsFile = await readWorkbook(path.join(DIR, TARGETS_FILE), TARGETS_FILE, DEFAULT_LIMITS);
  if (!targetsFile.ok) throw new Error(`${TARGETS_FILE}: ${targetsFile.problem.code}`);
  const read = findTargets(targetsFile.workbook);
  if (!read.ok) throw new Error(`${TARGETS_FILE}: ${read.problem}`);
  targets = read.targets;
  // What the core finds over the same files in Node: the duplicates the pane must list.
  const inputs: ConsolidateInput[] = [];
  for (const file of departments) {
    const result = await readWorkbook(path.join(DIR, file), file, DEFAULT_LIMITS);
    inputs.push(result.ok ? { file, workbook: result.workbook } : { file, error: result.problem.code });
  }
  duplicates = consolidate(inputs, targets).crossFileDuplicates;
}, 120_000);

/** A targets workbook of these rows under the header "Danh mục | Chương trình | Chỉ tiêu". */
async function targetsWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet("Chỉ tiêu").addRows([["Danh mục", "Chương trình", "Chỉ tiêu"], ...rows]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Categories but no target: the blank sheet the pane makes, saved as a file. */
const blankTargets = () =>
  targetsWorkbook([
    ["Thạc sĩ", "Thạc sĩ", null],
    ["Tiến sĩ", "Tiến sĩ", null],
  ]);

/** Clicks a button of the targets section and waits until its action has finished. */
async function pressPlan(selector: string): Promise<void> {
  await openTabOf(pane.session.page, selector);
  await pane.session.page.click(selector);
  await pane.session.page.waitForSelector('#plan[aria-busy="false"]');
}

/** The user fills in the targets sheet the pane created: each category's target from the targets workbook. */
async function typeTargets(): Promise<number> {
  const byLabel = Object.fromEntries(targets.filter((t) => t.target !== null).map((t) => [t.label, t.target]));
  return pane.session.page.evaluate(
    ([sheetName, wanted]) => {
      const sheet = window.__host.workbook.sheets.find((s) => s.name === sheetName);
      let typed = 0;
      sheet?.cells.forEach((row) => {
        const label = row?.[1]?.value;
        // The target cells are empty: typing into one makes it.
        if (row && typeof label === "string" && label in wanted) {
          row[6] = {
            value: wanted[label],
            numberFormat: "General",
            font: { name: "Calibri", bold: false },
            fill: null,
          };
          typed++;
        }
      });
      return typed;
    },
    [TARGETS_SHEET, byLabel] as const,
  );
}

/** What Excel shows in a range of a sheet: values as calculated, and number formats. */
function shown(sheet: string, address: string) {
  return pane.session.page.evaluate(
    async ([name, at]) => {
      const context = window.__host.context();
      const range = context.workbook.worksheets.getItem(name).getRange(at).load("values,numberFormat");
      await context.sync();
      return { values: range.values, numberFormat: range.numberFormat };
    },
    [sheet, address] as const,
  );
}

describe("consolidating the article's department workbooks in the task pane", () => {
  it("lists each file, the people on two rosters, and reports the article's shares of plan", async () => {
    const { page } = await pane.open();
    const before = (await workbookOf(page)).sheets.map((s) => s.name);

    await pressPlan("#create-targets");
    expect(await page.textContent("#plan-status")).toContain(`Đã tạo trang “${TARGETS_SHEET}”`);
    expect(await typeTargets()).toBe(7);

    for (const file of departments) {
      const full = path.join(DIR, file);
      const base64 = fs.readFileSync(full).toString("base64");
      const sheets = await xlsxSheets(full);
      await page.evaluate(([b64, s]) => window.__host.addFile(b64, s), [base64, sheets] as const);
    }
    await page.setInputFiles(
      "#consolidate-files",
      departments.map((f) => path.join(DIR, f)),
    );
    await pressPlan("#consolidate");

    expect(await page.textContent("#plan-error")).toBe("");
    expect(await page.textContent("#plan-status")).toContain(`Đã gộp ${departments.length} tệp`);
    const fileLines = await page.$$eval("#plan-files li", (items) => items.map((li) => li.textContent ?? ""));
    expect(fileLines.map((line) => line.slice(0, line.indexOf(":")))).toEqual(departments);
    fileLines.forEach((line) => expect(line).toMatch(/\d+ dòng, \d+ lỗi, \d+ cảnh báo$/));

    // Every person the core finds on two departments' rosters, with both places.
    expect(duplicates.length).toBeGreaterThan(0);
    const listed = await page.$$eval("#plan-duplicates .plan-duplicate", (items) =>
      items.map((item) => ({
        name: item.querySelector(".plan-duplicate-name")?.textContent ?? "",
        places: item.querySelectorAll(".plan-place").length,
      })),
    );
    expect(listed).toEqual(
      duplicates.map((d) => ({
        name: `${d.name} (${d.birthYearOnly ? d.birth.y : formatYmd(d.birth)})`,
        places: d.places.length,
      })),
    );
    listed.forEach((d) => expect(d.places).toBeGreaterThanOrEqual(2));

    // The files' sheets were inserted to be read and are gone again; the add-in added only its own sheets.
    expect((await workbookOf(page)).sheets.map((s) => s.name)).toEqual([...before, TARGETS_SHEET, CONSOLIDATED_SHEET]);

    await pressPlan("#achievement");
    expect(await page.textContent("#plan-status")).toContain(`Đã lập trang “${ACHIEVEMENT_SHEET}”`);
    const report = await shown(ACHIEVEMENT_SHEET, "A5:F11");
    const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)}%` : String(v));
    expect(report.values.map((row) => percent(row[3]))).toEqual(ARTICLE_SHARES);
    expect(report.numberFormat.map((row) => row[3])).toEqual(Array(7).fill("0%"));
    expect(report.values.map((row) => row[1])).toEqual([30, 117, 4, 79, 139, 430, 24]);

    const formulas =
      (await workbookOf(page)).sheets
        .find((s) => s.name === ACHIEVEMENT_SHEET)
        ?.cells.flat()
        .map((c) => c?.formula ?? "") ?? [];
    expect(formulas.some((f) => f.startsWith("=IF("))).toBe(true);
    expect(formulas.join("\n")).not.toMatch(/CADRE/i);
  });

  it("reads the targets from chi-tieu.xlsx, charts each category's share after consolidating, and names the file in the report", async () => {
    const { page, incidents } = await pane.open();
    // Only the departments' files are given to Excel: the pane reads the targets file itself.
    for (const file of departments) {
      const full = path.join(DIR, file);
      const base64 = fs.readFileSync(full).toString("base64");
      const sheets = await xlsxSheets(full);
      await page.evaluate(([b64, s]) => window.__host.addFile(b64, s), [base64, sheets] as const);
    }
    await page.setInputFiles("#targets-file", path.join(DIR, TARGETS_FILE));
    await pressPlan("#read-targets");
    expect(await page.textContent("#targets-error")).toBe("");
    expect(await page.textContent("#targets-status")).toContain(
      `Đang dùng chỉ tiêu từ tệp ${TARGETS_FILE}: ${targets.length} danh mục, 7 danh mục có chỉ tiêu, giai đoạn 2016 – 2020.`,
    );
    expect(incidents.localPaths.some((p) => p.includes("xlsx-reader"))).toBe(true);
    // What was read stays beside the action: the file, the term, each category and its target.
    expect(await page.textContent("#targets-in-use caption")).toBe(
      `Đang dùng chỉ tiêu từ tệp ${TARGETS_FILE}, giai đoạn 2016 – 2020 (thay cho trang “Chỉ tiêu”)`,
    );
    const inUse = await page.$$eval("#targets-in-use tbody tr", (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll("td"), (cell) => cell.textContent)),
    );
    expect(inUse).toEqual(targets.map((t) => [t.label, t.target === null ? "chưa đặt" : String(t.target)]));

    await page.setInputFiles(
      "#consolidate-files",
      departments.map((f) => path.join(DIR, f)),
    );
    await pressPlan("#consolidate");
    expect(await page.textContent("#plan-error")).toBe("");
    const chart = await page.$$eval("#plan-chart .plan-chart-item", (items) =>
      items.map((item) => ({
        label: item.querySelector(".plan-chart-label")?.textContent ?? "",
        bar: item.querySelector("svg.plan-bar") !== null,
        figures: item.querySelector(".plan-chart-figures")?.textContent ?? "",
      })),
    );
    expect(chart.map((c) => c.label)).toEqual(targets.map((t) => t.label));
    expect(chart.slice(0, 7).map((c) => c.figures.match(/\d+%/)?.[0])).toEqual(ARTICLE_SHARES);
    expect(chart[0]).toEqual({ label: targets[0].label, bar: true, figures: "30/10 người, 300% – Vượt kế hoạch" });
    expect(chart.slice(7).every((c) => !c.bar && c.figures.endsWith("(chưa đặt chỉ tiêu)"))).toBe(true);
    expect(await violations(page)).toEqual([]);

    // In high contrast the system's colours replace the report's: bars behind plan are outlined and hatched,
    // bars met or exceeded solid, so the status shows without colour (and in words beside each bar).
    await page.emulateMedia({ forcedColors: "active" });
    const bars = await page.$$eval("#plan-chart .plan-chart-item", (items) =>
      items.flatMap((item) => {
        const fill = item.querySelector(".plan-bar-fill");
        if (!fill) return [];
        const style = getComputedStyle(fill);
        const hatch = item.querySelector(".plan-bar-hatch");
        return [
          {
            status: Array.from(item.classList)
              .find((c) => c !== "plan-chart-item" && c.startsWith("plan-chart-"))
              ?.slice("plan-chart-".length),
            fill: style.fill,
            outlined: style.stroke !== "none",
            hatched: hatch !== null && getComputedStyle(hatch).stroke !== "none",
          },
        ];
      }),
    );
    const look = (status: string) => bars.filter((b) => b.status === status);
    expect(new Set(bars.map((b) => b.status))).toEqual(new Set(["exceeded", "met", "not-met"]));
    look("not-met").forEach((b) => expect(b).toMatchObject({ outlined: true, hatched: true }));
    [...look("met"), ...look("exceeded")].forEach((b) => expect(b).toMatchObject({ outlined: false, hatched: false }));
    expect(look("met")[0].fill).not.toBe(look("not-met")[0].fill);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ forcedColors: "none" });

    // The feedback to one unit opens as a new workbook, made in the page by its own writer.
    expect(await page.$$eval("#feedback-unit option", (o) => o.map((e) => e.textContent))).toEqual(departments);
    await page.selectOption("#feedback-unit", departments[1]);
    await pressPlan("#open-feedback");
    expect(await page.textContent("#feedback-error")).toBe("");
    expect(await page.textContent("#feedback-status")).toContain(
      `Đã mở phiếu phản hồi cho ${departments[1]} trong một sổ tính mới`,
    );
    expect(await page.evaluate(() => window.__host.openedWorkbooks.length)).toBe(1);

    await pressPlan("#achievement");
    expect(await page.textContent("#plan-status")).toContain(`Đã lập trang “${ACHIEVEMENT_SHEET}”`);
    const report = await shown(ACHIEVEMENT_SHEET, "A2:A2");
    expect(String(report.values[0][0])).toContain(`Chỉ tiêu theo ${TARGETS_FILE}`);
    // No "Chỉ tiêu" sheet was needed; the report has the progress by year and its line chart.
    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((s) => s.name)).not.toContain(TARGETS_SHEET);
    expect(workbook.sheets.find((s) => s.name === ACHIEVEMENT_SHEET)?.charts?.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "Line",
    ]);

    // The chart shows the report's figures, against the targets it was made with.
    expect(await page.locator("#plan-chart .plan-chart-item").count()).toBe(targets.length);

    await page.click("#sheet-targets");
    await page.waitForSelector('#plan[aria-busy="false"]');
    expect(await page.textContent("#targets-status")).toContain(`so với trang “${TARGETS_SHEET}”`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("targets-status");
    // No targets file in use any more, and no "Chỉ tiêu" sheet to chart against: the chart is gone too.
    expect(await page.isHidden("#targets-in-use")).toBe(true);
    expect(await page.isHidden("#plan-chart")).toBe(true);
  });

  it("says why a targets file cannot be used, in the command line's words, and keeps the targets in use", async () => {
    const { page } = await pane.open();
    await page.setInputFiles("#targets-file", path.join(DIR, TARGETS_FILE));
    await pressPlan("#read-targets");
    expect(await page.textContent("#targets-error")).toBe("");

    const tries: [string, Buffer, string][] = [
      ["hong.xlsx", Buffer.from("not a workbook"), "Không phải tệp Excel .xlsx."],
      ["trong.xlsx", await blankTargets(), "Bảng chỉ tiêu chưa có chỉ tiêu nào"],
      [departments[0], fs.readFileSync(path.join(DIR, departments[0])), "Không tìm thấy bảng chỉ tiêu"],
    ];
    for (const [name, buffer, reason] of tries) {
      await page.setInputFiles("#targets-file", { name, mimeType: "application/octet-stream", buffer });
      await pressPlan("#read-targets");
      expect(await page.textContent("#targets-error")).toContain(`Không đọc được chỉ tiêu từ tệp ${name}: ${reason}`);
      expect(await page.textContent("#targets-in-use caption")).toContain(`Đang dùng chỉ tiêu từ tệp ${TARGETS_FILE}`);
    }
  });

  it("draws the chart again when another targets file is read after consolidating; a category nobody was sent for shows amber", async () => {
    const { page } = await pane.open();
    const picked = departments.slice(0, 2);
    for (const file of picked) {
      const full = path.join(DIR, file);
      const sheets = await xlsxSheets(full);
      await page.evaluate(([b64, s]) => window.__host.addFile(b64, s), [
        fs.readFileSync(full).toString("base64"),
        sheets,
      ] as const);
    }
    await page.setInputFiles("#targets-file", path.join(DIR, TARGETS_FILE));
    await pressPlan("#read-targets");
    await page.setInputFiles(
      "#consolidate-files",
      picked.map((f) => path.join(DIR, f)),
    );
    await pressPlan("#consolidate");
    expect(await page.locator("#plan-chart .plan-chart-item").count()).toBe(targets.length);

    const buffer = await targetsWorkbook([["Tiến sĩ", "Tiến sĩ", 3]]);
    await page.setInputFiles("#targets-file", { name: "tien-si.xlsx", mimeType: "application/octet-stream", buffer });
    await pressPlan("#read-targets");
    expect(await page.textContent("#targets-in-use caption")).toContain("Đang dùng chỉ tiêu từ tệp tien-si.xlsx");
    const items = await page.$$eval("#plan-chart .plan-chart-item", (list) =>
      list.map((item) => ({
        label: item.querySelector(".plan-chart-label")?.textContent,
        figures: item.querySelector(".plan-chart-figures")?.textContent,
        track: getComputedStyle(item.querySelector(".plan-bar-track") ?? item).fill,
      })),
    );
    expect(items).toEqual([
      {
        label: "Tiến sĩ",
        figures: "0/3 người, 0% – Chưa đạt kế hoạch (chưa cử người nào)",
        track: "rgb(255, 235, 156)",
      },
    ]);
  });

  it("reads with its own reader the files Excel on the web will not insert (notes, charts), and leaves no sheet behind", async () => {
    const { page, incidents } = await pane.open();
    const before = (await workbookOf(page)).sheets.map((s) => s.name);
    for (const file of departments) {
      const full = path.join(DIR, file);
      const base64 = fs.readFileSync(full).toString("base64");
      const sheets = await xlsxSheets(full);
      await page.evaluate(([b64, s]) => window.__host.addFile(b64, s, { webUnsupported: true }), [
        base64,
        sheets,
      ] as const);
    }
    await page.setInputFiles(
      "#consolidate-files",
      departments.map((f) => path.join(DIR, f)),
    );
    await pressPlan("#consolidate");
    expect(await page.textContent("#plan-error")).toBe("");
    expect(await page.textContent("#plan-status")).toContain(`Đã gộp ${departments.length} tệp`);
    expect(await page.locator("#plan-duplicates .plan-duplicate").count()).toBe(duplicates.length);
    expect(incidents.localPaths.some((p) => p.includes("xlsx-reader"))).toBe(true);
    expect((await workbookOf(page)).sheets.map((s) => s.name)).toEqual([...before, CONSOLIDATED_SHEET]);
  });

  it("reads the files with its own reader, loaded only then, on an Excel without ExcelApi 1.13", async () => {
    const { page, incidents } = await pane.open({ api: "1.12" });
    expect(await page.textContent("#consolidate-hint")).toContain("không tự mở được các tệp khác");
    expect(incidents.localPaths.filter((p) => p.includes("xlsx-reader"))).toEqual([]);

    await page.setInputFiles(
      "#consolidate-files",
      departments.map((f) => path.join(DIR, f)),
    );
    await pressPlan("#consolidate");
    expect(await page.textContent("#plan-error")).toBe("");
    expect(await page.textContent("#plan-status")).toContain(`Đã gộp ${departments.length} tệp`);
    expect(await page.locator("#plan-duplicates .plan-duplicate").count()).toBe(duplicates.length);
    // The reader came as its own script, after the click, and ran under the page's policy (no eval).
    expect(incidents.localPaths.some((p) => p.includes("xlsx-reader"))).toBe(true);
  });

  it("writes nothing and says so when none of the files can be read, each with its reason", async () => {
    const { page } = await pane.open();
    const before = (await workbookOf(page)).sheets.map((s) => s.name);
    await pressPlan("#create-targets");
    await page.setInputFiles("#consolidate-files", [
      { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
      { name: "rong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(0) },
    ]);
    await pressPlan("#consolidate");
    expect(await page.textContent("#plan-status")).toBe("");
    expect(await page.textContent("#plan-error")).toContain(
      "Không gộp được: không đọc được tệp nào trong 2 tệp đã chọn",
    );
    const fileLines = await page.$$eval("#plan-files li", (items) => items.map((li) => li.textContent ?? ""));
    expect(fileLines.map((line) => line.slice(0, line.indexOf(":")))).toEqual(["hong.xlsx", "rong.xlsx"]);
    // Each reason in the words the command line uses, never the reader's own.
    expect(fileLines[0]).toContain("Không phải tệp Excel .xlsx.");
    expect(fileLines[1]).toContain("Tệp rỗng (0 byte).");
    expect((await workbookOf(page)).sheets.map((s) => s.name)).toEqual([...before, TARGETS_SHEET]);
  });
});
