import { readFileSync } from "fs";

import { join } from "path";
import { summarize, validateWorkbook } from "../engine";
import { RULES } from "../rules";
import { date, sheetFrom } from "../../../test/support/core/grid";
import { keyPaths } from "../../../test/support/key-paths";

const doc = readFileSync(join(__dirname, "../../../docs/report-format.md"), "utf8");

/** Rows of the table under the "## Rules" heading: [id, severity]. */
function documentedRules(): [string, string][] {
  const section = doc.slice(doc.indexOf("\n## Rules"), doc.indexOf("\n## Example"));
  return [...section.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
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
