import { createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { rosterSheet } from "../../test/host/sample-roster";
import { dataValidationPlan, LISTS_SHEET } from "../core/repair";
import { locateRoster } from "../core/roster";
import { DEFAULT_SETTINGS } from "../core/settings";
import { detectCapabilities } from "./capabilities";
import { applyInputRules, removeInputRules } from "./input-rules";
import { INPUT_RULES_KEY } from "./input-rules-record";
import { readSheet } from "./read-sheet";

const SHEET = "Danh sách";

/** The user's own rule on the unit column (G), set before the add-in's. */
const USER_RULE = {
  rule: { textLength: { formula1: 100, operator: "LessThan" } },
  prompt: null,
  errorAlert: null,
  ignoreBlanks: true,
};

async function setup() {
  const host = createFakeHost(workbookFromGrid([rosterSheet(SHEET, 30)]));
  const sheet = sheetByName(host.workbook, SHEET);
  sheet.validations = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`${i + 4}:6`, structuredClone(USER_RULE)]),
  );
  const input = await readSheet(
    host.context(),
    { sheet: SHEET },
    { caps: detectCapabilities(host.Office.context.requirements) },
  );
  const layout = locateRoster(input, DEFAULT_SETTINGS);
  if (!layout) throw new Error("the sample roster must be found");
  return { host, plan: dataValidationPlan(layout, { origin: input.origin, lang: "vi" }) };
}

describe("input rules", () => {
  it("puts drop-down lists and date rules with Vietnamese prompts on the roster's columns", async () => {
    const { host, plan } = await setup();

    const result = await applyInputRules(host.context(), SHEET, plan);

    expect(result.applied).toEqual(plan.columns.map((c) => c.field));
    expect(result.kept).toEqual([]);
    expect((await applyInputRules(host.context(), SHEET, plan)).already).toEqual(result.applied);
    const validations = sheetByName(host.workbook, SHEET).validations ?? {};
    // Ethnicity (E): the list lives on the hidden lists sheet.
    expect(validations["4:4"]).toMatchObject({
      rule: { list: { inCellDropDown: true, source: expect.stringContaining(LISTS_SHEET) } },
      prompt: { showPrompt: true, title: "Dân tộc" },
    });
    expect(validations["33:4"]?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    // Birth dates (C): a date rule.
    expect(validations["4:2"]?.rule).toEqual({
      date: { formula1: "1900-01-01", formula2: "2100-12-31", operator: "Between" },
    });
    expect(validations["4:6"]).toEqual(USER_RULE);
    const lists = sheetByName(host.workbook, LISTS_SHEET);
    expect(lists.visibility).toBe("Hidden");
    expect(lists.cells.flatMap((row) => row?.map((cell) => cell?.value) ?? [])).toContain("Tày");
  });

  it("removes exactly its own rules and lists sheet, leaving the user's rules as they were", async () => {
    const { host, plan } = await setup();
    const before = snapshot(host.workbook);
    await applyInputRules(host.context(), SHEET, plan);

    expect(await removeInputRules(host.context())).toEqual({ removed: plan.columns.length, changed: [] });
    expect(host.workbook).toEqual(before);
    expect(host.workbook.settings[INPUT_RULES_KEY]).toBeUndefined();
  });

  it("never replaces nor removes a rule the user set on a column", async () => {
    const { host, plan } = await setup();
    const birth = plan.columns.find((c) => c.field === "birthDateMale");
    if (!birth) throw new Error("the sample roster has a birth date column for men");
    // The user's rule on the male birth dates, set first: the add-in keeps off that column.
    const sheet = sheetByName(host.workbook, SHEET);
    for (let r = 4; r < 34; r++) (sheet.validations ??= {})[`${r}:2`] = structuredClone(USER_RULE);
    const result = await applyInputRules(host.context(), SHEET, plan);
    expect(result.kept).toEqual(["birthDateMale"]);
    // Then the user changes the add-in's ethnicity rule on one cell.
    const changed = { ...structuredClone(USER_RULE), prompt: { showPrompt: true, title: "Của tôi", message: "" } };
    (sheet.validations ??= {})["10:4"] = changed;

    const removed = await removeInputRules(host.context());

    expect(removed.changed).toEqual([`${SHEET}!${plan.columns.find((c) => c.field === "ethnicity")?.range}`]);
    expect(sheet.validations?.["4:2"]).toEqual(USER_RULE);
    expect(sheet.validations?.["10:4"]).toEqual(changed);
    expect(sheet.validations?.["4:6"]).toEqual(USER_RULE);
    expect(sheet.validations?.["4:3"]).toBeUndefined();
  });

  it("puts its lists on a sheet of its own beside a user's sheet of the same name, and removes only its own", async () => {
    const { host, plan } = await setup();
    host.workbook.sheets.push(...workbookFromGrid([{ name: LISTS_SHEET, rows: [["Danh mục của phòng"]] }]).sheets);
    const before = snapshot(host.workbook);

    const result = await applyInputRules(host.context(), SHEET, plan);

    expect(result.listsSheet).toBe(`${LISTS_SHEET} (2)`);
    expect(sheetByName(host.workbook, LISTS_SHEET)).toEqual(sheetByName(before, LISTS_SHEET));
    const validations = sheetByName(host.workbook, SHEET).validations ?? {};
    expect(
      String(validations["4:4"]?.rule?.list && (validations["4:4"].rule.list as { source: string }).source),
    ).toContain(`'${LISTS_SHEET} (2)'!`);
    // Applied again, the rules find the add-in's lists sheet by its id, renamed or not.
    sheetByName(host.workbook, `${LISTS_SHEET} (2)`).name = "Danh mục của tiện ích";
    expect((await applyInputRules(host.context(), SHEET, plan)).already.length).toBeGreaterThan(0);

    await removeInputRules(host.context());
    expect(host.workbook).toEqual(before);
  });

  it("fails on hosts without ExcelApi 1.8, having changed nothing", async () => {
    const { plan } = await setup();
    const old = createFakeHost(workbookFromGrid([rosterSheet(SHEET, 30)]), { apiVersion: "1.7" });
    const before = snapshot(old.workbook);
    await expect(applyInputRules(old.context(), SHEET, plan)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(old.workbook).toEqual(before);
  });
});
