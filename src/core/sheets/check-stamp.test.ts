import { shownValues } from "../../../test/support/sheets/description";
import { checkStampSheet } from "./check-stamp";

describe("the check stamp", () => {
  it("says what was checked, when, what was found and how many formulas were frozen", () => {
    const stamp = {
      sheet: "=Danh sách",
      checkedAt: new Date(2025, 10, 3, 9, 5),
      errors: 1200,
      warnings: 2,
      infos: 0,
      frozen: 3,
    };
    expect(shownValues(checkStampSheet(stamp, "vi"), "A1:A5")).toEqual([
      ["Thông tin kiểm tra danh sách"],
      ["Trang tính được kiểm tra: =Danh sách"],
      ["Thời điểm kiểm tra: 09:05 03/11/2025"],
      ["Kết quả: 1.200 lỗi, 2 cảnh báo, 0 lưu ý"],
      ["Số ô công thức CADRE đã thay bằng giá trị: 3"],
    ]);
    expect(shownValues(checkStampSheet(stamp, "en"), "A4")).toEqual([["Result: 1,200 errors, 2 warnings, 0 notes"]]);
  });
});
