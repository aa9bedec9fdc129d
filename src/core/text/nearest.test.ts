import { nearestName } from "./nearest";

describe("nearestName", () => {
  const options = ["json", "csv", "delimiter", "lang", "settings", "help"];

  test.each([
    ["jsn", "json"],
    ["josn", "json"],
    ["JSON", "json"],
    ["setting", "settings"],
    ["delimeter", "delimiter"],
    ["lnag", "lang"],
  ])("%j is taken for %j", (typed, known) => {
    expect(nearestName(typed, options)).toBe(known);
  });

  test("a name like none of them gets no suggestion", () => {
    expect(nearestName("xml", options)).toBeNull();
    expect(nearestName("targets", options)).toBeNull();
    expect(nearestName("", options)).toBeNull();
  });
});
