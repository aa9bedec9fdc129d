import { closedList } from "./closed-list";
import { editDistance } from "./distance";

describe("closed lists", () => {
  const list = closedList([
    { name: "Nam", aliases: ["Male"] },
    { name: "Nữ", aliases: ["Female"] },
  ]);

  it("accepts names and aliases in any case, form or spacing", () => {
    expect(list.match(" nữ ".normalize("NFD"))).toEqual({ kind: "known", name: "Nữ" });
    expect(list.match("MALE")).toEqual({ kind: "known", name: "Nam" });
  });

  it("proposes the value a misspelling means, and nothing for short guesses", () => {
    expect(list.nearest("Nu")).toBe("Nữ");
    expect(list.nearest("Femal")).toBe("Nữ");
    expect(list.nearest("x")).toBeNull();
    expect(list.nearest("")).toBeNull();
  });
});

describe("edit distance", () => {
  it.each([
    ["tay", "tay", 0],
    ["tay", "tai", 1],
    ["nma", "nam", 1],
    ["", "abc", 3],
    ["kinh", "kihn", 1],
  ])("from %j to %j is %d", (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it("stops at the limit", () => {
    expect(editDistance("thacsi", "caocapllct", 2)).toBe(3);
  });
});
