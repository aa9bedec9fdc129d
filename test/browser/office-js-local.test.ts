/**
 * The build for a network without internet (`--env officejs=local`): Office.js and the files it loads for
 * Excel come from the add-in's own server, and the page asks for no script anywhere else.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { type Browser, chromium } from "playwright-core";
import { localFolder, PACKAGE_DIST } from "../../scripts/office-js";
import { serveStatic, type StaticServer } from "../../scripts/static-server";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
/** How Office passes its host to the page (`_host_Info`: host, platform, version, display language). */
const HOSTS = [
  { host: "Excel$Web$16.00$vi-VN$$$$0", file: "excel-web-16.00.js", strings: "vi-vn" },
  // Office.js reads British English strings from en-us.
  { host: "Excel$Win32$16.01$en-GB$$$$0", file: "excel-win32-16.01.js", strings: "en-us" },
  { host: "Excel$Mac$16.00$fr-FR$$$$0", file: "excel-mac-16.00.js", strings: "fr-fr" },
];

let out: string;
let server: StaticServer;
let browser: Browser;

function sizeOf(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (n, e) => n + (e.isDirectory() ? sizeOf(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size),
      0,
    );
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "cadre-officejs-local-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "officejs=local",
      "--env",
      `outputPath=${out}`,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  server = await serveStatic(out);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("the build that serves Office.js itself", () => {
  it("loads the page's scripts, Office.js and Excel's files for each platform from its own origin only", async () => {
    const origin = new URL(server.url).origin;
    for (const { host, file, strings } of HOSTS) {
      const context = await browser.newContext();
      const elsewhere: string[] = [];
      const scripts = new Map<string, number>();
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        elsewhere.push(url);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.on("response", (response) => {
        if (response.request().resourceType() === "script")
          scripts.set(new URL(response.url()).pathname, response.status());
      });
      await page.goto(`${server.url}taskpane.html?_host_Info=${encodeURIComponent(host)}`);
      await page.waitForLoadState("networkidle");
      expect({ host, elsewhere }).toEqual({ host, elsewhere: [] });
      const folder = `/${localFolder()}`;
      expect(scripts.get(`${folder}office.js`)).toBe(200);
      expect(scripts.get(`${folder}${file}`)).toBe(200);
      expect(scripts.get(`${folder}${strings}/office_strings.js`)).toBe(200);
      await context.close();
    }
  });

  it("allows scripts from its own origin alone, and copies a tenth of @microsoft/office-js", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain(`src=${localFolder()}office.js`);
    expect(html.match(/<script src=[^>]+>/g)?.filter((tag) => /https?:/.test(tag))).toEqual([]);
    expect(/script-src ([^;]+);/.exec(html)?.[1]).toBe("'self'");
    const copied = sizeOf(path.join(out, localFolder()));
    const whole = sizeOf(PACKAGE_DIST);
    console.log(`Office.js for Excel: ${copied} bytes copied of the package's ${whole}`);
    expect(copied / whole).toBeLessThan(0.15);
  });
});
