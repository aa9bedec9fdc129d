import fs from "fs";
import path from "path";
import { resolveBaseUrl, rewriteManifestUrls } from "../../scripts/addin-base-url";
import { builtName, builtPath, readBuilt, ROOT } from "./dist";

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

const FUNCTION_IDS = [
  "PLAN_PCT",
  "ROTATION_RATIO",
  "PLAN_STATUS",
  "PLAN_GAP",
  "PLAN_FORECAST",
  "AGE",
  "RETIREMENT_DATE",
  "YEARS_TO_RETIREMENT",
  "VN_UNICODE",
  "VN_KEY",
  "COUNT_MATCH",
];
// A Vietnamese sentence carries at least one letter English does not use.
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const readMetadata = (name: string): Metadata => JSON.parse(readBuilt(builtName(name))) as Metadata;
const ids = (metadata: Metadata) => metadata.functions.map((f) => f.id).sort();

describe("npm run build", () => {
  it("emits the task pane page hosting both the pane script and the custom functions, by content-hashed names", () => {
    const html = readBuilt("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    for (const file of ["boot.js", "taskpane.js", "functions.js", "taskpane.css"]) {
      const name = builtName(file);
      expect(html).toContain(`${name}`);
      expect(fs.existsSync(builtPath(name))).toBe(true);
    }
    // The page itself keeps its name: the manifest points at it, and the server sends it uncached.
    expect(fs.existsSync(builtPath("taskpane.html"))).toBe(true);
  });

  it("writes the version of package.json into the task pane script", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const script = readBuilt(builtName("taskpane.js"));
    expect(script).toContain(version);
    expect(script).not.toContain("__ADDIN_VERSION__");
  });

  it("lets error cells reach the functions one by one (allowErrorForDataTypeAny), in both languages' metadata", () => {
    for (const name of ["functions.json", "functions-vi.json"])
      expect(JSON.parse(readBuilt(builtName(name))).allowErrorForDataTypeAny).toBe(true);
  });

  it("generates functions.json with the eleven CADRE functions", () => {
    expect(ids(readMetadata("functions.json"))).toEqual([...FUNCTION_IDS].sort());
  });

  it("generates functions-vi.json: the same functions and parameters, described in Vietnamese", () => {
    const english = readMetadata("functions.json");
    const vietnamese = readMetadata("functions-vi.json");
    expect(ids(vietnamese)).toEqual(ids(english));
    for (const fn of vietnamese.functions) {
      const original = english.functions.find((f) => f.id === fn.id);
      expect({ id: fn.id, parameters: fn.parameters.map((p) => p.name) }).toEqual({
        id: fn.id,
        parameters: original?.parameters.map((p) => p.name),
      });
      for (const [where, text] of [
        [fn.id, fn.description],
        ...fn.parameters.map((p) => [`${fn.id}(${p.name})`, p.description]),
      ]) {
        expect({ where, vietnamese: VIETNAMESE_LETTER.test(text ?? "") }).toEqual({ where, vietnamese: true });
      }
    }
  });

  it("copies the manifest with its URLs pointing at ADDIN_BASE_URL and at the content-hashed files", () => {
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    let expected = rewriteManifestUrls(source, resolveBaseUrl(process.env.ADDIN_BASE_URL));
    for (const name of ["functions.js", "functions.json", "functions-vi.json"])
      expected = expected.split(`/${name}"`).join(`/${builtName(name)}"`);
    expect(readBuilt("manifest.xml")).toBe(expected);
  });

  it("copies the icons", () => {
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(builtPath(`assets/icon-${size}.png`))).toBe(true);
  });
});
