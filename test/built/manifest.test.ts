import fs from "fs";
import os from "os";
import path from "path";
import { DEV_BASE_URL, resolveBaseUrl, rewriteManifestUrls } from "../../scripts/addin-base-url";
import { checkManifest, describeIssue } from "../../scripts/manifest-checks";
import { readManifest } from "../../scripts/manifest-facts";
import { builtPath, DIST, readBuilt, ROOT } from "./dist";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = readManifest(source);

function english(id: string): string | null | undefined {
  return manifest.resources.get(id)?.overrides.find((o) => o.locale === "en-US")?.value;
}

describe("manifest.xml", () => {
  it("passes every check the schema cannot make", () => {
    expect(checkManifest(source).map(describeIssue)).toEqual([]);
  });

  it("names only pages, scripts, metadata and icons the build emits", () => {
    builtPath("manifest.xml");
    expect(checkManifest(source, { distDir: DIST }).map(describeIssue)).toEqual([]);
    expect(checkManifest(readBuilt("manifest.xml"), { distDir: DIST }).map(describeIssue)).toEqual([]);
  });

  it("is Vietnamese by default with English texts for en-US", () => {
    expect(manifest.defaultLocale).toBe("vi-VN");
    expect(manifest.displayName.value).toBe("Danh sách cán bộ trẻ");
    expect(manifest.displayName.overrides).toEqual([{ locale: "en-US", value: "Young cadre roster" }]);
    const texts = [...manifest.resources].filter(([id, r]) => r.kind === "String" && id !== "Functions.Namespace");
    for (const [id] of texts) expect({ id, english: english(id) }).toEqual({ id, english: expect.any(String) });
  });

  it("puts a Home-tab button 'Kiểm tra danh sách' that opens the task pane", () => {
    const button = manifest.resources.get("CheckRosterButton.Label");
    expect(button?.value).toBe("Kiểm tra danh sách");
    expect(english("CheckRosterButton.Label")).toBe("Check roster");
    expect(source).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<\/OfficeTab>/);
  });

  it("gives Excel Vietnamese function descriptions by default and English ones for en-US", () => {
    expect(manifest.resources.get("Functions.Metadata.Url")?.value).toBe(`${DEV_BASE_URL}functions-vi.json`);
    expect(english("Functions.Metadata.Url")).toBe(`${DEV_BASE_URL}functions.json`);
  });

  it("declares the requirement sets the add-in cannot work without", () => {
    expect(manifest.requirementSets).toEqual([
      { name: "SharedRuntime", minVersion: "1.1" },
      { name: "CustomFunctionsRuntime", minVersion: "1.1" },
      { name: "ExcelApi", minVersion: "1.4" },
    ]);
  });

  it("carries the version of package.json", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(manifest.version).toBe(`${version}.0`);
  });
});

describe("checkManifest", () => {
  const codes = (xml: string, distDir?: string) => checkManifest(xml, { distDir }).map((issue) => issue.code);

  it("reports a resid that names no resource", () => {
    expect(codes(source.replace('resid="CheckRosterButton.Tooltip"', 'resid="CheckRosterButton.Tip"'))).toEqual([
      "resid-unresolved",
    ]);
  });

  it("reports a URL that is not https", () => {
    expect(
      codes(source.replace(`${DEV_BASE_URL}assets/icon-80.png`, "http://localhost:3000/assets/icon-80.png")),
    ).toEqual(["url-not-https", "url-outside-base"]);
  });

  it("reports a file the build does not emit", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cadre-dist-"));
    fs.mkdirSync(path.join(dir, "assets"));
    for (const file of [
      "taskpane.html",
      "functions.js",
      "functions.json",
      ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`),
    ]) {
      fs.writeFileSync(path.join(dir, file), "");
    }
    try {
      expect(checkManifest(source, { distDir: dir })).toEqual([
        { code: "file-not-built", subject: "functions-vi.json" },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it("reports an Id that is not a GUID, a wrong namespace and a short-lived runtime", () => {
    const broken = source
      .replace(/<Id>[^<]*<\/Id>/, "<Id>cadre-roster</Id>")
      .replace('id="Functions.Namespace" DefaultValue="CADRE"', 'id="Functions.Namespace" DefaultValue="CANBO"')
      .replace('lifetime="long"', 'lifetime="short"');
    expect(codes(broken)).toEqual(["id-not-guid", "namespace-not-cadre", "runtime-not-long"]);
  });

  it("reports a task pane that does not use the shared runtime", () => {
    expect(codes(source.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"'))).toEqual([
      "runtime-not-shared",
      "runtime-not-shared",
    ]);
  });

  it("reports malformed XML", () => {
    expect(codes(source.replace("</Hosts>", ""))).toEqual(["malformed"]);
  });
});

describe("ADDIN_BASE_URL", () => {
  it("defaults to the development server", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("")).toBe("https://localhost:3000/");
  });

  it("gains a trailing slash", () => {
    expect(resolveBaseUrl("https://addins.example.vn/cadre")).toBe("https://addins.example.vn/cadre/");
  });

  it.each(["http://addins.example.vn/", "addins.example.vn", "https://addins.example.vn/?v=1"])(
    "is refused when it is %p",
    (value) => {
      expect(() => resolveBaseUrl(value)).toThrow("ADDIN_BASE_URL");
    },
  );

  it("moves every URL the add-in serves and keeps the manifest valid", () => {
    const base = "https://addins.example.vn/cadre/";
    const moved = rewriteManifestUrls(source, base);
    expect(readManifest(moved).hostedUrls.every((url) => url.startsWith(base))).toBe(true);
    expect(moved).not.toContain(DEV_BASE_URL);
    expect(checkManifest(moved)).toEqual([]);
  });
});
