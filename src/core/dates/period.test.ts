import { parsePeriodText } from "./period";

const read = (text: string) => {
  const parsed = parsePeriodText(text);
  if (!parsed.ok) return parsed.reason;
  const show = ({ ymd, yearOnly, monthOnly }: (typeof parsed)["start"]) =>
    yearOnly ? `${ymd.y}` : `${monthOnly ? "" : `${ymd.d}/`}${ymd.m}/${ymd.y} (${ymd.d})`;
  return `${show(parsed.start)} → ${show(parsed.end)}`;
};

describe("a period typed in one cell", () => {
  it.each([
    ["03/2020 - 10/2020", "3/2020 (1) → 10/2020 (31)"],
    ["Tháng 3-10/2020", "3/2020 (1) → 10/2020 (31)"],
    ["Từ 9/2019 đến 6/2021", "9/2019 (1) → 6/2021 (30)"],
    ["Từ tháng 9/2020 đến tháng 6/2022", "9/2020 (1) → 6/2022 (30)"],
    ["T9/2020 - T2/2024", "9/2020 (1) → 2/2024 (29)"],
    ["09.2019 – 06.2021", "9/2019 (1) → 6/2021 (30)"],
    ["05/09/2019 - 30/06/2021", "5/9/2019 (5) → 30/6/2021 (30)"],
    ["2019 - 2021", "2019 → 2021"],
    ["Năm 2019-2021", "2019 → 2021"],
  ])("“%s” runs from the first day it names to the last: %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(["03/2020 - 13/2020", "31/02/2020 - 2021", "1885 - 1887"])("“%s” names a day that does not exist", (text) => {
    expect(read(text)).toBe("invalid");
  });

  it.each(["2 năm", "9/2019", "24", "quý 3/2020", "05/03/2020", "Thạc sĩ", ""])("“%s” is no period to read", (text) => {
    expect(read(text)).toBe("not-a-period");
  });
});
