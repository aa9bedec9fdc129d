import { jsonFault } from "./json-fault";

describe("jsonFault", () => {
  test.each([
    ['{\n  "postgradMaxAge": 45,\n}', { line: 3, column: 1, fault: "trailing-comma" }],
    ["{ postgradMaxAge: 45 }", { line: 1, column: 3, fault: "unexpected-character" }],
    ["{'today': '01/09/2019'}", { line: 1, column: 2, fault: "unexpected-character" }],
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, fault: "comma-expected" }],
    ['{"a": 1', { line: 1, column: 8, fault: "close-brace-expected" }],
    ['{"a": "x}', { line: 1, column: 7, fault: "unfinished-text" }],
    ['// thiết lập\n{"a": 1}', { line: 1, column: 1, fault: "comment" }],
    ['{"a": 1}}', { line: 1, column: 9, fault: "end-expected" }],
    ["  \n", { line: 2, column: 1, fault: "empty" }],
    ['{"rosterSheet": "C:\\DS"}', { line: 1, column: 17, fault: "bad-escape" }],
  ])("%j: line, column and what is wrong", (text, at) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonFault(text)).toEqual(at);
  });
});
