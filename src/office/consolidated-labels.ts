import type { Gender } from "../core/people/gender";
import type { Language } from "../core/report/types";
import type { RosterKind } from "../core/roster/types";
import type { AdminLevel } from "../core/targets/types";

export interface ConsolidatedLabels {
  title: (rows: number) => string;
  headers: readonly string[];
  gender: Readonly<Record<Gender, string>>;
  level: Readonly<Record<AdminLevel, string>>;
  kind: Readonly<Record<RosterKind, string>>;
}

export const CONSOLIDATED_LABELS: Readonly<Record<Language, ConsolidatedLabels>> = {
  vi: {
    title: (rows) => `DANH SÁCH TỔNG HỢP (${rows} dòng)`,
    headers: [
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
    ],
    gender: { male: "Nam", female: "Nữ" },
    level: { province: "Tỉnh", district: "Huyện", commune: "Xã" },
    kind: { training: "Đào tạo, bồi dưỡng", rotation: "Luân chuyển", planning: "Quy hoạch" },
  },
  en: {
    title: (rows) => `CONSOLIDATED ROSTER (${rows} rows)`,
    headers: [
      "No.",
      "Full name",
      "Birth date",
      "Gender",
      "Unit",
      "Level",
      "Programme",
      "Field",
      "Major",
      "Roster kind",
      "Target categories",
      "Source file",
      "Sheet",
      "Row",
    ],
    gender: { male: "Male", female: "Female" },
    level: { province: "Province", district: "District", commune: "Commune" },
    kind: { training: "Training", rotation: "Rotation", planning: "Planning" },
  },
};
