import type { SheetInput } from "../grid/types";
import { locateRoster } from "../roster";
import { rotationSheet, trainingSheet } from "../../../test/support/core/grid";
import { DEFAULT_SETTINGS } from "../settings";
import { ETHNIC_GROUPS } from "../vocab";
import { dataValidationPlan, LITERAL_LIST_LIMIT } from "./validation-plan";

function layoutOf(sheet: SheetInput) {
  const layout = locateRoster(sheet, DEFAULT_SETTINGS);
  if (layout === null) throw new Error("no roster");
  return layout;
}

describe("dataValidationPlan", () => {
  const plan = dataValidationPlan(layoutOf(trainingSheet()));
  const byField = (field: string) => plan.columns.find((column) => column.field === field);

  it("puts a rule on each list and date column, over the data rows", () => {
    expect(plan.columns.map((column) => [column.field, column.range, column.rule.type])).toEqual([
      ["birthDate", "C5:C8", "date"],
      ["gender", "D5:D8", "list"],
      ["ethnicity", "E5:E8", "list"],
      ["programme", "H5:H8", "list"],
      ["trainingStart", "J5:J8", "date"],
      ["trainingEnd", "K5:K8", "date"],
      ["decisionDate", "M5:M8", "date"],
    ]);
  });

  it("types the gender list into the rule and refuses anything else", () => {
    expect(byField("gender")).toMatchObject({
      rule: { type: "list", source: "Nam,Nữ", onListsSheet: false },
      prompt: { title: "Giới tính", message: "Chọn Nam hoặc Nữ trong danh sách." },
      alert: { style: "stop", title: "Giới tính không hợp lệ" },
    });
  });

  it("puts the ethnic groups, too long for Excel's 255-character list, on a hidden sheet the rule points at", () => {
    const rule = byField("ethnicity")?.rule;
    if (rule?.type !== "list") throw new Error("not a list");
    expect(rule.values.join(",").length).toBeGreaterThan(LITERAL_LIST_LIMIT);
    expect(rule.values.slice(0, 54)).toEqual(ETHNIC_GROUPS.map((group) => group.name));
    expect(rule.values).toEqual(expect.arrayContaining(["H'Mông", "Khmer", "Sán Chỉ"]));
    expect(rule).toMatchObject({
      onListsSheet: true,
      source: `='Danh mục nhập liệu'!$A$2:$A$${rule.values.length + 1}`,
    });
    expect(byField("ethnicity")?.alert.style).toBe("warning");
    expect(plan.listsSheet?.columns[0]).toEqual({ column: "A", header: "Dân tộc", values: rule.values });
    expect(plan.explanation).toContain('trang ẩn "Danh mục nhập liệu"');
  });

  it("suggests programmes without refusing others, from the hidden sheet since a name holds a comma", () => {
    expect(byField("programme")).toMatchObject({
      rule: { source: "='Danh mục nhập liệu'!$B$2:$B$17", onListsSheet: true },
      alert: { style: "information" },
    });
    expect(plan.listsSheet?.columns.map((c) => c.header)).toEqual(["Dân tộc", "Chương trình đào tạo"]);
  });

  it("allows real dates from 01/01/1900 to 31/12/2100 only", () => {
    expect(byField("birthDate")).toMatchObject({
      rule: { type: "date", from: "1900-01-01", to: "2100-12-31", fromSerial: 1, toSerial: 73415 },
      prompt: { title: "Ngày sinh" },
      alert: { style: "stop", title: "Ngày không hợp lệ" },
    });
  });

  it("covers the Nam and Nữ birth-date columns of a two-row header, at the sheet's origin", () => {
    const rotation = dataValidationPlan(layoutOf(rotationSheet()), { origin: { row: 3, col: 2 }, lang: "en" });
    expect(rotation.columns.slice(0, 2).map((column) => [column.field, column.range, column.prompt.title])).toEqual([
      ["birthDateMale", "D7:D8", "Date of birth (male)"],
      ["birthDateFemale", "E7:E8", "Date of birth (female)"],
    ]);
    expect(rotation.explanation).toContain('hidden sheet "Danh mục nhập liệu"');
  });

  it("keeps every title within Excel's 32 characters and every message within 255, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const texts = dataValidationPlan(layoutOf(rotationSheet()), { lang }).columns.concat(
        dataValidationPlan(layoutOf(trainingSheet()), { lang }).columns,
      );
      for (const { prompt, alert } of texts) {
        expect([
          prompt.title.length <= 32,
          alert.title.length <= 32,
          prompt.message.length <= 255,
          alert.message.length <= 255,
        ]).toEqual([true, true, true, true]);
      }
    }
  });
});
