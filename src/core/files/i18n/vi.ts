import { formatNumber } from "../../i18n";
import type { FileProblem } from "../file-problem";
import { megabytes } from "../megabytes";

/** Why a file could not be checked, in words a clerk can act on; the technical detail never appears here. */
export function fileProblemVi(p: FileProblem): string {
  switch (p.code) {
    case "not-found":
      return "Không tìm thấy tệp.";
    case "not-a-file":
      return "Không phải tệp (có thể là thư mục không mở được).";
    case "no-permission":
      return "Bạn không có quyền đọc tệp này: hãy hỏi người quản lý máy tính hoặc thư mục dùng chung.";
    case "in-use":
      return "Tệp đang bị một chương trình khác giữ (có thể đang mở trong Excel): hãy đóng tệp rồi thử lại.";
    case "unreadable":
      return "Không đọc được tệp từ ổ đĩa hoặc thư mục dùng chung: hãy chép tệp về máy này rồi thử lại.";
    case "empty":
      return "Tệp rỗng (0 byte).";
    case "encrypted":
      return "Tệp được đặt mật khẩu hoặc ở định dạng .xls cũ: hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.";
    case "not-xlsx":
      return "Không phải tệp Excel .xlsx.";
    case "no-sheets":
      return "Tệp không có trang tính nào (không phải sổ tính .xlsx, hoặc chỉ có biểu đồ).";
    case "corrupt":
      return "Tệp .xlsx bị hỏng hoặc không đầy đủ: hãy mở bằng Excel rồi lưu lại, hoặc đề nghị đơn vị gửi lại tệp.";
    case "too-large":
      return `Tệp quá lớn: ${megabytes(p.bytes)}, giới hạn ${megabytes(p.limit)}.`;
    case "too-large-unzipped":
      return `Nội dung tệp khi giải nén vượt quá giới hạn ${megabytes(p.limit)}; đã dừng đọc.`;
    case "part-too-large":
      return `Phần "${p.part}" của tệp khi giải nén vượt quá giới hạn ${megabytes(p.limit)}; đã dừng đọc.`;
    case "too-many-cells":
      return p.cells === null
        ? `Tệp có hơn ${formatNumber(p.limit, "vi")} ô có dữ liệu, quá giới hạn; đã dừng đọc.`
        : `Tệp có quá nhiều ô: ${formatNumber(p.cells, "vi")}, giới hạn ${formatNumber(p.limit, "vi")}.`;
    case "too-many-strings":
      return `Tệp có quá nhiều chuỗi chữ dùng chung: hơn ${formatNumber(p.limit, "vi")}.`;
    case "too-much-text":
      return `Các chuỗi chữ dùng chung của tệp quá dài: hơn ${formatNumber(p.limit, "vi")} ký tự.`;
    case "too-deep":
      return `Phần "${p.part}" của tệp lồng nhau quá ${formatNumber(p.limit, "vi")} cấp: không phải tệp Excel thông thường.`;
    case "too-many-entries":
      return `Phần "${p.part}" của tệp có một danh sách quá ${formatNumber(p.limit, "vi")} mục: không phải tệp Excel thông thường.`;
    case "too-many-merges":
      return `Tệp có quá nhiều vùng ô gộp: hơn ${formatNumber(p.limit, "vi")}.`;
    case "too-slow":
      return `Đọc tệp quá ${formatNumber(p.seconds, "vi")} giây nên đã dừng.`;
    case "too-complex":
      return "Tệp quá lớn hoặc quá phức tạp để kiểm tra: chứa nhiều hơn mức chương trình xử lý được một lúc.";
    case "out-of-memory":
      return `Tệp quá lớn hoặc quá phức tạp để kiểm tra: cần nhiều hơn giới hạn bộ nhớ ${formatNumber(p.limitMb, "vi")} MB (tùy chọn --max-memory).`;
    case "timed-out":
      return `Tệp quá lớn hoặc quá phức tạp để kiểm tra: cần lâu hơn giới hạn thời gian ${formatNumber(p.limitSeconds, "vi")} giây (tùy chọn --time-limit).`;
    case "worker-died":
      return "Việc kiểm tra tệp này bị dừng đột ngột; các tệp khác vẫn được kiểm tra.";
    case "check-failed":
      return "Chương trình gặp lỗi ngoài dự kiến khi kiểm tra tệp này; các tệp khác vẫn được kiểm tra. Chi tiết kỹ thuật có trong báo cáo --json.";
  }
}
