import { adminLevel, parseLevel } from "./admin-level";

describe("administrative level of a unit", () => {
  test.each([
    ["Sở Y tế", "province"],
    ["Ban Tổ chức Tỉnh ủy", "province"],
    ["UBND huyện Hòa An", "district"],
    ["Trung tâm Y tế huyện Hà Quảng", "district"],
    ["UBND thị xã Quảng Uyên", "district"],
    ["UBND xã Hồng Việt, huyện Hòa An", "commune"],
    ["Đảng ủy phường Sông Hiến", "commune"],
    ["UBND THỊ TRẤN NƯỚC HAI", "commune"],
  ])("%s is %s", (unit, level) => {
    expect(adminLevel(unit)).toBe(level);
  });

  test("a blank unit has no level", () => {
    expect(adminLevel("  ")).toBeNull();
  });

  test("levels as a targets sheet writes them", () => {
    expect(parseLevel("Tỉnh")).toBe("province");
    expect(parseLevel("cấp huyện")).toBe("district");
    expect(parseLevel("XÃ")).toBe("commune");
    expect(parseLevel("Trung ương")).toBeNull();
  });
});
