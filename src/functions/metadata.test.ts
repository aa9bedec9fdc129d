import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  type CustomFunctionsMetadata,
  localizeMetadata,
  type TranslationTable,
} from "../../scripts/localize-functions";
import translations from "./translations.vi.json";

/** The metadata Excel gets, generated from the JSDoc of functions.ts as the build does. */
async function generated(): Promise<CustomFunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "functions.ts"));
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as CustomFunctionsMetadata;
}

const IDS = [
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

describe("custom functions metadata", () => {
  it("declares the eleven functions, each described with every parameter", async () => {
    const { functions } = await generated();
    expect(functions.map((f) => f.id)).toEqual(IDS);
    expect(functions.map((f) => f.name)).toEqual(IDS);
    for (const f of functions) {
      expect(f.description).toBeTruthy();
      for (const p of f.parameters ?? []) expect(p.description).toBeTruthy();
    }
  });

  it("takes ranges everywhere except the language, and spills its results", async () => {
    const { functions } = await generated();
    for (const f of functions) {
      expect(f.result).toEqual({ dimensionality: "matrix" });
      for (const p of f.parameters ?? []) {
        expect([f.id, p.name, p.type, p.dimensionality ?? "scalar"]).toEqual([
          f.id,
          p.name,
          "any",
          p.name === "language" ? "scalar" : "matrix",
        ]);
      }
    }
    const status = functions.find((f) => f.id === "PLAN_STATUS");
    expect(status?.parameters?.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["actual", false],
      ["target", false],
      ["language", true],
    ]);
  });
});

describe("PLAN_FORECAST's metadata", () => {
  it("is volatile, so a forecast counted up to today follows the date", async () => {
    const { functions } = await generated();
    const forecast = functions.find((f) => f.id === "PLAN_FORECAST") as { options?: { volatile?: boolean } };
    expect(forecast.options?.volatile).toBe(true);
  });
});

describe("Vietnamese metadata", () => {
  it("translates every function and parameter, keeping ids and names", async () => {
    const english = await generated();
    const vietnamese = localizeMetadata(english, translations as TranslationTable);
    expect(vietnamese.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    const planPct = vietnamese.functions[0];
    expect(planPct.description).toContain("Tỷ lệ thực hiện kế hoạch");
    expect(planPct.parameters?.map((p) => [p.name, p.description])).toEqual([
      ["actual", translations.PLAN_PCT.parameters.actual],
      ["target", translations.PLAN_PCT.parameters.target],
    ]);
    expect(planPct.result).toEqual(english.functions[0].result);
  });

  it("names every missing translation", async () => {
    const english = await generated();
    const withoutAge = Object.fromEntries(
      Object.entries(translations as TranslationTable).filter(([id]) => id !== "AGE"),
    );
    const partial: TranslationTable = { ...withoutAge, VN_KEY: { ...translations.VN_KEY, parameters: {} } };
    expect(() => localizeMetadata(english, partial)).toThrow(
      "Missing Vietnamese translations: AGE, AGE.birth, AGE.asOf, VN_KEY.text",
    );
  });

  it("names translations left over from a renamed parameter", async () => {
    const english = await generated();
    const table = translations as TranslationTable;
    const stale: TranslationTable = {
      ...table,
      PLAN_GAP: { ...table.PLAN_GAP, parameters: { ...table.PLAN_GAP.parameters, shortfall: "…" } },
    };
    expect(() => localizeMetadata(english, stale)).toThrow(
      "Translations for unknown functions or parameters: PLAN_GAP.shortfall",
    );
  });
});
