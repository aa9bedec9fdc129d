import { createFakeHost, rosterSheet, snapshot, workbookFromGrid } from "../../test/host";
import { detectCapabilities } from "./capabilities";
import { readInsertedWorkbook } from "./inserted-workbook";
import { OWN_SHEETS_KEY, parseOwnSheets } from "./own-sheets";

const FILE = "UEsDBBQ-so-y-te";

function setup(apiVersion = "1.13") {
  const host = createFakeHost(
    workbookFromGrid([rosterSheet("Danh sách", 3), { name: "Ghi chú", rows: [["x"]] }], { active: "Ghi chú" }),
    { apiVersion },
  );
  host.addFile(FILE, [rosterSheet("Danh sách", 40), { name: "Hướng dẫn", rows: [["Điền theo mẫu"]], hidden: true }]);
  return { host, caps: detectCapabilities(host.Office.context.requirements) };
}

describe("readInsertedWorkbook", () => {
  it("reads every sheet of the file under its own name, then removes exactly the sheets it inserted", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);
    const progress: number[] = [];
    const workbook = await readInsertedWorkbook(host.context(), FILE, "02-so-y-te.xlsx", {
      caps,
      onProgress: (done) => progress.push(done),
    });

    expect(workbook.file).toBe("02-so-y-te.xlsx");
    // "Danh sách" was taken, so Excel inserted it as "Danh sách (2)": the report names it as the file does.
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Danh sách", "Hướng dẫn"]);
    expect(workbook.sheets[0].values.length).toBeGreaterThan(40);
    expect(workbook.sheets[0].merges?.length).toBeGreaterThan(0);
    expect(host.workbook).toEqual(before);
    expect(progress[progress.length - 1]).toBe(2);
  });

  it("removes the inserted sheets when a read fails", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);
    const context = host.context();
    const sync = context.sync.bind(context);
    let syncs = 0;
    context.sync = <T>(value?: T) => (++syncs === 3 ? Promise.reject(new Error("lost connection")) : sync(value));
    await expect(readInsertedWorkbook(context, FILE, "a.xlsx", { caps })).rejects.toThrow("lost connection");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it("fails without touching the workbook on a file Excel cannot open or an Excel before 1.13", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);
    await expect(readInsertedWorkbook(host.context(), "bm90IGFuIHhsc3g=", "b.xlsx", { caps })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(host.workbook).toEqual(before);
    const older = setup("1.12");
    const olderBefore = snapshot(older.host.workbook);
    await expect(
      readInsertedWorkbook(older.host.context(), FILE, "c.xlsx", { caps: older.caps }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(older.host.workbook).toEqual(olderBefore);
  });
});

describe("readInsertedWorkbook and the add-in's own sheets", () => {
  it("records the inserted sheets while they are here, and deletes those an interrupted read left behind", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);
    const context = host.context();
    const sync = context.sync.bind(context);
    let syncs = 0;
    // The pane is closed half-way: after the first read, nothing more reaches Excel.
    context.sync = <T>(value?: T) => (++syncs >= 3 ? new Promise<T>(() => undefined) : sync(value));
    void readInsertedWorkbook(context, FILE, "a.xlsx", { caps });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.workbook.sheets.length).toBe(before.sheets.length + 2);
    expect(parseOwnSheets(host.workbook.settings[OWN_SHEETS_KEY]).map((s) => s.role)).toEqual(["inserted", "inserted"]);

    // The next consolidation cleans up, and leaves the workbook as it was.
    await readInsertedWorkbook(host.context(), FILE, "a.xlsx", { caps });
    expect(host.workbook).toEqual(before);
  });
});

describe("readInsertedWorkbook and Excel's request limit", () => {
  it("fails on a file too big for one request, leaving the workbook as it was", async () => {
    const { host, caps } = setup();
    const big = "UEsDBB".padEnd(6 * 1024 * 1024, "A");
    host.addFile(big, [rosterSheet("Danh sách", 2)]);
    const before = snapshot(host.workbook);
    await expect(readInsertedWorkbook(host.context(), big, "lon.xlsx", { caps })).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(host.workbook).toEqual(before);
  });
});
