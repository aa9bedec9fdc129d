import { createFakeHost, PAYLOAD_LIMIT, snapshot, workbookFromGrid, type GridSheet } from "../../test/host";
import { ROSTER_HEADER_ROWS, rosterSheet } from "../../test/host/sample-roster";
import { detectCapabilities } from "./capabilities";
import { ReadCancelled, readSheet } from "./read-sheet";
import { columnLetters } from "../../test/host/addresses";

function hostWith(sheets: GridSheet[], apiVersion = "1.13") {
  const host = createFakeHost(workbookFromGrid(sheets), { apiVersion });
  return { host, caps: detectCapabilities(host.Office.context.requirements) };
}

describe("readSheet: round trips on a 13-column roster", () => {
  // One sync finds the used range and the tables; then one per block of rows (fonts make blocks smaller).
  it.each([
    [100, "1.13", 2],
    [10_000, "1.13", 6],
    [50_000, "1.13", 25],
    [100, "1.8", 2],
    [10_000, "1.8", 4],
    [50_000, "1.8", 12],
  ])("%i people, ExcelApi %s: %i syncs, every response under 5 MB", async (people, apiVersion, syncs) => {
    const { host, caps } = hostWith([rosterSheet("Danh sách", people)], apiVersion);
    const sheet = await readSheet(host.context(), {}, { caps });
    expect(sheet.values).toHaveLength(people + ROSTER_HEADER_ROWS);
    expect(sheet.values[people + ROSTER_HEADER_ROWS - 1][0]).toBe(people);
    expect(host.stats.syncs).toBe(syncs);
    expect(host.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT / 2);
  });

  it("reads long texts in smaller blocks instead of failing on Excel's 5 MB limit", async () => {
    const long = "Ghi chú rất dài về quá trình công tác. ".repeat(60);
    const rows = Array.from({ length: 800 }, (_, i) => [i + 1, ...Array(12).fill(long)]);
    const { host, caps } = hostWith([{ name: "Ghi chú", rows }]);
    const sheet = await readSheet(host.context(), {}, { caps });
    expect(sheet.values).toHaveLength(800);
    expect(sheet.values[799]).toEqual([800, ...Array(12).fill(long)]);
    const accepted = host.stats.responseBytes.filter((bytes) => bytes <= PAYLOAD_LIMIT);
    expect(accepted.length).toBeGreaterThan(1);
  });

  it("honours a fixed block size", async () => {
    const { host, caps } = hostWith([rosterSheet("Danh sách", 996)]);
    await readSheet(host.context(), {}, { caps, blockRows: 250 });
    expect(host.stats.syncs).toBe(1 + 4);
  });
});

describe("readSheet: merged cells beyond Excel's 512 per request", () => {
  it("reads a header zone with 1,000 merged areas in blocks Excel accepts, each area once", async () => {
    const roster = rosterSheet("Danh sách", 120);
    // Twenty columns after the roster's thirteen (N…AG), merged in pairs on each of the first 100 rows.
    const wide = { ...roster, rows: roster.rows.map((row) => [...row, ...Array<string>(20).fill("x")]) };
    const pairs = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 10 }, (_, p) => `${columnLetters(13 + 2 * p)}${r + 1}:${columnLetters(14 + 2 * p)}${r + 1}`),
    ).flat();
    const merges = [...(roster.merges ?? []), ...pairs];
    expect(merges.length).toBeGreaterThan(512);
    const { host, caps } = hostWith([{ ...wide, merges }], "1.13");
    const sheet = await readSheet(host.context(), {}, { caps });
    expect(sheet.merges).toHaveLength(merges.length);
    expect(host.stats.syncs).toBe(2);
  });
});

describe("readSheet: what the engine receives", () => {
  it("gives the merged two-row header with ExcelApi 1.13 and leaves merges out on 1.12", async () => {
    const withMerges = hostWith([rosterSheet("Danh sách", 5)], "1.13");
    const sheet = await readSheet(withMerges.host.context(), {}, { caps: withMerges.caps });
    // "Ngày, tháng, năm sinh" over Nam | Nữ in C3:D3; STT merged down A3:A4.
    expect(sheet.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 3 });
    expect(sheet.merges).toContainEqual({ top: 2, left: 0, bottom: 3, right: 0 });
    expect(sheet.values[2][2]).toBe("Ngày, tháng, năm sinh");
    expect(sheet.values[3].slice(2, 4)).toEqual(["Nam", "Nữ"]);

    const older = hostWith([rosterSheet("Danh sách", 5)], "1.12");
    const plain = await readSheet(older.host.context(), {}, { caps: older.caps });
    expect(plain.merges).toBeUndefined();
    expect(plain.values).toEqual(sheet.values);
  });

  it("reads fonts only where ExcelApi 1.9 gives them", async () => {
    const newer = hostWith([{ name: "S", rows: [["NguyÔn V¨n A"]], fonts: ".VnTime" }], "1.9");
    expect((await readSheet(newer.host.context(), {}, { caps: newer.caps })).fonts).toEqual([[".VnTime"]]);
    const older = hostWith([{ name: "S", rows: [["NguyÔn V¨n A"]], fonts: ".VnTime" }], "1.8");
    const sheet = await readSheet(older.host.context(), {}, { caps: older.caps });
    expect(sheet.fonts).toBeUndefined();
    expect(sheet.values).toEqual([["NguyÔn V¨n A"]]);
  });

  it("turns errors into {error}, empty cells into null, keeps dates as serials and places the origin", async () => {
    const { host, caps } = hostWith([
      {
        name: "S",
        at: "C5",
        rows: [
          ["Họ tên", "Ngày sinh", "Đảng viên"],
          [{ error: "#REF!" }, 33970, true],
          ["", null, false],
        ],
        numberFormats: [
          [null, null, null],
          [null, "dd/mm/yyyy", null],
          [null, null, null],
        ],
      },
    ]);
    const sheet = await readSheet(host.context(), {}, { caps });
    expect(sheet.origin).toEqual({ row: 5, col: 3 });
    expect(sheet.values).toEqual([
      ["Họ tên", "Ngày sinh", "Đảng viên"],
      [{ error: "#REF!" }, 33970, true],
      [null, null, false],
    ]);
    expect(sheet.numberFormats?.[1][1]).toBe("dd/mm/yyyy");
  });

  it("does not read rows that are only formatted", async () => {
    const { host, caps } = hostWith([{ name: "S", rows: [["STT"], [1]] }]);
    host.workbook.sheets[0].cells[900_000] = [
      { value: null, numberFormat: "@", font: { name: "Arial", bold: true }, fill: "#FFFF00" },
    ];
    const sheet = await readSheet(host.context(), {}, { caps });
    expect(sheet.values).toEqual([["STT"], [1]]);
  });

  it("lists the sheet's tables in grid coordinates", async () => {
    const rows = [["Báo cáo"], [null], ["STT", "Họ tên"], [1, "Lê Văn Bình"]];
    const { host, caps } = hostWith([{ name: "S", rows, tables: [{ name: "DanhSach", range: "A3:B4" }] }]);
    const sheet = await readSheet(host.context(), { sheet: "S" }, { caps });
    expect(sheet.tables).toEqual([{ name: "DanhSach", hasHeader: true, top: 2, left: 0, bottom: 3, right: 1 }]);
  });

  it("reads one table alone when asked", async () => {
    const rows = [
      ["Báo cáo", null, null, null],
      [null, null, "STT", "Họ tên"],
      [null, null, 1, "Lê Văn Bình"],
    ];
    const { host, caps } = hostWith([{ name: "S", rows, tables: [{ name: "DanhSach", range: "C2:D3" }] }]);
    const sheet = await readSheet(host.context(), { sheet: "S", table: "DanhSach" }, { caps });
    expect(sheet.origin).toEqual({ row: 2, col: 3 });
    expect(sheet.values).toEqual([
      ["STT", "Họ tên"],
      [1, "Lê Văn Bình"],
    ]);
    expect(sheet.tables).toEqual([{ name: "DanhSach", hasHeader: true, top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("gives an empty sheet after one sync", async () => {
    const { host, caps } = hostWith([{ name: "Trống", rows: [] }]);
    expect(await readSheet(host.context(), {}, { caps })).toEqual({
      name: "Trống",
      values: [],
      origin: { row: 1, col: 1 },
      tables: [],
    });
    expect(host.stats.syncs).toBe(1);
  });
});

describe("readSheet: safety and control", () => {
  it("changes nothing in the workbook", async () => {
    const hostile = [
      ["<img src=x onerror=alert(1)>", '=HYPERLINK("http://evil")', "@SUM(A1)"],
      ["+1", "-2+3", "<script>alert(1)</script>"],
    ];
    const roster = rosterSheet("Danh sách", 300);
    const { host, caps } = hostWith([
      { ...roster, conditionalFormats: [{ range: "B5:B20", formula: "=LEN(B5)>20", fill: "#00FF00" }] },
      { name: "Độc hại", rows: hostile, tables: [{ name: "T", range: "A1:C2" }] },
    ]);
    host.workbook.settings["cadre.settings"] = JSON.stringify({ rotationMinYears: 8 });
    const before = snapshot(host.workbook);
    await readSheet(host.context(), {}, { caps });
    await readSheet(host.context(), { sheet: "Độc hại", table: "T" }, { caps });
    expect(host.workbook).toEqual(before);
  });

  it("reports progress and stops between blocks when cancelled", async () => {
    const { host, caps } = hostWith([rosterSheet("Danh sách", 996)]);
    const signal = { cancelled: false };
    const progress: [number, number][] = [];
    const reading = readSheet(
      host.context(),
      {},
      {
        caps,
        blockRows: 250,
        signal,
        onProgress: (done, total) => {
          progress.push([done, total]);
          signal.cancelled = done >= 500;
        },
      },
    );
    await expect(reading).rejects.toBeInstanceOf(ReadCancelled);
    expect(progress).toEqual([
      [250, 1000],
      [500, 1000],
    ]);
    expect(host.stats.syncs).toBe(3);
  });
});
