import { tidySpaces } from "./tidy-spaces";

describe("tidySpaces", () => {
  it.each([
    ["  Nguyễn Văn A", "Nguyễn Văn A"],
    ["Nguyễn Văn A  ", "Nguyễn Văn A"],
    ["Nguyễn  Văn   A", "Nguyễn Văn A"],
    ["Nguyễn\u00A0Văn A", "Nguyễn Văn A"],
    ["Nguyễn\tVăn A", "Nguyễn Văn A"],
    ["Ngày, tháng,  năm\nsinh", "Ngày, tháng, năm\nsinh"],
    ["   ", ""],
  ])("tidies %j", (text, tidy) => {
    expect(tidySpaces(text)).toBe(tidy);
  });

  it.each(["Nguyễn Văn A", "Ngày, tháng, năm\nsinh", "", "A"])("returns null for clean %j", (text) => {
    expect(tidySpaces(text)).toBeNull();
  });
});
