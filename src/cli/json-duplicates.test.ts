import { duplicateKeys } from "./json-duplicates";

describe("duplicateKeys", () => {
  test("a name given twice at the top is found, with the line of the second", () => {
    const text = '{\n  "postgradMaxAge": 40,\n  "today": "",\n  "postgradMaxAge": 45\n}';
    expect(duplicateKeys(text)).toEqual([{ key: "postgradMaxAge", line: 4 }]);
  });

  test("names inside nested values and names given once are not duplicates", () => {
    expect(duplicateKeys('{ "a": { "b": 1, "c": { "b": 2 } }, "b": [ { "a": 1 } ] }')).toEqual([]);
  });
});
