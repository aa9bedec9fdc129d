import type { WriteProblem } from "../output-guard";

/** Why a file could not be written, as the end of a sentence naming the file. */
export const WRITE_PROBLEMS_VI: Readonly<Record<WriteProblem, string>> = {
  "no-folder": "thư mục chứa nó không tồn tại",
  "no-permission": "bạn không có quyền ghi vào đó",
  "in-use": "tệp đang mở trong một chương trình khác (có thể là Excel): hãy đóng tệp rồi chạy lại lệnh",
  "disk-full": "ổ đĩa đã đầy",
  refused: "ổ đĩa hoặc thư mục dùng chung không cho ghi",
};

export const WRITE_PROBLEMS_EN: Readonly<Record<WriteProblem, string>> = {
  "no-folder": "its folder does not exist",
  "no-permission": "you do not have permission to write there",
  "in-use": "the file is open in another program (perhaps Excel): close it and run the command again",
  "disk-full": "the disk is full",
  refused: "the disk or the shared folder refused it",
};
