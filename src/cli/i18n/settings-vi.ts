import { DEFAULT_SETTINGS } from "../../core/settings";
import type { JsonKind } from "../../core/settings-check";
import type { JsonFault } from "../json-fault";
import type { SettingsFileProblem } from "../settings-problem";
import { printable } from "../visible-text";

const KINDS: Record<JsonKind, string> = {
  number: "một số",
  text: "văn bản",
  "true-false": "true/false",
  list: "một danh sách [ ]",
  object: "một đối tượng { }",
  null: "null",
};

const FAULTS: Record<JsonFault, string> = {
  empty: "tệp trống",
  "unexpected-character": 'ký tự không hợp lệ (tên và văn bản phải nằm trong dấu nháy kép "…")',
  "bad-number": "số viết sai",
  "name-expected": "cần tên thiết lập trong dấu nháy kép",
  "value-expected": "thiếu giá trị",
  "colon-expected": "thiếu dấu hai chấm sau tên thiết lập",
  "comma-expected": "thiếu dấu phẩy giữa hai thiết lập",
  "trailing-comma": "thừa dấu phẩy trước dấu đóng",
  "close-brace-expected": "thiếu dấu } đóng",
  "close-bracket-expected": "thiếu dấu ] đóng",
  "end-expected": "còn nội dung sau dấu } cuối cùng",
  comment: "JSON không cho phép ghi chú (// hoặc /* */)",
  "unfinished-text": "văn bản thiếu dấu nháy kép đóng",
  "bad-escape": "dấu \\ trong văn bản phải viết thành \\\\",
};

const quoted = (text: string) => `"${printable(text)}"`;

/** One problem of a settings file, as a clause after the file's name. */
function problemVi(p: SettingsFileProblem): string {
  switch (p.code) {
    case "not-found":
      return "không tìm thấy tệp.";
    case "folder":
      return "đây là một thư mục, không phải tệp.";
    case "not-a-file":
      return "đây không phải tệp thông thường (có thể là ống dẫn hoặc thiết bị).";
    case "no-permission":
      return "không có quyền đọc tệp.";
    case "unreadable":
      return "không đọc được tệp.";
    case "too-large":
      return `tệp lớn hơn ${p.limit / 1024} KB, không phải tệp thiết lập.`;
    case "not-utf8":
      return "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.";
    case "not-json":
      if (p.at === null) return "không phải JSON hợp lệ.";
      if (p.at.fault === "empty") return 'tệp trống; cần một đối tượng JSON, ví dụ { "postgradMaxAge": 45 }.';
      return `không phải JSON hợp lệ: dòng ${p.at.line}, cột ${p.at.column}: ${FAULTS[p.at.fault]}.`;
    case "duplicate-key":
      return `${quoted(p.key)} được ghi hai lần (lần sau ở dòng ${p.line}); hãy giữ một.`;
    case "not-an-object":
      return `cần một đối tượng JSON ({ "tên": giá trị, ... }), nhưng tệp chứa ${KINDS[p.given]}.`;
    case "unknown-key":
      return p.suggestion !== null
        ? `không có thiết lập ${quoted(p.key)}; có phải "${p.suggestion}"?`
        : `không có thiết lập ${quoted(p.key)} (các thiết lập: ${Object.keys(DEFAULT_SETTINGS).join(", ")}).`;
    case "wrong-type":
      if (p.expected === "whole-number")
        return p.given === "number"
          ? `"${p.key}" phải là số nguyên, không có phần thập phân.`
          : `"${p.key}" phải là một số nguyên (không đặt trong dấu nháy), không phải ${KINDS[p.given]}.`;
      return p.expected === "date"
        ? `"${p.key}" phải là một ngày dạng "dd/mm/yyyy" (trong dấu nháy kép), không phải ${KINDS[p.given]}.`
        : `"${p.key}" phải là văn bản trong dấu nháy kép, không phải ${KINDS[p.given]}.`;
    case "out-of-range":
      return `"${p.key}" phải từ ${p.min} đến ${p.max}, không phải ${p.value}.`;
    case "bad-date":
      return `"${p.key}" phải là một ngày có thật dạng dd/mm/yyyy, không phải ${quoted(p.value)}.`;
  }
}

/** Why the --settings file was refused: one line for one problem, else a line for each. */
export function settingsFileVi(file: string, problems: readonly SettingsFileProblem[]): string {
  const name = quoted(file);
  if (problems.length === 1) return `Tệp thiết lập ${name} không dùng được: ${problemVi(problems[0])}`;
  return [
    `Tệp thiết lập ${name} có ${problems.length} vấn đề; không thiết lập nào được áp dụng:`,
    ...problems.map((p) => `  - ${problemVi(p)}`),
  ].join("\n");
}
