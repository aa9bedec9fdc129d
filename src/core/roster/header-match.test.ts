import { FIELD_WORDINGS, SUB_HEADER_GROUPS } from "./fields";
import { fieldOfKey, fieldOfSubHeader } from "./header-match";
import { headerKey } from "./normalise";
import type { FieldId } from "./types";

const field = (header: string) => fieldOfKey(headerKey(header));
const sub = (parent: string, child: string) => fieldOfSubHeader(headerKey(parent), headerKey(child));

describe("the field dictionary", () => {
  it("gives no wording to two fields", () => {
    const owner = new Map<string, FieldId>();
    for (const [id, wordings] of Object.entries(FIELD_WORDINGS) as [FieldId, readonly string[]][]) {
      for (const w of wordings) {
        expect([w, owner.get(headerKey(w)) ?? id]).toEqual([w, id]);
        owner.set(headerKey(w), id);
      }
    }
  });

  it("recognises every wording it lists", () => {
    for (const [id, wordings] of Object.entries(FIELD_WORDINGS) as [FieldId, readonly string[]][]) {
      for (const w of wordings) expect([w, field(w)]).toEqual([w, id]);
    }
  });

  it("keeps short words that need a parent out of the table", () => {
    for (const word of ["Từ", "Đến", "Nam", "Nữ", "Số", "Ngày", "Bắt đầu", "Kết thúc"]) expect(field(word)).toBeNull();
    for (const group of SUB_HEADER_GROUPS) expect(group.parents.length).toBeGreaterThan(0);
  });
});

describe("header matching", () => {
  it.each([
    ["Họ, chữ đệm và tên", "fullName"],
    ["Ngày/tháng/năm sinh", "birthDate"],
    ["CHỨC VỤ, ĐƠN VỊ CÔNG TÁC", "position"],
    ["Đơn vị công tác hiện nay", "unit"],
    ["Quyết định số", "decisionNumber"],
    ["Ngày ký", "decisionDate"],
    ["Nơi luân chuyển đến", "unitTo"],
    ["Số thứ tự", "stt"],
    ["#", "stt"],
    ["Khoá học", "programme"],
    ["Trình độ đào tạo", "programme"],
  ])("reads %s as %s", (header, id) => expect(field(header)).toBe(id));

  it("reads short sub-headers by their parent", () => {
    expect(sub("Ngày, tháng, năm sinh", "Nam")).toBe("birthDateMale");
    expect(sub("Năm sinh", "Nữ")).toBe("birthDateFemale");
    expect(sub("Thời gian đào tạo", "Bắt đầu")).toBe("trainingStart");
    expect(sub("Thời gian", "Đến")).toBe("trainingEnd");
    expect(sub("Quyết định cử đi học", "Số")).toBe("decisionNumber");
    expect(sub("Quyết định cử đi học", "Ngày")).toBe("decisionDate");
    expect(sub("Luân chuyển", "Đến")).toBe("unitTo");
  });

  it("reads a full wording under any parent and a short word under none", () => {
    expect(sub("Thông tin cá nhân", "Dân tộc")).toBe("ethnicity");
    expect(sub("Thông tin cá nhân", "Nam")).toBeNull();
    expect(fieldOfSubHeader(null, "tu")).toBeNull();
  });

  it("does not read title rows as fields", () => {
    for (const title of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH SÁCH CÁN BỘ TRẺ", "Số: 125-QĐ/TU"]) {
      expect(field(title)).toBeNull();
    }
  });
});
