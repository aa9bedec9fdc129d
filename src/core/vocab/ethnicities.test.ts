import { looseKey, strictKey } from "./keys";
import { ETHNIC_GROUPS, ETHNICITIES } from "./ethnicities";

describe("the 54 ethnic groups", () => {
  it("lists 54 distinct groups, Kinh first as in Quyết định 1019/QĐ-TCTK", () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map((group) => strictKey(group.name))).size).toBe(54);
    expect(ETHNIC_GROUPS[0].name).toBe("Kinh");
  });

  it("gives no two groups a spelling in common, even without diacritics", () => {
    const owner = new Map<string, string>();
    for (const group of ETHNIC_GROUPS) {
      for (const spelling of [group.name, ...group.aliases]) {
        const key = looseKey(spelling);
        expect([key, owner.get(key) ?? group.name]).toEqual([key, group.name]);
        owner.set(key, group.name);
      }
    }
  });

  it.each([
    ["Khmer", "Khơ-me"],
    ["Cao Lan", "Sán Chay"],
    ["Sán Chỉ", "Sán Chay"],
    ["Chàm", "Chăm"],
    ["Raglay", "Ra-glai"],
    ["Giẻ-Triêng", "Gié-Triêng"],
  ])("knows %j as %s", (text, name) => {
    expect(ETHNICITIES.match(text)).toEqual({ kind: "known", name });
  });

  it("finds the group a slip or missing diacritics stands for", () => {
    expect(ETHNICITIES.match("Tay")).toEqual({ kind: "near", name: "Tày" });
    expect(ETHNICITIES.match("Hmoong")).toEqual({ kind: "near", name: "Mông" });
    expect(ETHNICITIES.match("Xyz")).toEqual({ kind: "unknown" });
  });

  it("proposes the official name for an outdated exonym instead of accepting it", () => {
    expect(ETHNICITIES.match("Mèo")).toEqual({ kind: "near", name: "Mông" });
  });
});
