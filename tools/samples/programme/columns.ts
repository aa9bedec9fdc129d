import { TRAINING_NAM_NU, TRAINING_ONE_ROW } from "../layouts";
import type { ColumnSpec } from "../sample-types";

const FIELD: ColumnSpec = { key: "field", header: "Lĩnh vực", width: 14 };

/** The provincial Nam | Nữ training roster with a "Lĩnh vực" column after the unit, as health and culture keep it. */
export const NAM_NU_WITH_FIELD: readonly ColumnSpec[] = TRAINING_NAM_NU.flatMap((c) => (c.key === "unit" ? [c, FIELD] : [c]));

/** A district's one-row roster (birth date and gender columns) with a "Lĩnh vực" column before the programme. */
export const ONE_ROW_WITH_FIELD: readonly ColumnSpec[] = TRAINING_ONE_ROW.flatMap((c) => (c.key === "programme" ? [FIELD, c] : [c]));

/** A list kept as an Excel table: one header row, no numbering row. */
export const TABLE_ROSTER: readonly ColumnSpec[] = [
  { key: "stt", header: "STT", width: 5 },
  { key: "name", header: "Họ và tên", width: 24 },
  { key: "birth", header: "Ngày sinh", width: 12 },
  { key: "gender", header: "Giới tính", width: 9 },
  { key: "ethnicity", header: "Dân tộc", width: 9 },
  { key: "position", header: "Chức vụ", width: 22 },
  { key: "unit", header: "Đơn vị công tác", width: 30 },
  { key: "programme", header: "Chương trình đào tạo", width: 44 },
  { key: "institution", header: "Cơ sở đào tạo", width: 30 },
  { key: "decision", header: "Số quyết định", width: 16 },
  { key: "decisionDate", header: "Ngày quyết định", width: 14 },
];
