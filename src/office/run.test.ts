import { createFakeHost, workbookFromGrid } from "../../test/host";
import { runExcel } from "./run";

function setup() {
  const host = createFakeHost(workbookFromGrid([{ name: "Danh sách", rows: [["STT"]] }]));
  const waits: number[] = [];
  const options = { excel: host.Excel, wait: async (ms: number) => void waits.push(ms) };
  const activeName = (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    return context.sync().then(() => sheet.name);
  };
  return { host, waits, options, activeName };
}

describe("runExcel", () => {
  it("runs the batch once when Excel is free", async () => {
    const { host, waits, options, activeName } = setup();
    expect(await runExcel(activeName, options)).toBe("Danh sách");
    expect(host.stats.syncs).toBe(1);
    expect(waits).toEqual([]);
  });

  it("waits and tries again while the user is typing in a cell", async () => {
    const { host, waits, options, activeName } = setup();
    host.editCell(2);
    expect(await runExcel(activeName, options)).toBe("Danh sách");
    expect(waits).toEqual([1000, 2000]);
  });

  it("gives up after the last try, and never retries other failures", async () => {
    const { host, waits, options, activeName } = setup();
    host.editCell(10);
    await expect(runExcel(activeName, { ...options, attempts: 3 })).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(waits).toHaveLength(2);
    const missing = (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItem("Không có").load("name").context.sync();
    host.editCell(0);
    await expect(runExcel(missing, options)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(waits).toHaveLength(2);
  });
});
