/**
 * The server of the tests and of `npm run preview` sends the headers the README's deployment chapter
 * prescribes: what an office's own HTTPS server must send for Excel to load the add-in.
 */
import { serveStatic, type StaticServer } from "../../scripts/static-server";
import { builtName, DIST, readBuilt } from "./dist";

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

const headersOf = async (name: string) => (await fetch(`${server.url}${name}`)).headers;

describe("the add-in's server headers", () => {
  it("lets Excel on the web fetch the functions' metadata from another origin, as JSON", async () => {
    for (const name of [builtName("functions.json"), builtName("functions-vi.json")]) {
      const headers = await headersOf(name);
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(headers.get("content-type")).toMatch(/^application\/json/);
    }
  });

  it("sends the page's content security policy as a header, with frame-ancestors for Excel on the web", async () => {
    const headers = await headersOf("taskpane.html");
    const meta = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(readBuilt("taskpane.html"))?.[1];
    const policy = headers.get("content-security-policy") ?? "";
    expect(policy.startsWith(`${meta}; frame-ancestors `)).toBe(true);
    expect(policy).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com /);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps content-named files for a year and makes the page and the manifest be checked every time", async () => {
    for (const name of ["taskpane.js", "functions.js", "taskpane.css", "boot.js"])
      expect((await headersOf(builtName(name))).get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const name of ["taskpane.html", "manifest.xml"])
      expect((await headersOf(name)).get("cache-control")).toBe("no-cache");
  });
});
