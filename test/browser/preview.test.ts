/**
 * `npm run preview`: the pane beside the stand-in Excel's workbook, which shows a department's roster by
 * default, and shows the pane's work on it: the cell a problem points at selected, marks filled, repairs;
 * files picked for a consolidation are opened by the stand-in as Excel opens them.
 */
import fs from "fs";
import path from "path";
import { Workbook } from "exceljs";
import type { Frame, Page } from "playwright-core";
import { CONSOLIDATED_SHEET } from "../../src/office";
import { hostBundlePath } from "../../scripts/host-bundle";
import { previewRoutes } from "../../scripts/preview";
import { serveStatic, type StaticServer } from "../../scripts/static-server";
import { problemLine } from "./support/pane-results";
import { openLab, openTabOf, type PaneLab } from "./support/pane-session";
import { DEPARTMENT_SHEET } from "./department-workbook";
import { ROTATION_SHEET } from "./rotation-sheet";

jest.setTimeout(90_000);

const DIST = path.join(__dirname, "..", "..", "dist");
const SCREENSHOTS = path.join(__dirname, "..", "..", "docs", "screenshots");
const PROGRAMME = path.join(__dirname, "..", "..", "samples", "programme");
let lab: PaneLab;
let server: StaticServer;

beforeAll(async () => {
  lab = await openLab();
  server = await serveStatic(DIST, { routes: previewRoutes(hostBundlePath()) });
}, 120_000);
afterAll(async () => {
  // The browser first: its pages hold connections to the preview's server.
  await lab?.close();
  await server?.close();
});

interface Preview {
  page: Page;
  pane: Frame;
  errors: string[];
  requests: string[];
  /** The page's Content-Security-Policy header. */
  policy: string;
}

async function openPreview(query = ""): Promise<Preview> {
  const context = await lab.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  const response = await page.goto(`${server.url}preview.html${query}`);
  const pane = page.frameLocator("#pane");
  await pane.locator("#check:not([disabled])").waitFor();
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("the pane's frame is missing");
  return { page, pane: frame, errors, requests, policy: response?.headers()["content-security-policy"] ?? "" };
}

/** Picks files in the pane's consolidation and runs it, as a user would. */
async function consolidate(pane: Frame, files: Parameters<Frame["setInputFiles"]>[1]): Promise<void> {
  await openTabOf(pane as unknown as Page, "#consolidate");
  await pane.setInputFiles("#consolidate-files", files);
  await pane.click("#consolidate");
  await pane.waitForSelector('#plan[aria-busy="false"] #plan-files li');
}

/** A workbook with a note in a cell: Excel on the web will not insert its sheets. */
async function workbookWithNote(): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet("Danh sách");
  sheet.addRow(["STT", "Họ và tên", "Ngày sinh"]);
  sheet.addRow([1, "Nông Thị Hoa", "12/03/1990"]);
  sheet.getCell("B2").note = "Đã kiểm tra";
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The grid's cell at an A1 address: its text and background. */
function gridCell(page: Page, address: string) {
  return page.$eval(`#grid td[data-cell="${address}"]`, (td) => ({
    text: td.textContent,
    fill: (td as HTMLElement).style.background,
    selected: td.classList.contains("selected"),
  }));
}

describe("the preview", () => {
  it("shows a department's roster beside the pane, with its sheets, letterhead and dates as Excel shows them", async () => {
    const { page, errors, policy } = await openPreview();
    expect(policy).toContain("script-src 'self';");
    expect(await page.$$eval(".sheet-tab", (tabs) => tabs.map((t) => t.textContent))).toEqual([
      DEPARTMENT_SHEET,
      ROTATION_SHEET,
      "Ghi chú",
    ]);
    expect((await gridCell(page, "A4")).text).toBe("DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2024");
    expect((await gridCell(page, "B9")).text).toBe("Nông Thị Hoa");
    expect((await gridCell(page, "C9")).text).toBe("12/03/1990");
    expect(await page.locator("#grid").textContent()).not.toContain("<script>");
    expect(errors).toEqual([]);
  });

  it("selects a problem's cell in the grid, and marks the cells with problems", async () => {
    const { page, pane, errors } = await openPreview();
    await pane.click("#check");
    await pane.waitForSelector('#check[aria-disabled="false"]');
    await problemLine(pane as unknown as Page, "legacy-encoding", "B11").click();
    await page.waitForFunction(() =>
      document.querySelector('#grid td[data-cell="B11"]')?.classList.contains("selected"),
    );
    expect((await gridCell(page, "A1")).selected).toBe(false);

    await pane.click("#mark");
    await pane.waitForSelector('#check[aria-disabled="false"]');
    await page.waitForFunction(() =>
      Boolean((document.querySelector('#grid td[data-cell="B11"]') as HTMLElement)?.style.background),
    );
    expect((await gridCell(page, "B9")).fill).toBe("");
    expect(errors).toEqual([]);
    // The guide's picture of the preview (docs/huong-dan-su-dung.md).
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-vi.png") });
  });

  it("shows a repair in the grid once the pane has made it", async () => {
    const { page, pane, errors } = await openPreview();
    await pane.click("#check");
    await pane.waitForSelector('#check[aria-disabled="false"]');
    expect((await gridCell(page, "B11")).text).toBe("N«ng V¨n Thµnh");
    await pane
      .locator('#problems details[data-rule="legacy-encoding"] li')
      .filter({ has: pane.locator(".problem-cell", { hasText: /^B11$/ }) })
      .locator(".fix")
      .click();
    await page.waitForFunction(
      () => document.querySelector('#grid td[data-cell="B11"]')?.textContent === "Nông Văn Thành",
    );
    expect(errors).toEqual([]);
  });

  it("scrolls the grid to a problem's cell out of sight", async () => {
    const { page, pane } = await openPreview();
    await page.setViewportSize({ width: 1000, height: 320 });
    const visible = async (address: string) => {
      const grid = await page.locator("#grid").boundingBox();
      const cell = await page.locator(`#grid td[data-cell="${address}"]`).boundingBox();
      if (!grid || !cell) throw new Error("the grid or its cell is not drawn");
      return (
        cell.x >= grid.x &&
        cell.y >= grid.y &&
        cell.x + cell.width <= grid.x + grid.width &&
        cell.y + cell.height <= grid.y + grid.height
      );
    };
    expect(await visible("K18")).toBe(false);
    await pane.click("#check");
    await pane.waitForSelector('#check[aria-disabled="false"]');
    await problemLine(pane as unknown as Page, "missing-decision", "K18").click();
    await page.waitForFunction(() =>
      document.querySelector('#grid td[data-cell="K18"]')?.classList.contains("selected"),
    );
    expect(await visible("K18")).toBe(true);
  });

  it("checks the sheet whose tab is clicked in the grid, and goes to its problems there", async () => {
    const { page, pane, errors } = await openPreview();
    await page.click(`.sheet-tab:text-is("${ROTATION_SHEET}")`);
    expect((await gridCell(page, "G5")).text).toBe("Luân chuyển");
    await pane.click("#check");
    await pane.waitForSelector('#check[aria-disabled="false"]');
    await problemLine(pane as unknown as Page, "invalid-date", "I8").click();
    await page.waitForFunction(() =>
      document.querySelector('#grid td[data-cell="I8"]')?.classList.contains("selected"),
    );
    expect((await gridCell(page, "I8")).text).toBe("15/13/2024");
    await problemLine(pane as unknown as Page, "missing-diacritics", "B9").click();
    await page.waitForFunction(() =>
      document.querySelector('#grid td[data-cell="B9"]')?.classList.contains("selected"),
    );
    expect((await gridCell(page, "I8")).selected).toBe(false);
    expect(errors).toEqual([]);
  });

  it("opens the security test workbook on request", async () => {
    const { page } = await openPreview("?workbook=security");
    expect(await page.$$eval(".sheet-tab", (tabs) => tabs.map((t) => t.textContent))).toContain("Danh sách");
    // Hostile text stays text in the grid too.
    expect(await page.locator("#grid script, #grid img").count()).toBe(0);
  });

  it("consolidates picked files without any option: the stand-in opens them as Excel does", async () => {
    const { page, pane, errors, requests } = await openPreview();
    const files = fs
      .readdirSync(PROGRAMME)
      .filter((f) => f.endsWith(".xlsx") && f !== "chi-tieu.xlsx")
      .sort();
    await consolidate(
      pane,
      files.map((f) => path.join(PROGRAMME, f)),
    );
    expect(await pane.textContent("#plan-error")).toBe("");
    expect(await pane.textContent("#plan-status")).toContain(`Đã gộp ${files.length} tệp`);
    // Read by the stand-in Excel, not by the pane's own reader, which is fetched only when Excel cannot.
    expect(requests.filter((url) => url.includes("xlsx-reader"))).toEqual([]);
    await page.waitForSelector(`.sheet-tab:text-is("${CONSOLIDATED_SHEET}")`);
    expect(errors).toEqual([]);
  });

  it("refuses, as Excel on the web does, a picked file with notes, which the pane then reads itself", async () => {
    const { pane, requests } = await openPreview();
    await consolidate(pane, [
      { name: "ghi-chu.xlsx", mimeType: "application/octet-stream", buffer: await workbookWithNote() },
    ]);
    expect(requests.some((url) => url.includes("xlsx-reader"))).toBe(true);
    expect(await pane.textContent("#plan-files")).toContain("ghi-chu.xlsx");
  });
});
