import { parseGender } from "./gender";

describe("gender as rosters write it", () => {
  it.each(["Nam", "nam", "NAM", " nam  giới ", "Nam giới", "M", "m", "male", "Male"])("reads %j as male", (text) => {
    expect(parseGender(text)).toBe("male");
  });

  it.each([
    "Nữ",
    "nữ",
    "NỮ",
    "Nữ".normalize("NFD"),
    "NỮ".normalize("NFD"),
    "Nu",
    "nữ giới",
    "F",
    "f",
    "female",
    "FEMALE",
  ])("reads %j as female", (text) => {
    expect(parseGender(text)).toBe("female");
  });

  it.each(["", "x", "Nguyễn", "constructor", "1"])("does not guess from %j", (text) => {
    expect(parseGender(text)).toBeNull();
  });
});
