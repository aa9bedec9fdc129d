import type { PrepareTexts } from "./shape";

export const VI: PrepareTexts = {
  rulesTitle: "Thiết lập kiểm tra nhập liệu",
  rulesHint:
    "Thêm danh sách chọn (giới tính, dân tộc, chương trình đào tạo) và quy tắc ngày vào các cột của danh sách vừa kiểm tra, để lỗi không lặp lại. Có thể gỡ bỏ bất cứ lúc nào; quy tắc bạn tự đặt được giữ nguyên.",
  applyRules: "Thiết lập kiểm tra nhập liệu",
  removeRules: "Gỡ kiểm tra nhập liệu",
  rulesUnavailable:
    "Phiên bản Excel này chưa hỗ trợ kiểm tra nhập liệu (cần Excel 2021, Microsoft 365 hoặc Excel trên web).",
  needCheck: "Hãy kiểm tra một danh sách cán bộ trước: quy tắc được đặt theo các cột tìm thấy khi kiểm tra.",
  rulesApplied: (columns, sheet) => `Đã đặt kiểm tra nhập liệu cho ${columns} cột của trang tính “${sheet}”.`,
  rulesKept: (fields) => `Giữ nguyên các cột đã có quy tắc kiểm tra: ${fields}.`,
  rulesNone: "Không đặt thêm quy tắc nào: các cột đều đã có quy tắc kiểm tra.",
  rulesAlready: (fields) => `Các cột đã có kiểm tra nhập liệu của phần bổ trợ từ trước: ${fields}.`,
  rulesRemoved: (count) => `Đã gỡ ${count} quy tắc kiểm tra nhập liệu của phần bổ trợ.`,
  rulesChanged: (ranges) => `Giữ nguyên các vùng có quy tắc đã được sửa sau đó: ${ranges}.`,
  nothingToRemove: "Không có quy tắc kiểm tra nhập liệu nào của phần bổ trợ để gỡ.",
  emailTitle: "Chuẩn bị gửi email",
  emailHint:
    "Người nhận không cài phần bổ trợ sẽ thấy #NAME? ở các ô dùng hàm CADRE. Tìm các ô đó, thay công thức bằng giá trị hiện tại và ghi thông tin lần kiểm tra vào tệp.",
  find: "Tìm ô dùng hàm CADRE",
  found: (count) => `${count} ô dùng hàm CADRE sẽ hiện #NAME? nếu máy nhận không có phần bổ trợ:`,
  foundMore: (count) => `… và ${count} ô khác`,
  noneFound: "Không có ô nào dùng hàm CADRE.",
  modeLabel: "Cách thay",
  inPlace: "Thay ngay trên trang tính (có thể hoàn tác)",
  copy: "Thay trong bản sao của trang tính (giữ nguyên bản gốc)",
  copyUnavailable:
    "Phiên bản Excel này không sao chép được trang tính (cần Excel 2021, Microsoft 365 hoặc Excel trên web).",
  freeze: (count) => `Thay ${count} công thức bằng giá trị`,
  stampOnly: "Ghi thông tin kiểm tra",
  cancel: "Hủy",
  frozenInPlace: (count) => `Đã thay ${count} công thức bằng giá trị. Nhấn “Hoàn tác” để lấy lại công thức.`,
  frozenCopy: (count, sheets) =>
    `Đã thay ${count} công thức bằng giá trị trong bản sao: ${sheets}. Trang tính gốc giữ nguyên.`,
  freezeNoSpills:
    "Không thay công thức nào: phiên bản Excel này không cho biết kết quả của một công thức tràn sang những ô nào (cần Excel 2021, Microsoft 365 hoặc Excel trên web), nên thay có thể làm mất kết quả. Hãy cập nhật Excel.",
  freezeCalculating:
    "Không thay công thức nào: Excel vẫn đang tính các hàm CADRE (ô hiện #BUSY!). Chờ Excel tính xong rồi bấm lại.",
  stamped: (sheet) => `Đã ghi ngày và kết quả lần kiểm tra gần nhất vào cài đặt của tệp và trang tính “${sheet}”.`,
  noCheckToStamp: "Chưa kiểm tra danh sách nên chưa ghi thông tin kiểm tra vào tệp.",
};
