import { createFakeHost, workbookFromGrid } from "../../test/host";
import { detectCapabilities, missingFeatures } from "./capabilities";

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
      createWorkbook: true,
      spills: true,
    });
    expect(detectCapabilities(requirementsOf("1.11")).spills).toBe(false);
    const office2019 = detectCapabilities(requirementsOf("1.7"));
    expect(office2019).toMatchObject({
      settings: true,
      conditionalFormats: true,
      hyperlinks: true,
      worksheetCopy: true,
      createWorkbook: false,
      cellProperties: false,
      mergedAreas: false,
    });
  });

  it("name what this Excel lacks that the user would notice, and nothing on a recent one", () => {
    expect(missingFeatures(detectCapabilities(requirementsOf("1.20")))).toEqual([]);
    expect(missingFeatures(detectCapabilities(requirementsOf("1.7")))).toEqual([
      "cellProperties",
      "rangeAreas",
      "mergedAreas",
    ]);
    // Without conditional formats nothing is marked, so slower marking is not worth a line.
    expect(missingFeatures(detectCapabilities(requirementsOf("1.4")))).toEqual([
      "conditionalFormats",
      "hyperlinks",
      "cellProperties",
      "mergedAreas",
    ]);
  });
});
