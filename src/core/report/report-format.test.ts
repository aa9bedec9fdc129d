import { readFileSync } from "fs";

import { join } from "path";
import { summarize, validateWorkbook } from "../engine";
import { type ParamKind, type ParamsSpec, RULES } from "../rules";
import { date, sheetFrom } from "../../../test/support/core/grid";
import { keyPaths } from "../../../test/support/key-paths";

const doc = readFileSync(join(__dirname, "../../../docs/report-format.md"), "utf8");

function section(from: string, to: string): string {
  return doc.slice(doc.indexOf(`\n${from}\n`), doc.indexOf(`\n${to}\n`));
}

/** Rows of the table under the "## Rules" heading: [id, severity]. */
function documentedRules(): [string, string][] {
  return [...section("## Rules", "### Parameters").matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
}

/** Rows of the table under "### Parameters": [id, params as written]. */
function documentedParams(): [string, string][] {
  return [...section("### Parameters", "## Example").matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => [
    m[1],
    m[2],
  ]);
}

const KIND_NAMES: Record<Extract<ParamKind, string>, string> = {
  text: "text",
  date: "date",
  count: "integer",
  decimal: "number",
  "text?": "text, optional",
  "date?": "date, optional",
  "count?": "integer, optional",
  "decimal?": "number, optional",
};

/** A descriptor as the table writes it: `age` (integer), `basis` (`"decision"` or `"start"`). */
function written(spec: ParamsSpec): string {
  const params = Object.entries(spec).map(([name, kind]) => {
    if (typeof kind === "string") return `\`${name}\` (${KIND_NAMES[kind]})`;
    const codes = kind.map((code) => `\`"${code}"\``);
    return `\`${name}\` (${codes.slice(0, -1).join(", ")} or ${codes[codes.length - 1]})`;
  });
  return params.length === 0 ? "none" : params.join(", ");
}

/** The workbook the documented example describes. */
function exampleReport() {
  const cover = sheetFrom([["BÁO CÁO"]], { name: "Bìa" });
  const roster = sheetFrom(
    [
      ["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO NĂM 2024"],
      ["STT", "Họ và tên", "Ngày sinh", "Dân tộc", "Chương trình đào tạo", "Số quyết định"],
      [1, "Nguyễn Văn An", date("12/03/1985"), "Tay", "Thạc sĩ Quản lý công", "125-QĐ/TU"],
      [2, "Hoàng Thị Bích", date("05/11/1990"), "Nùng", "Cao cấp lý luận chính trị", null],
      [3, "Nguyễn Văn An", date("12/03/1985"), "Tày", "Thạc sĩ Quản lý công", "126-QĐ/TU"],
    ],
    { name: "Đào tạo" },
  );
  return summarize([
    validateWorkbook({ file: "dao-tao-2024.xlsx", sheets: [cover, roster] }, { today: { y: 2025, m: 10, d: 1 } }),
  ]);
}

describe("docs/report-format.md", () => {
  it("lists exactly the rules the engine runs, with their default severities", () => {
    expect(documentedRules().sort()).toEqual(RULES.map((rule) => [rule.id, rule.severity]).sort());
  });

  it("lists the parameters of every rule as its descriptor declares them", () => {
    expect(documentedParams().sort()).toEqual(RULES.map((rule) => [rule.id, written(rule.params)]).sort());
  });

  it("shows an example with exactly the keys of a real report, at every level", () => {
    const json = /```json\n([\s\S]*?)\n```/.exec(doc);
    expect(json).not.toBeNull();
    const example: unknown = JSON.parse(json?.[1] ?? "null");
    expect([...keyPaths(example)].sort()).toEqual([...keyPaths(exampleReport())].sort());
  });

  it("shows the issues the example workbook really raises", () => {
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "null");
    expect(example).toEqual(exampleReport());
  });
});
