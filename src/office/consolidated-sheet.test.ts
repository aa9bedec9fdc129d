import { consolidatedPerson } from "../../test/support/sheets/article";
import { cellOf, createFakeHost, PAYLOAD_LIMIT, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { CONSOLIDATED_SHEET, writeConsolidatedSheet } from "./consolidated-sheet";

const person = consolidatedPerson;

function setup() {
  return createFakeHost(
    workbookFromGrid([
      {
        name: "Danh sách",
        rows: [
          ["STT", "Họ và tên"],
          [1, "Nguyễn Văn An"],
        ],
      },
    ]),
    { apiVersion: "1.13" },
  );
}

const CATEGORIES = ["Thạc sĩ – Giáo dục", "Y tế: chuyên khoa cấp I và thạc sĩ"];

describe("writeConsolidatedSheet", () => {
  it("writes each row with its source file and unit, texts as text and birth dates as dates", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    const rows = [
      person(1),
      person(2, {
        name: "+84 Lê Thị Hoa",
        gender: "female",
        birth: { y: 1990, m: 1, d: 1 },
        birthYearOnly: true,
        file: "04-ubnd-huyen-hoa-an.xlsx",
        unit: "UBND huyện Hòa An",
        level: "district",
      }),
    ];
    expect(await writeConsolidatedSheet(host.context(), rows, "vi", { categories: CATEGORIES })).toEqual({
      sheet: CONSOLIDATED_SHEET,
      rows: 2,
    });

    const sheet = sheetByName(host.workbook, CONSOLIDATED_SHEET);
    const row = (n: number) =>
      Array.from({ length: 14 }, (_, c) => cellOf(sheet, `${String.fromCharCode(65 + c)}${n}`)?.value ?? null);
    expect(row(3)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Đơn vị",
      "Cấp",
      "Chương trình",
      "Lĩnh vực",
      "Chuyên ngành",
      "Loại danh sách",
      "Danh mục chỉ tiêu",
      "Tệp nguồn",
      "Trang tính",
      "Dòng",
    ]);
    expect(row(4)).toEqual([
      1,
      "Nguyễn Văn Bình 1",
      31113,
      "Nam",
      "Bệnh viện Đa khoa tỉnh",
      "Tỉnh",
      "Chuyên khoa cấp I",
      "Y tế",
      "Nội khoa",
      "Đào tạo, bồi dưỡng",
      CATEGORIES[1],
      "02-so-y-te.xlsx",
      "Danh sách",
      7,
    ]);
    expect(cellOf(sheet, "C4")?.numberFormat).toBe("dd/mm/yyyy");
    expect(row(5).slice(1, 6)).toEqual(["+84 Lê Thị Hoa", 1990, "Nữ", "UBND huyện Hòa An", "Huyện"]);
    expect(cellOf(sheet, "B5")).toMatchObject({ numberFormat: "@" });
    expect(cellOf(sheet, "B5")?.formula).toBeUndefined();
    expect(cellOf(sheet, "L5")?.value).toBe("04-ubnd-huyen-hoa-an.xlsx");
    expect(host.workbook.sheets[0]).toEqual(before.sheets[0]);
  });

  it("takes as many syncs for 10,000 rows as for 10, each request under Excel on the web's 5 MB", async () => {
    const syncs = [];
    for (const n of [10, 10_000]) {
      const host = setup();
      const progress: number[] = [];
      await writeConsolidatedSheet(
        host.context(),
        Array.from({ length: n }, (_, i) => person(i)),
        "en",
        {
          onProgress: (done) => progress.push(done),
        },
      );
      syncs.push(host.stats.syncs);
      expect(progress[progress.length - 1]).toBe(n);
      expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(cellOf(sheetByName(host.workbook, CONSOLIDATED_SHEET), `B${3 + n}`)?.value).toBe(
        `Nguyễn Văn Bình ${n - 1}`,
      );
    }
    expect(syncs).toEqual([3, 3]);
  });
});
