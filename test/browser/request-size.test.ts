/**
 * The fake host's request accounting and the add-in's own estimates, against Office.js's request serializer
 * itself: `excel-web-16.00.debug.js` from @microsoft/office-js runs in Chromium, its requests to an
 * intercepted address are measured, and every batch shape the add-in sends is built there, in the fake host
 * and in src/office/request-size.ts. Excel on the web counts that body against its 5 MB limit.
 */
import fs from "fs";
import path from "path";
import { type Browser, chromium, type Page } from "playwright-core";
import { createFakeHost, workbookFromGrid } from "../host";
import { BATCH_SHAPES, type BatchShape } from "./support/batch-shapes";

jest.setTimeout(120_000);

const SCRIPT = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js",
);
const API = "https://excel.invalid/api";
const PAGE = "https://page.invalid/";

/** The fake host counts exactly what the serializer sends, give or take this much, and never less. */
const FAKE_TOLERANCE = 0.005;
/** The add-in's estimates never fall short and overshoot by at most this much. */
const MODEL_TOLERANCE = 0.35;

let browser: Browser;
let page: Page;
const bodies: number[] = [];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  page = await browser.newPage();
  await page.route(`${API}**`, async (route) => {
    bodies.push(Buffer.byteLength(route.request().postData() ?? "", "utf8"));
    await route.fulfill({ status: 500, body: "{}" });
  });
  await page.route(PAGE, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>serializer</title>" }),
  );
  await page.goto(PAGE);
  await page.addScriptTag({ content: fs.readFileSync(SCRIPT, "utf8") });
});

afterAll(async () => browser?.close());

/** What Office.js sends for the shape: the body of the one request its sync makes. */
async function serialized(shape: BatchShape): Promise<number> {
  bodies.length = 0;
  await page.evaluate(
    async ({ source, n, api }) => {
      const context = new Excel.RequestContext(api);
      (new Function(`return (${source})`)() as (c: Excel.RequestContext, n: number) => void)(context, n);
      await context.sync().catch(() => undefined);
    },
    { source: shape.build.toString(), n: shape.n, api: API },
  );
  expect(bodies).toHaveLength(1);
  return bodies[0];
}

/** What the fake host counts for the same batch. */
async function counted(shape: BatchShape): Promise<number> {
  const host = createFakeHost(workbookFromGrid([{ name: "Danh sách", rows: [["x"]] }]), { platform: "desktop" });
  const context = host.context();
  shape.build(context, shape.n);
  await context.sync().catch(() => undefined);
  return host.stats.requestBytes[0];
}

describe("request sizes, measured on Office.js's own serializer", () => {
  const figures: { shape: string; office: number; fake: number; model: number }[] = [];

  afterAll(() => {
    // The figures, for whoever tunes a budget: bytes Office.js sends, the fake's count, the estimate.
    process.stdout.write(`${figures.map((f) => `${f.office}\t${f.fake}\t${f.model}\t${f.shape}`).join("\n")}\n`);
  });

  it.each(BATCH_SHAPES.map((shape) => [shape.name, shape] as const))("%s", async (_name, shape) => {
    const office = await serialized(shape);
    const fake = await counted(shape);
    const model = shape.model(shape.n);
    figures.push({ shape: shape.name, office, fake, model });
    expect(fake).toBeGreaterThanOrEqual(office);
    expect(fake).toBeLessThanOrEqual(Math.ceil(office * (1 + FAKE_TOLERANCE)));
    expect(model).toBeGreaterThanOrEqual(office);
    expect(model).toBeLessThanOrEqual(Math.ceil(office * (1 + MODEL_TOLERANCE)));
  });

  it("measures a repaired cell as the serializer does: about a kilobyte read and written one range at a time", async () => {
    const one = BATCH_SHAPES[0];
    const single = await serialized({ ...one, n: 1 });
    const many = await serialized({ ...one, n: 101 });
    const perCell = (many - single) / 100;
    expect(perCell).toBeGreaterThan(250);
    expect(perCell).toBeLessThan(400);
  });
});
