import { createFakeHost, workbookFromGrid } from "../../../test/host";
import { detectCapabilities } from "../../office";
import { SHELL_TEXTS } from "../i18n";
import { unavailableTexts } from "./unavailable";

const capsOf = (apiVersion: string) =>
  detectCapabilities(createFakeHost(workbookFromGrid([]), { apiVersion }).Office.context.requirements);

describe("unavailableTexts", () => {
  it("explains in the user's language what this Excel cannot do and which Excel can, and nothing on a recent one", () => {
    expect(unavailableTexts(capsOf("1.20"), SHELL_TEXTS.vi)).toEqual([]);
    const vi = unavailableTexts(capsOf("1.7"), SHELL_TEXTS.vi);
    expect(vi).toHaveLength(3);
    expect(vi.join("\n")).toMatch(/phông chữ.*Excel 2021, Microsoft 365 hoặc Excel trên web/);
    expect(vi.join("\n")).toMatch(/ô gộp/);
    // Words a clerk knows: the versions of Excel, never the names of API sets.
    expect(vi.join("\n")).not.toMatch(/ExcelApi/);
    expect(unavailableTexts(capsOf("1.4"), SHELL_TEXTS.en)).toEqual([
      expect.stringContaining("cannot colour the cells"),
      expect.stringContaining("HYPERLINK formulas"),
      expect.stringContaining("cell fonts"),
      expect.stringContaining("merged cells"),
    ]);
  });
});
