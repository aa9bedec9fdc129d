import { createFakeHost, workbookFromGrid, type GridOptions } from "../../test/host";
import { detectCapabilities } from "./capabilities";
import { activeTarget, listSheets } from "./active-target";
import { REPORT_SHEET, writeReportSheet } from "./report-sheet";
import { selectCell } from "./select-cell";

const SHEETS = [
  { name: "Tổng hợp", rows: [["Báo cáo"]] },
  {
    name: "Danh sách",
    rows: [
      ["Tiêu đề", null, null, null, null],
      ["STT", "Họ tên", null, "STT", "Họ tên"],
      [1, "An", null, 1, "Bình"],
    ],
    tables: [
      { name: "DaoTao", range: "A2:B3" },
      { name: "LuanChuyen", range: "D2:E3" },
    ],
  },
  { name: "Ẩn", rows: [["x"]], hidden: true },
  { name: REPORT_SHEET, rows: [["Kết quả"]] },
];

function hostAt(options: GridOptions, apiVersion = "1.13") {
  const host = createFakeHost(workbookFromGrid(SHEETS, options), { apiVersion });
  return { host, caps: detectCapabilities(host.Office.context.requirements) };
}

describe("activeTarget", () => {
  it.each(["1.13", "1.8"])("checks the table the selection is in (ExcelApi %s)", async (apiVersion) => {
    const { host, caps } = hostAt({ active: "Danh sách", selection: "E3" }, apiVersion);
    expect(await activeTarget(host.context(), caps)).toEqual({ sheet: "Danh sách", table: "LuanChuyen" });
    expect(host.stats.syncs).toBe(apiVersion === "1.13" ? 1 : 2);
  });

  it.each([["A1"], ["A1:E3"]])(
    "checks the whole sheet when the selection (%s) is in no table or in two",
    async (selection) => {
      const { host, caps } = hostAt({ active: "Danh sách", selection });
      expect(await activeTarget(host.context(), caps)).toEqual({ sheet: "Danh sách" });
    },
  );

  it("checks the whole sheet when a chart, not cells, is selected", async () => {
    const { host, caps } = hostAt({ active: "Tổng hợp" });
    host.workbook.selection = null;
    expect(await activeTarget(host.context(), caps)).toEqual({ sheet: "Tổng hợp" });
  });
});

describe("listSheets", () => {
  it("offers the visible sheets in order, a user's sheet named like the add-in's report among them", async () => {
    const { host } = hostAt({});
    expect(await listSheets(host.context())).toEqual(["Tổng hợp", "Danh sách", REPORT_SHEET]);
  });

  it("leaves out the sheets the add-in made, whatever they are called now", async () => {
    const { host } = hostAt({});
    const made = await writeReportSheet(host.context(), [], "vi", new Date(2026, 0, 5));
    expect(made.sheet).toBe(`${REPORT_SHEET} (2)`);
    expect(await listSheets(host.context())).toEqual(["Tổng hợp", "Danh sách", REPORT_SHEET]);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { host } = hostAt({ active: "Tổng hợp" });
    expect(await selectCell(host.context(), "Danh sách", "B3")).toBe(true);
    expect(host.workbook.activeSheet).toBe("Danh sách");
    expect(host.workbook.selection).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  });

  it.each([
    ["Đã xóa", "B3"],
    ["Ẩn", "A1"],
    ["Danh sách", "B3;DROP"],
    ["Danh sách", "=A1"],
  ])("refuses %s!%s and leaves the selection", async (sheet, address) => {
    const { host } = hostAt({ active: "Tổng hợp", selection: "A1" });
    expect(await selectCell(host.context(), sheet, address)).toBe(false);
    expect(host.workbook.activeSheet).toBe("Tổng hợp");
    expect(host.workbook.selection).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });
});
