import type { PlanTexts } from "./shape";

export const VI: PlanTexts = {
  title: "Chỉ tiêu và kết quả",
  targetsHint: "Trang “Chỉ tiêu” liệt kê các danh mục của chương trình; điền số chỉ tiêu vào cột Chỉ tiêu.",
  createTargets: "Tạo trang chỉ tiêu",
  targetsCreated: (sheet, categories) => `Đã tạo trang “${sheet}” với ${categories} danh mục: hãy điền chỉ tiêu.`,
  targetsExist: (sheet) => `Sổ tính đã có trang “${sheet}”; trang này được giữ nguyên.`,
  consolidateTitle: "Gộp danh sách",
  consolidateHint: "Chọn các tệp danh sách (.xlsx) các đơn vị gửi về. Các tệp chỉ được đọc, không bị thay đổi.",
  pickFiles: "Các tệp danh sách",
  consolidate: "Gộp danh sách",
  ownReader:
    "Phiên bản Excel này không tự mở được các tệp khác: các tệp (.xlsx, chỉ được đọc) sẽ được phần bổ trợ tự đọc, chậm hơn với tệp lớn.",
  noFiles: "Hãy chọn ít nhất một tệp .xlsx.",
  readingFile: (n, total, file) => `Đang đọc tệp ${n}/${total}: ${file}…`,
  checking: (file) => `Đang kiểm tra ${file}…`,
  writing: (done, total) => `Đang ghi danh sách tổng hợp: ${done}/${total} dòng…`,
  consolidated: (files, rows, people, sheet) =>
    `Đã gộp ${files} tệp: ${rows} dòng, ${people} người, vào trang “${sheet}”.`,
  noneRead: (files) =>
    `Không gộp được: không đọc được tệp nào trong ${files} tệp đã chọn (lý do từng tệp ở dưới). Chưa ghi gì vào sổ tính.`,
  noPeople:
    "Không gộp được: các tệp đã đọc không có danh sách cán bộ nào có người (xem từng tệp ở dưới). Chưa ghi gì vào sổ tính.",
  nobodyConsolidated: "Không lập báo cáo: danh sách đã gộp không có người nào.",
  nobodyHere:
    "Không lập báo cáo: sổ tính này không có danh sách cán bộ nào có người. Hãy gộp danh sách các đơn vị trước.",
  filesTitle: "Kết quả từng tệp",
  fileRows: (rows, errors, warnings) => `${rows} dòng, ${errors} lỗi, ${warnings} cảnh báo`,
  fileNoRoster: "không tìm thấy danh sách cán bộ",
  fileFailed: (reason) => `không đọc được (${reason}); bỏ qua tệp này`,
  duplicatesTitle: (count) => `Người có tên trong danh sách của nhiều đơn vị (${count})`,
  noDuplicates: "Không có người nào trùng giữa các tệp.",
  duplicatePlace: (file, sheet, row, unit) => `${file}, trang “${sheet}”, dòng ${row}${unit ? ` (${unit})` : ""}`,
  achievement: "Lập báo cáo kết quả",
  achievementHint: "Từ danh sách đã gộp, hoặc từ các danh sách trong sổ tính này, so với trang “Chỉ tiêu”.",
  readingWorkbook: "Đang đọc các danh sách trong sổ tính…",
  achievementWritten: (sheet, categories) => `Đã lập trang “${sheet}” (${categories} danh mục).`,
  noTargetsSheet: (sheet) => `Chưa có trang “${sheet}”: hãy bấm “Tạo trang chỉ tiêu” và điền chỉ tiêu trước.`,
  thisWorkbook: "(sổ tính này)",
  targetsFileLabel: "Hoặc đọc chỉ tiêu từ một tệp (.xlsx có trang “Chỉ tiêu”)",
  readTargetsFile: "Đọc chỉ tiêu từ tệp",
  useTargetsSheet: "Dùng lại trang “Chỉ tiêu”",
  noTargetsFile: "Hãy chọn tệp chỉ tiêu (.xlsx).",
  readingTargets: (file) => `Đang đọc chỉ tiêu từ ${file}…`,
  targetsFromFile: (file, categories, withTarget, term) =>
    `Đang dùng chỉ tiêu từ tệp ${file}: ${categories} danh mục, ${withTarget} danh mục có chỉ tiêu${term ? `, giai đoạn ${term}` : ""}. Gộp danh sách và lập báo cáo sẽ so với các chỉ tiêu này.`,
  targetsFileProblem: (file, reason) => `Không đọc được chỉ tiêu từ tệp ${file}: ${reason}`,
  targetsSheetAgain: (sheet) => `Đã thôi dùng tệp chỉ tiêu: gộp danh sách và lập báo cáo so với trang “${sheet}”.`,
  targetsInUse: (file, term) =>
    `Đang dùng chỉ tiêu từ tệp ${file}${term ? `, giai đoạn ${term}` : ""} (thay cho trang “Chỉ tiêu”)`,
  targetsCategory: "Danh mục",
  targetsTarget: "Chỉ tiêu",
  targetNotSet: "chưa đặt",
  feedbackTitle: "Phiếu phản hồi cho đơn vị",
  feedbackHint:
    "Một sổ tính mới cho đơn vị gửi tệp: kết quả của cả tỉnh, số người của đơn vị theo danh mục, danh sách của đơn vị, người trùng với đơn vị khác, các lỗi và cách sửa. Mở được không cần phần bổ trợ.",
  feedbackUnit: "Tệp của đơn vị",
  openFeedback: "Mở phiếu phản hồi",
  feedbackUnavailable:
    "Phiên bản Excel này không mở được sổ tính mới từ phần bổ trợ (cần Excel 2019, Microsoft 365 hoặc Excel trên web).",
  makingFeedback: (file) => `Đang lập phiếu phản hồi cho ${file}…`,
  feedbackOpened: (file, saveAs) =>
    `Đã mở phiếu phản hồi cho ${file} trong một sổ tính mới: hãy lưu thành “${saveAs}” rồi gửi lại đơn vị. Sổ tính này không thay đổi.`,
  chartTitle: "Tỷ lệ thực hiện so với chỉ tiêu",
  chartScale: (max) => `Mỗi thanh là tỷ lệ đã cử so với chỉ tiêu; vạch dọc là 100%; thang đo đến ${max}%.`,
  chartLine: (sent, target, percent, status) => `${sent}/${target} người, ${percent} – ${status}`,
  chartNoTarget: (sent) => `${sent} người (chưa đặt chỉ tiêu)`,
  chartNoneSent: (line) => `${line} (chưa cử người nào)`,
};
