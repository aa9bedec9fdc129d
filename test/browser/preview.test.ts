/**
 * `npm run preview`: the pane beside the stand-in Excel's workbook, which shows a department's roster by
 * default, and shows the pane's work on it: the cell a problem points at selected, marks filled, repairs.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { hostBundlePath } from "../../scripts/host-bundle";
import { previewRoutes } from "../../scripts/preview";
import { serveStatic, type StaticServer } from "../../scripts/static-server";
import { problemLine } from "./support/pane-results";
import { openLab, type PaneLab } from "./support/pane-session";
import { DEPARTMENT_SHEET } from "./department-workbook";

jest.setTimeout(90_000);

const DIST = path.join(__dirname, "..", "..", "dist");
const SCREENSHOTS = path.join(__dirname, "..", "..", "docs", "screenshots");
let lab: PaneLab;
let server: StaticServer;

beforeAll(async () => {
  lab = await openLab();
  server = await serveStatic(DIST, { routes: previewRoutes(hostBundlePath()) });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await lab?.close();
});

async function openPreview(query = ""): Promise<{ page: Page; pane: Frame; errors: string[] }> {
  const context = await lab.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}preview.html${query}`);
  const pane = page.frameLocator("#pane");
  await pane.locator("#check:not([disabled])").waitFor();
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("the pane's frame is missing");
  return { page, pane: frame, errors };
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
    const { page, errors } = await openPreview();
    expect(await page.$$eval(".sheet-tab", (tabs) => tabs.map((t) => t.textContent))).toEqual([
      DEPARTMENT_SHEET,
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

  it("opens the security test workbook on request", async () => {
    const { page } = await openPreview("?workbook=security");
    expect(await page.$$eval(".sheet-tab", (tabs) => tabs.map((t) => t.textContent))).toContain("Danh sách");
    // Hostile text stays text in the grid too.
    expect(await page.locator("#grid script, #grid img").count()).toBe(0);
  });
});
