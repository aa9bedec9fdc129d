/**
 * The built task pane page as an office's security review would look at it: its content security
 * policy, no inline or eval'd script, and the size of the pane's own script.
 */
import fs from "fs";
import zlib from "zlib";
import { builtName, builtPath, readBuilt } from "../built/dist";
import { openLab, openPane, type PaneLab, type PaneSession, press } from "./support/pane-session";

jest.setTimeout(60_000);

/** The pane's own script, minified, must stay small enough for a quick start on Office's webview. */
const PANE_SCRIPT_BUDGET = 250 * 1024;

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("the built task pane page", () => {
  const html = readBuilt("taskpane.html");

  it("declares a content security policy before any script: scripts only from itself and Office's host, no eval", () => {
    expect(html.search(/Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    const policy = policyOf(html);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
    ]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    for (const [, sources] of policy) expect(sources).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("connect-src")).not.toContain("*");
  });

  it("has no inline script: every script element loads a file", () => {
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    // boot.js, Office.js, the pane's script and the functions' script.
    expect(scripts.length).toBe(4);
    for (const script of scripts) expect(script).toMatch(/^<script\b[^>]*\bsrc=[^>]*><\/script>$/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it("emits scripts without eval, and a pane script under 250 KB minified", () => {
    for (const name of ["taskpane.js", "functions.js"])
      expect(readBuilt(builtName(name))).not.toMatch(/\beval\(|new Function\(/);
    const pane = builtPath(builtName("taskpane.js"));
    const size = fs.statSync(pane).size;
    const gzipped = zlib.gzipSync(fs.readFileSync(pane)).length;
    console.log(`dist/taskpane.js: ${size} bytes minified, ${gzipped} bytes gzipped`);
    expect(size).toBeLessThan(PANE_SCRIPT_BUDGET);
  });
});

describe("the policy in the browser", () => {
  let lab: PaneLab;
  let session: PaneSession;

  beforeAll(async () => {
    lab = await openLab();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await lab?.close();
  });

  it("runs the pane without a single violation, and refuses inline script and eval", async () => {
    session = await openPane(lab);
    const { page } = session;
    await press(page, "#check");
    expect(session.incidents).toMatchObject({ offMachine: [], dialogs: [], csp: [], pageErrors: [] });

    const inline = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inline = 'ran'";
      document.head.append(script);
      return document.body.dataset.inline ?? "blocked";
    });
    // A script from the pane's own origin that tries eval, as injected code would.
    const probe = `${lab.server.url}csp-probe.js`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "try { eval('1'); document.body.dataset.evaluated = 'ran'; } catch (e) { document.body.dataset.evaluated = 'blocked'; }",
      }),
    );
    const evaluated = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => resolve(document.body.dataset.evaluated ?? "not run");
          script.onerror = () => resolve("not loaded");
          document.head.append(script);
        }),
      probe,
    );
    expect({ inline, evaluated }).toEqual({ inline: "blocked", evaluated: "blocked" });
    expect(session.incidents.csp.length).toBeGreaterThanOrEqual(2);
  });
});
