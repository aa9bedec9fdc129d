import { DEFAULT_SETTINGS } from "../settings";
import { locateRoster } from "./locate";
import { fieldColumns, layoutOf, sheetOf } from "../../../test/support/core/roster-grids";

const TITLE_ROWS = [
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, null, null, null],
  ["Độc lập - Tự do - Hạnh phúc", null, null, null, null],
  [null, null, null, null, null],
  ["DANH SÁCH CÁN BỘ TRẺ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2019", null, null, null, null],
  ["(Kèm theo Quyết định số 125-QĐ/TU ngày 12/3/2019)", null, null, null, null],
];

describe("locateRoster: where the header is", () => {
  it("reads a one-row header on row 1 and the data under it", () => {
    const layout = layoutOf(
      sheetOf([
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc"],
        [1, "Nguyễn Văn An", "05/03/1985", "Nam", "Tày"],
        [2, "Hoàng Thị Bích", "12/11/1990", "Nữ", "Nùng"],
      ]),
    );
    expect(layout).toMatchObject({
      headerTop: 0,
      headerBottom: 0,
      numberingRow: null,
      firstDataRow: 1,
      lastDataRow: 2,
    });
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDate: 2, gender: 3, ethnicity: 4 });
    expect(layout.headedColumns).toEqual([0, 1, 2, 3, 4]);
  });

  it("skips the national motto and title rows above a header on row 6", () => {
    const layout = layoutOf(
      sheetOf([
        ...TITLE_ROWS,
        ["TT", "Họ và tên", "Năm sinh", "Chức vụ, đơn vị công tác", "Chương trình đào tạo"],
        [1, "Lục Văn Bình", 1984, "Phó Chánh Văn phòng", "Thạc sĩ"],
      ]),
    );
    expect(layout).toMatchObject({ headerTop: 5, headerBottom: 5, firstDataRow: 6, lastDataRow: 6, kind: "training" });
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDate: 2, position: 3, programme: 4 });
  });

  it("splits a merged 'Ngày, tháng, năm sinh' into the Nam and Nữ columns", () => {
    const layout = layoutOf(
      sheetOf(
        [
          ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Đơn vị công tác"],
          [null, null, "Nam", "Nữ", null],
          [1, "Nông Văn Cường", "02/09/1986", null, "Sở Nội vụ"],
        ],
        {
          merges: [
            { top: 0, left: 2, bottom: 0, right: 3 },
            { top: 0, left: 0, bottom: 1, right: 0 },
            { top: 0, left: 1, bottom: 1, right: 1 },
            { top: 0, left: 4, bottom: 1, right: 4 },
          ],
        },
      ),
    );
    expect(layout).toMatchObject({ headerTop: 0, headerBottom: 1, firstDataRow: 2 });
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDateMale: 2, birthDateFemale: 3, unit: 4 });
    expect(layout.columns.find((c) => c.field === "birthDateFemale")?.header).toBe("Ngày, tháng, năm sinh / Nữ");
  });

  it("infers the Nam | Nữ parent from blank cells when the host gives no merges", () => {
    const layout = layoutOf(
      sheetOf([
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Dân tộc"],
        [null, null, "Nam", "Nữ", null],
        [1, "Nông Văn Cường", "02/09/1986", null, "Tày"],
      ]),
    );
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDateMale: 2, birthDateFemale: 3, ethnicity: 4 });
    expect(layout.firstDataRow).toBe(2);
  });

  it("splits 'Thời gian đào tạo' into start and end, and 'Quyết định cử đi học' into number and date", () => {
    const layout = layoutOf(
      sheetOf([
        ["TT", "Họ và tên", "Ngày sinh", "Thời gian đào tạo", null, "Quyết định cử đi học", null],
        [null, null, null, "Từ", "Đến", "Số", "Ngày"],
        [1, "Bế Thị Dung", "1988", "09/2018", "09/2020", "125-QĐ/TU", "12/03/2018"],
      ]),
    );
    expect(fieldColumns(layout)).toEqual({
      stt: 0,
      fullName: 1,
      birthDate: 2,
      trainingStart: 3,
      trainingEnd: 4,
      decisionNumber: 5,
      decisionDate: 6,
    });
    expect(layout.kind).toBe("training");
  });

  it("skips a numbering row in brackets or plain figures under the header", () => {
    const header = ["STT", "Họ và tên", "Ngày sinh", "Chuyên ngành"];
    const bracketed = layoutOf(sheetOf([header, ["(1)", "(2)", "(3)", "(4)"], [1, "Đàm Văn Em", "1990", "Luật"]]));
    const plain = layoutOf(sheetOf([header, [1, 2, 3, 4], [1, "Đàm Văn Em", "1990", "Luật"]]));
    const lettered = layoutOf(sheetOf([header, ["A", "B", 1, 2], [1, "Đàm Văn Em", "1990", "Luật"]]));
    for (const layout of [bracketed, plain, lettered]) {
      expect(layout).toMatchObject({ numberingRow: 1, firstDataRow: 2, lastDataRow: 2 });
    }
  });

  it("skips a numbering row under a two-row header", () => {
    const layout = layoutOf(
      sheetOf([
        ["STT", "Họ và tên", "Năm sinh", null, "Dân tộc"],
        [null, null, "Nam", "Nữ", null],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "Hoàng Văn Khánh", 1986, null, "Nùng"],
      ]),
    );
    expect(layout).toMatchObject({ headerTop: 0, headerBottom: 1, numberingRow: 2, firstDataRow: 3, lastDataRow: 3 });
  });

  it("reads sub-headers that name fields on their own under any parent", () => {
    const layout = layoutOf(
      sheetOf([
        ["Họ và tên", "Ngày sinh", "Quá trình công tác", null],
        [null, null, "Chức vụ", "Đơn vị"],
      ]),
    );
    expect(fieldColumns(layout)).toEqual({ fullName: 0, birthDate: 1, position: 2, unit: 3 });
    expect(layout.columns[3].header).toBe("Quá trình công tác / Đơn vị");
  });

  it("accepts a header without a name column when it names three fields, one about the person", () => {
    expect(fieldColumns(layoutOf(sheetOf([["Ngày sinh", "Chức vụ", "Đơn vị"]])))).toEqual({
      birthDate: 0,
      position: 1,
      unit: 2,
    });
  });

  it("reads headers with line breaks, odd spacing, capitals, NFD text and '(*)' marks", () => {
    const layout = layoutOf(
      sheetOf([
        ["Số\nTT", "HỌ VÀ  TÊN (*)", "Ngày tháng\r\nnăm sinh:", "Giới tính".normalize("NFD"), "Đơn vị\ncông tác"],
      ]),
    );
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDate: 2, gender: 3, unit: 4 });
    expect(layout.columns[1].header).toBe("HỌ VÀ TÊN (*)");
  });

  it("reads headers typed in TCVN3 or VNI, with or without the legacy font given", () => {
    const tcvn3 = layoutOf(
      sheetOf([["Hä vµ tªn", "Ngµy sinh", "Giíi tÝnh", "§¬n vÞ"]], {
        fonts: [[".VnTimeH", ".VnTime", ".VnTime", ".VnTime"]],
      }),
    );
    expect(fieldColumns(tcvn3)).toEqual({ fullName: 0, birthDate: 1, gender: 2, unit: 3 });
    expect(tcvn3.columns[0].header).toBe("HỌ VÀ TÊN");
    expect(fieldColumns(layoutOf(sheetOf([["Hoï vaø teân", "Ngaøy sinh"]])))).toEqual({ fullName: 0, birthDate: 1 });
  });

  it("reads English headers", () => {
    const layout = layoutOf(
      sheetOf([["No.", "Full name", "Date of birth", "Gender", "Programme", "Institution", "Notes"]]),
    );
    expect(fieldColumns(layout)).toEqual({
      stt: 0,
      fullName: 1,
      birthDate: 2,
      gender: 3,
      programme: 4,
      institution: 5,
      notes: 6,
    });
  });

  it("reads headers typed without diacritics", () => {
    const layout = layoutOf(sheetOf([["TT", "Ho va ten", "Ngay sinh", "Gioi tinh", "Dan toc", "Ghi chu"]]));
    expect(fieldColumns(layout)).toEqual({ stt: 0, fullName: 1, birthDate: 2, gender: 3, ethnicity: 4, notes: 5 });
  });

  it("reads longer wordings that start with a known one", () => {
    const layout = layoutOf(
      sheetOf([["Họ và tên cán bộ", "Chức vụ hiện nay", "Chức danh quy hoạch giai đoạn 2020-2025"]]),
    );
    expect(fieldColumns(layout)).toEqual({ fullName: 0, position: 1, planningTitle: 2 });
  });

  it("reads the roster from an Excel table with rows above it", () => {
    const layout = layoutOf(
      sheetOf(
        [
          ["DANH SÁCH CÁN BỘ", null, null, null],
          [null, null, null, null],
          [null, "Họ và tên", "Ngày sinh", "Cơ sở đào tạo"],
          [null, "Lò Văn Giang", "1987", "Học viện Chính trị"],
          [null, "Tổng cộng: 1 người", null, null],
        ],
        { tables: [{ name: "DanhSach", hasHeader: true, top: 2, left: 1, bottom: 4, right: 3 }] },
      ),
    );
    expect(layout).toMatchObject({ table: "DanhSach", headerTop: 2, firstDataRow: 3, lastDataRow: 3 });
    expect(fieldColumns(layout)).toEqual({ fullName: 1, birthDate: 2, institution: 3 });
    expect(layout.headedColumns).toEqual([1, 2, 3]);
  });

  it("ignores a table that holds no roster header and searches the sheet instead", () => {
    const layout = layoutOf(
      sheetOf(
        [
          ["Họ và tên", "Ngày sinh", "Đơn vị"],
          ["Mã Văn Hải", "1989", "UBND huyện"],
        ],
        {
          tables: [{ name: "Other", hasHeader: true, top: 1, left: 0, bottom: 1, right: 2 }],
        },
      ),
    );
    expect(layout).toMatchObject({ table: null, headerTop: 0 });
  });

  it("works on a used range that does not start at A1", () => {
    const layout = layoutOf(
      sheetOf(
        [
          ["Họ và tên", "Ngày sinh", "Đơn vị"],
          ["Mã Văn Hải", "1989", "UBND huyện"],
        ],
        { origin: { row: 4, col: 3 } },
      ),
    );
    expect(layout).toMatchObject({ headerTop: 0, firstDataRow: 1, lastDataRow: 1 });
    expect(fieldColumns(layout)).toEqual({ fullName: 0, birthDate: 1, unit: 2 });
  });

  it("looks no further than the header search window", () => {
    const sheet = sheetOf([...TITLE_ROWS, ["Họ và tên", "Ngày sinh", "Đơn vị", null, null]]);
    expect(locateRoster(sheet, { ...DEFAULT_SETTINGS, headerSearchRows: 5 })).toBeNull();
    expect(locateRoster(sheet, { ...DEFAULT_SETTINGS, headerSearchRows: 6 })).not.toBeNull();
  });
});

describe("locateRoster: the kind of roster", () => {
  it("calls a list with rotation date or units a rotation roster, even with a planned title", () => {
    const layout = layoutOf(
      sheetOf([["Họ và tên", "Ngày sinh", "Chức danh quy hoạch", "Đơn vị cũ", "Đơn vị mới", "Thời điểm luân chuyển"]]),
    );
    expect(layout.kind).toBe("rotation");
    expect(fieldColumns(layout)).toMatchObject({ planningTitle: 2, unitFrom: 3, unitTo: 4, rotationDate: 5 });
  });

  it("reads a merged 'Nơi luân chuyển' over 'Từ' | 'Đến'", () => {
    const layout = layoutOf(
      sheetOf([
        ["Họ và tên", "Năm sinh", "Nơi luân chuyển", null],
        [null, null, "Từ", "Đến"],
      ]),
    );
    expect(fieldColumns(layout)).toEqual({ fullName: 0, birthDate: 1, unitFrom: 2, unitTo: 3 });
    expect(layout.kind).toBe("rotation");
  });

  it("calls a list with a planned title and its approval decision a planning roster", () => {
    const layout = layoutOf(sheetOf([["Họ và tên", "Ngày sinh", "Chức vụ", "Quy hoạch chức danh", "Số quyết định"]]));
    expect(layout.kind).toBe("planning");
  });

  it("calls a list with a decision but no planned title a training roster", () => {
    expect(layoutOf(sheetOf([["Họ và tên", "Ngày sinh", "Số QĐ", "Ngày QĐ"]])).kind).toBe("training");
  });

  it("calls a plain list of cadres a planning roster, so training-only checks stay quiet", () => {
    expect(layoutOf(sheetOf([["Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị"]])).kind).toBe("planning");
  });
});

describe("locateRoster: sheets without a roster", () => {
  it("returns null for a targets sheet", () => {
    const sheet = sheetOf([
      ["CHỈ TIÊU ĐÀO TẠO GIAI ĐOẠN 2016-2020", null, null, null, null, null],
      ["STT", "Đơn vị", "Lĩnh vực", "Chương trình đào tạo", "Chỉ tiêu", "Ghi chú"],
      [1, "Sở Giáo dục", "Giáo dục", "Thạc sĩ", 10, null],
    ]);
    expect(locateRoster(sheet, DEFAULT_SETTINGS)).toBeNull();
  });

  it("returns null for a cover page with 'label: value' pairs", () => {
    const sheet = sheetOf([
      ["BÁO CÁO KẾT QUẢ ĐÀO TẠO CÁN BỘ TRẺ", null, null, null],
      ["Họ và tên:", "Nguyễn Văn An", "Ngày sinh:", "05/03/1985"],
      ["Đơn vị:", "Sở Nội vụ", "Chức vụ:", "Chuyên viên"],
    ]);
    expect(locateRoster(sheet, DEFAULT_SETTINGS)).toBeNull();
  });

  it("returns null for an empty sheet and for title rows alone", () => {
    expect(locateRoster(sheetOf([]), DEFAULT_SETTINGS)).toBeNull();
    expect(locateRoster(sheetOf(TITLE_ROWS), DEFAULT_SETTINGS)).toBeNull();
  });

  it("does not take 'Đơn vị tính' or a yes/no 'Dân tộc thiểu số' column for roster fields", () => {
    const sheet = sheetOf([["Chỉ tiêu", "Đơn vị tính", "Dân tộc thiểu số", "Giới tính", "Kế hoạch"]]);
    expect(locateRoster(sheet, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe("locateRoster: columns", () => {
  it("keeps the first of two 'Họ và tên' columns and lists the second as a duplicate", () => {
    const layout = layoutOf(sheetOf([["Họ và tên", "Ngày sinh", "Họ và tên", "Đơn vị"]]));
    expect(fieldColumns(layout)).toEqual({ fullName: 0, birthDate: 1, unit: 3 });
    expect(layout.duplicateColumns).toEqual([{ field: "fullName", col: 2, header: "Họ và tên" }]);
  });

  it("counts every column under a header merged across columns as headed", () => {
    const sheet = sheetOf([["Họ và tên", null, "Ngày sinh"]], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    expect(layoutOf(sheet).headedColumns).toEqual([0, 1, 2]);
  });

  it("lists unrecognised but headed columns among the headed columns", () => {
    const layout = layoutOf(sheetOf([["Họ và tên", "Ngày sinh", null, "Khen thưởng"]]));
    expect(layout.headedColumns).toEqual([0, 1, 3]);
  });
});
