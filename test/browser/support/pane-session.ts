/**
 * The built task pane in headless Chromium, with office.js answered by the fake Excel host and every
 * request that would leave this machine blocked and recorded.
 */
import fs from "fs";
import path from "path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { hostBundlePath } from "../../../scripts/host-bundle";
import { serveStatic, type StaticServer } from "../../../scripts/static-server";
import type { WorkbookModel } from "../../host";
import "../page/globals";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DIST = path.join(__dirname, "..", "..", "..", "dist");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What a page did that no test expects: requests off this machine, dialogs, CSP violations, script errors. */
export interface Incidents {
  offMachine: string[];
  dialogs: string[];
  csp: string[];
  pageErrors: string[];
  /** Requests the page made to the local server, by path. */
  localPaths: string[];
}

export interface PaneLab {
  browser: Browser;
  server: StaticServer;
  hostScript: string;
  close(): Promise<void>;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  incidents: Incidents;
  close(): Promise<void>;
}

/** One browser and one server per test file. */
export async function openLab(): Promise<PaneLab> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html không có: hãy chạy npm run build trước. / missing: run npm run build first.");
  const hostScript = fs.readFileSync(hostBundlePath(), "utf8");
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return { browser, server, hostScript, close: async () => (await browser.close(), await server.close()) };
}

export type HostQuery = Partial<Record<"lang" | "api" | "rows" | "active" | "selection" | "latency", string>>;

export interface PaneOptions {
  viewport?: { width: number; height: number };
  /** A fixed clock for the page, so that what it shows (the time of the check, ages) does not change between runs. */
  at?: Date;
  /** Office.js never arrives, as behind a firewall that blocks Microsoft's CDN. */
  withoutOfficeJs?: boolean;
  /** Runs in the page before any of its scripts, as a different webview would be. */
  before?: () => void;
  /** What shows the page is ready; the check button, enabled, by default. */
  ready?: string;
}

/** A fresh page on the task pane, ready for a click: the check button is enabled. */
export async function openPane(lab: PaneLab, query: HostQuery = {}, options: PaneOptions = {}): Promise<PaneSession> {
  const context = await lab.browser.newContext({
    viewport: options.viewport ?? { width: 350, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  if (options.at) await page.clock.setFixedTime(options.at);
  if (options.before) await page.addInitScript(options.before);
  const incidents: Incidents = { offMachine: [], dialogs: [], csp: [], pageErrors: [], localPaths: [] };
  const local = new URL(lab.server.url).origin;

  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return options.withoutOfficeJs
        ? route.abort("blockedbyclient")
        : route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: lab.hostScript });
    if (url.startsWith(`${local}/`)) {
      incidents.localPaths.push(new URL(url).pathname);
      return route.continue();
    }
    incidents.offMachine.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("dialog", (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => incidents.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) incidents.csp.push(message.text());
  });
  // Injected by the browser's debugging protocol, so the page's policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  const search = new URLSearchParams(query as Record<string, string>).toString();
  await page.goto(`${lab.server.url}taskpane.html${search ? `?${search}` : ""}`);
  await page.waitForSelector(options.ready ?? "#check:not([disabled])");
  return { context, page, incidents, close: () => context.close() };
}

/** Opens the tab that holds an element, as the user does before reaching it. */
export async function openTabOf(page: Page, selector: string): Promise<void> {
  const panel = await page.$eval(selector, (element) => element.closest('[role="tabpanel"]')?.id ?? "");
  if (panel && !(await page.isVisible(`#${panel}`))) await page.click(`[role="tab"][aria-controls="${panel}"]`);
}

/** Clicks a button of the pane, in whichever tab holds it, and waits until the action it started has finished. */
export async function press(page: Page, selector: string): Promise<void> {
  await openTabOf(page, selector);
  await page.click(selector);
  // The check button says when the pane is free again, even from a tab that hides it.
  await page.waitForSelector('#check[aria-disabled="false"]', { state: "attached" });
}

/** The fake host's workbook, as plain data. */
export function workbookOf(page: Page): Promise<WorkbookModel> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__host.workbook)) as WorkbookModel);
}
