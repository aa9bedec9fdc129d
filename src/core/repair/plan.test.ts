import type { RuleId } from "../report/types";
import { check, serialOf, trainees, trainingSheet, type TrainingPerson } from "../../../test/support/core/grid";
import { applyRepairs } from "./apply";
import { planRepairs } from "./plan";
import { withFonts } from "../../../test/support/core/repair-sheets";
import { FIXABLE_RULES } from "./types";

function plan(change: TrainingPerson, fonts: Record<string, string> = {}, rules?: RuleId[]) {
  const sheet = withFonts(trainingSheet(trainees({ 1: change })), fonts);
  const repairs = planRepairs(check(sheet), sheet, rules);
  return { sheet, repairs };
}

const fixable = (rule: RuleId) => (FIXABLE_RULES as readonly RuleId[]).includes(rule);

describe("planRepairs: one repair per cell, fixes composed", () => {
  it.each([
    [
      "TCVN3 with stray spaces",
      { fullName: "  NguyÔn  V¨n B×nh " },
      { B6: ".VnTime" },
      "Nguyễn Văn Bình",
      ["legacy-encoding", "whitespace"],
      "Times New Roman",
    ],
    [
      "VNI with doubled spaces",
      { fullName: "Nguyeãn  Vaên Chung" },
      { B6: "VNI-Times" },
      "Nguyễn Văn Chung",
      ["legacy-encoding", "whitespace"],
      "Times New Roman",
    ],
    [
      "TCVN3 capitals font",
      { unit: "ban tæ chøc tØnh ñy" },
      { G6: ".VnTimeH" },
      "BAN TỔ CHỨC TỈNH ỦY",
      ["legacy-encoding"],
      "Times New Roman",
    ],
    ["TCVN3 told by its letters alone", { unit: "Së Néi vô" }, {}, "Sở Nội vụ", ["legacy-encoding"], "Times New Roman"],
    [
      "decomposed Unicode with a trailing space",
      { fullName: "Hoàng Thị Bích ".normalize("NFD") },
      {},
      "Hoàng Thị Bích",
      ["not-nfc", "whitespace"],
      undefined,
    ],
    [
      "an ethnic group without diacritics, padded",
      { ethnicity: " Nung" },
      {},
      "Nùng",
      ["whitespace", "unknown-value"],
      undefined,
    ],
  ])("%s", (_name, change, fonts, after, rules, font) => {
    const { repairs } = plan(change, fonts);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toMatchObject({ after, rules });
    expect(repairs[0].after).toBe((after as string).normalize("NFC"));
    expect(repairs[0].font).toBe(font);
    expect(repairs[0].numberFormat).toBeUndefined();
  });

  it("gives the exact Unicode code points for TCVN3 and VNI names", () => {
    const tcvn3 = plan({ fullName: "TrÇn Ph¹m Hoµng §Æng Bïi Tr\u00ADêng" }, { B6: ".VnTime" }).repairs[0]
      .after as string;
    const vni = plan({ fullName: "Löông Thò Hueä" }, { B6: "VNI-Times" }).repairs[0].after as string;
    expect([...tcvn3].map((ch) => ch.codePointAt(0))).toEqual(
      [..."Trần Phạm Hoàng Đặng Bùi Trường".normalize("NFC")].map((ch) => ch.codePointAt(0)),
    );
    expect(tcvn3).toBe("Tr\u1EA7n Ph\u1EA1m Ho\u00E0ng \u0110\u1EB7ng B\u00F9i Tr\u01B0\u1EDDng");
    expect(vni).toBe("L\u01B0\u01A1ng Th\u1ECB Hu\u1EC7");
  });

  it("turns a text date into a real date shown dd/mm/yyyy, even with spaces around it", () => {
    const { repairs } = plan({ birthDate: " 05/11/1990" });
    expect(repairs).toEqual([
      {
        cell: "C6",
        row: 6,
        col: 3,
        rules: ["whitespace", "text-date"],
        before: " 05/11/1990",
        after: serialOf("05/11/1990"),
        numberFormat: "dd/mm/yyyy",
      },
    ]);
  });

  it("gives a Unicode font to a legacy-font cell whose value is replaced by a list value", () => {
    const { repairs } = plan({ ethnicity: "Tay" }, { E6: ".VnTime" });
    expect(repairs).toMatchObject([{ cell: "E6", after: "Tày", rules: ["unknown-value"], font: "Times New Roman" }]);
  });

  it("leaves the font alone when the cell already has the Unicode font", () => {
    const { repairs } = plan({ fullName: "NguyÔn V¨n B×nh" }, {}, undefined);
    expect(repairs[0].font).toBe("Times New Roman");
    const sheet = withFonts(trainingSheet(trainees({ 1: { fullName: "NguyÔn V¨n B×nh" } })), {}, "Times New Roman");
    expect(planRepairs(check(sheet), sheet)[0].font).toBeUndefined();
  });
});

describe("planRepairs: what it leaves alone", () => {
  it("applies only the rules asked for: tidying alone keeps legacy text legacy, in its font", () => {
    const { sheet, repairs } = plan({ fullName: "  NguyÔn V¨n B×nh" }, { B6: ".VnTime" }, ["whitespace"]);
    expect(repairs).toEqual([
      { cell: "B6", row: 6, col: 2, rules: ["whitespace"], before: "  NguyÔn V¨n B×nh", after: "NguyÔn V¨n B×nh" },
    ]);
    const again = check(applyRepairs(sheet, repairs));
    expect(again.issues.filter((issue) => issue.cell === "B6").map((issue) => issue.rule)).toEqual(["legacy-encoding"]);
  });

  it("proposes nothing for issues without a fix, nor for rules that have none", () => {
    const { repairs } = plan({
      ethnicity: "Không rõ",
      decisionNumber: null,
      decisionDate: null,
      fullName: "Nguyen Van Binh",
    });
    expect(repairs).toEqual([]);
  });

  it("skips a cell changed since the check", () => {
    const sheet = trainingSheet(trainees({ 1: { fullName: " Hoàng Thị Bích" } }));
    const report = check(sheet);
    const edited = trainingSheet(trainees({ 1: { fullName: "Hoàng Thị Bích Ngọc " } }));
    expect(planRepairs(report, edited)).toEqual([]);
  });

  it("keeps hostile text as text: a tidied formula-like note is the string, not a formula", () => {
    const { sheet, repairs } = plan({ notes: '  =HYPERLINK("http://x.example","Bấm")  ' });
    expect(repairs).toMatchObject([
      { cell: "N6", after: '=HYPERLINK("http://x.example","Bấm")', rules: ["whitespace"] },
    ]);
    const again = check(applyRepairs(sheet, repairs));
    expect(again.issues.map((issue) => [issue.cell, issue.rule])).toEqual([["N6", "formula-text"]]);
  });

  it("after the repairs, the check finds no fixable issue left and every other cell is as it was", () => {
    const people = trainees({
      0: { fullName: "NguyÔn V¨n An ", ethnicity: "Tay", notes: "Häc  tËp trung" },
      1: { fullName: "Hoàng Thị Bích".normalize("NFD"), birthDate: "05/11/1990", unit: "UBND  huyện Hòa An" },
      2: { fullName: "Lyù Vaên Paùo", decisionDate: "01/04/2024", gender: "Nma" },
      3: { ethnicity: "Không rõ" },
    });
    const sheet = withFonts(trainingSheet(people), { B7: "VNI-Times" });
    const repairs = planRepairs(check(sheet), sheet);
    const repaired = applyRepairs(sheet, repairs);
    const left = check(repaired).issues.filter((issue) => fixable(issue.rule));
    expect(left.map((issue) => [issue.cell, issue.rule, issue.fix])).toEqual([["E8", "unknown-value", undefined]]);
    const touched = new Set(repairs.map((repair) => `${repair.row - 1},${repair.col - 1}`));
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!touched.has(`${r},${c}`))
          expect([r, c, repaired.values[r][c], repaired.fonts?.[r][c]]).toEqual([r, c, value, sheet.fonts?.[r][c]]);
      }),
    );
    expect(repairs.map((repair) => repair.cell)).toEqual(["B5", "E5", "N5", "B6", "C6", "G6", "B7", "D7", "M7"]);
  });
});
