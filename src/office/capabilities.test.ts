import { createFakeHost, workbookFromGrid } from "../../test/host";
import { detectCapabilities, missingFeatureMessages } from "./capabilities";

const requirementsOf = (apiVersion: string) =>
  createFakeHost(workbookFromGrid([]), { apiVersion }).Office.context.requirements;

describe("capabilities", () => {
  it("follow the ExcelApi version of the host", () => {
    expect(detectCapabilities(requirementsOf("1.13"))).toEqual({
      settings: true,
      conditionalFormats: true,
      hyperlinks: true,
      worksheetCopy: true,
      freezePanes: true,
      autoFilter: true,
      dataValidation: true,
      cellProperties: true,
      rangeAreas: true,
      rangeTables: true,
      mergedAreas: true,
      insertWorksheetsFromBase64: true,
    });
    const office2019 = detectCapabilities(requirementsOf("1.7"));
    expect(office2019).toMatchObject({
      settings: true,
      conditionalFormats: true,
      hyperlinks: true,
      worksheetCopy: true,
      cellProperties: false,
      mergedAreas: false,
    });
  });

  it("explain in the user's language what this Excel cannot do, and nothing on a recent one", () => {
    expect(missingFeatureMessages(detectCapabilities(requirementsOf("1.20")), "vi")).toEqual([]);
    const vi = missingFeatureMessages(detectCapabilities(requirementsOf("1.7")), "vi");
    expect(vi).toHaveLength(3);
    expect(vi.join("\n")).toMatch(/phông chữ.*1\.9/);
    expect(vi.join("\n")).toMatch(/ô gộp.*1\.13/);
    const en = missingFeatureMessages(detectCapabilities(requirementsOf("1.4")), "en");
    expect(en).toEqual([
      expect.stringContaining("cannot colour the cells"),
      expect.stringContaining("HYPERLINK formulas"),
      expect.stringContaining("cell fonts"),
      expect.stringContaining("merged cells"),
    ]);
  });
});
