import fs from "fs";
import os from "os";
import path from "path";
import { DEV_BASE_URL, resolveBaseUrl, rewriteManifestUrls } from "../../scripts/addin-base-url";
import { checkManifest, describeIssue } from "../../scripts/manifest-checks";
import { MANIFEST_REQUIREMENTS } from "../../src/office/capabilities";
import { readManifest } from "../../scripts/manifest-facts";
import { builtPath, DIST, readBuilt, ROOT } from "./dist";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = readManifest(source);

function vietnamese(id: string): string | null | undefined {
  return manifest.resources.get(id)?.overrides.find((o) => o.locale === "vi-VN")?.value;
}

describe("manifest.xml", () => {
  it("passes every check the schema cannot make", () => {
    expect(checkManifest(source).map(describeIssue)).toEqual([]);
  });

  it("names, once built, only pages, scripts, metadata and icons the build emits", () => {
    builtPath("manifest.xml");
    expect(checkManifest(readBuilt("manifest.xml"), { distDir: DIST }).map(describeIssue)).toEqual([]);
  });

  it("speaks as the task pane does: Vietnamese for vi-VN, English for every other display language", () => {
    expect(manifest.defaultLocale).toBe("en-US");
    expect(manifest.displayName.value).toBe("Young cadre roster");
    expect(manifest.displayName.overrides).toEqual([{ locale: "vi-VN", value: "Danh sách cán bộ trẻ" }]);
    const texts = [...manifest.resources].filter(([id, r]) => r.kind === "String" && id !== "Functions.Namespace");
    for (const [id] of texts)
      expect({ id, vietnamese: vietnamese(id) }).toEqual({ id, vietnamese: expect.any(String) });
    // An override for one English locale would leave every other one with the default: there is none.
    const locales = [...manifest.resources.values()].flatMap((r) => r.overrides.map((o) => o.locale));
    expect(new Set(locales)).toEqual(new Set(["vi-VN"]));
  });

  it("puts a Home-tab button 'Kiểm tra danh sách' that opens the task pane", () => {
    expect(vietnamese("CheckRosterButton.Label")).toBe("Kiểm tra danh sách");
    expect(manifest.resources.get("CheckRosterButton.Label")?.value).toBe("Check roster");
    expect(source).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<\/OfficeTab>/);
  });

  it("gives Excel Vietnamese function help for vi-VN and English help for every other language", () => {
    expect(manifest.resources.get("Functions.Metadata.Url")?.value).toBe(`${DEV_BASE_URL}functions.json`);
    expect(vietnamese("Functions.Metadata.Url")).toBe(`${DEV_BASE_URL}functions-vi.json`);
  });

  it("declares the requirement sets the add-in cannot work without, the ones the pane checks at start", () => {
    expect(manifest.requirementSets).toEqual([
      { name: "SharedRuntime", minVersion: "1.1" },
      { name: "CustomFunctionsRuntime", minVersion: "1.3" },
      { name: "ExcelApi", minVersion: "1.4" },
    ]);
    expect(MANIFEST_REQUIREMENTS.map((s) => ({ name: s.name, minVersion: s.version }))).toEqual(
      manifest.requirementSets,
    );
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
