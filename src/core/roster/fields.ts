import type { FieldId } from "./types";

/**
 * Header wordings per field, as they appear in rosters. They are folded before matching
 * (see normalise.ts), so each needs writing once: "Họ và tên" also covers "HO VA TEN",
 * "họ  và\ntên", NFD text and "Họ và tên:". A header that starts with a wording of two words or
 * more ("Họ và tên cán bộ", "Đơn vị công tác hiện nay") matches it too; the longest wins.
 * Short words that mean a field only under a parent ("Từ", "Đến", "Nam", "Nữ", "Số", "Ngày")
 * are kept out of this table and live in SUB_HEADER_GROUPS.
 */
export const FIELD_WORDINGS: Readonly<Record<FieldId, readonly string[]>> = {
  stt: ["stt", "tt", "số tt", "số thứ tự", "thứ tự", "no.", "#"],
  fullName: ["họ và tên", "họ tên", "họ, chữ đệm và tên", "họ và chữ đệm và tên", "full name", "fullname", "name"],
  birthDate: [
    "ngày sinh",
    "ngày, tháng, năm sinh",
    "ngày tháng năm sinh",
    "năm sinh",
    "sinh ngày",
    "date of birth",
    "birth date",
    "birthdate",
    "dob",
    "year of birth",
  ],
  birthDateMale: ["ngày sinh nam", "năm sinh nam", "ngày, tháng, năm sinh nam"],
  birthDateFemale: ["ngày sinh nữ", "năm sinh nữ", "ngày, tháng, năm sinh nữ"],
  gender: ["giới tính", "nam/nữ", "gender", "sex"],
  positionBefore: [
    "chức vụ trước khi luân chuyển",
    "chức vụ trước luân chuyển",
    "chức vụ, đơn vị trước khi luân chuyển",
    "position before rotation",
  ],
  positionAfter: [
    "chức vụ sau khi luân chuyển",
    "chức vụ sau luân chuyển",
    "chức vụ được bố trí sau luân chuyển",
    "chức vụ, đơn vị sau khi luân chuyển",
    "position after rotation",
  ],
  qualification: ["trình độ", "trình độ chuyên môn", "trình độ chuyên môn, nghiệp vụ", "qualification"],
  trainingMode: ["hình thức", "hình thức học", "hình thức bồi dưỡng", "training mode"],
  ethnicity: ["dân tộc", "ethnicity", "ethnic group"],
  position: [
    "chức vụ",
    "chức danh",
    "chức vụ, chức danh",
    "chức vụ, đơn vị công tác",
    "chức vụ, đơn vị",
    "chức vụ, nơi công tác",
    "position",
    "job title",
  ],
  unit: [
    "đơn vị",
    "đơn vị công tác",
    "cơ quan",
    "cơ quan công tác",
    "cơ quan, đơn vị",
    "nơi công tác",
    "unit",
    "department",
    "agency",
    "organisation",
    "organization",
  ],
  field: ["lĩnh vực", "ngành", "ngành, lĩnh vực", "lĩnh vực đào tạo", "field"],
  programme: [
    "nội dung đào tạo, bồi dưỡng",
    "nội dung đào tạo",
    "nội dung bồi dưỡng",
    "chương trình đào tạo",
    "chương trình",
    "hình thức đào tạo",
    "trình độ đào tạo",
    "loại hình",
    "loại hình đào tạo",
    "khóa học",
    "khóa đào tạo",
    "hệ đào tạo",
    "programme",
    "program",
    "course",
  ],
  major: ["chuyên ngành", "chuyên ngành đào tạo", "ngành đào tạo", "ngành học", "major", "specialty", "speciality"],
  institution: [
    "cơ sở đào tạo",
    "nơi đào tạo",
    "trường",
    "trường đào tạo",
    "nơi học",
    "cơ sở đào tạo, nơi học",
    "institution",
    "school",
    "university",
  ],
  trainingStart: ["từ ngày", "ngày bắt đầu", "thời gian bắt đầu", "ngày nhập học", "start date", "from date"],
  trainingEnd: ["đến ngày", "ngày kết thúc", "thời gian kết thúc", "end date", "to date"],
  trainingPeriod: [
    "thời gian đào tạo",
    "thời gian học",
    "thời gian đi học",
    "thời gian học tập",
    "thời gian đào tạo, bồi dưỡng",
    "thời gian bồi dưỡng",
    "training period",
  ],
  decisionNumber: [
    "số quyết định",
    "số qđ",
    "quyết định số",
    "số, ngày quyết định",
    "số, ngày qđ",
    "quyết định",
    "quyết định cử đi học",
    "quyết định cử đi đào tạo",
    "qđ cử đi học",
    "decision no",
    "decision number",
    "decision",
  ],
  decisionDate: ["ngày quyết định", "ngày qđ", "ngày ký", "ngày ký quyết định", "ngày ban hành", "decision date"],
  planningTitle: [
    "chức danh quy hoạch",
    "quy hoạch chức danh",
    "chức danh được quy hoạch",
    "quy hoạch",
    "planned position",
    "planning title",
  ],
  rotationEnd: [
    "ngày kết thúc luân chuyển",
    "thời gian kết thúc luân chuyển",
    "hết thời hạn luân chuyển",
    "ngày hết thời hạn luân chuyển",
    "rotation end",
  ],
  serviceStart: [
    "ngày tuyển dụng",
    "năm tuyển dụng",
    "ngày vào ngành",
    "năm vào ngành",
    "ngày vào cơ quan",
    "năm vào cơ quan",
    "ngày bắt đầu công tác",
    "năm bắt đầu công tác",
    "service start",
  ],
  commitment: ["cam kết", "cam kết phục vụ", "cam kết công tác", "bản cam kết", "commitment"],
  firstPlanning: [
    "quy hoạch lần đầu",
    "qh lần đầu",
    "lần đầu",
    "lần đầu quy hoạch",
    "hình thức quy hoạch",
    "quy hoạch mới hay tái quy hoạch",
    "first-time planning",
  ],
  rotationDate: ["ngày luân chuyển", "thời điểm luân chuyển", "thời gian luân chuyển", "rotation date"],
  unitFrom: [
    "đơn vị cũ",
    "nơi luân chuyển đi",
    "từ đơn vị",
    "đơn vị trước luân chuyển",
    "đơn vị đi",
    "nơi đi",
    "nơi công tác trước khi luân chuyển",
    "from unit",
  ],
  unitTo: [
    "đơn vị mới",
    "nơi luân chuyển đến",
    "đến đơn vị",
    "đơn vị luân chuyển đến",
    "đơn vị đến",
    "nơi đến",
    "nơi công tác sau khi luân chuyển",
    "to unit",
  ],
  notes: ["ghi chú", "notes", "note", "remarks", "remark", "comments"],
};

/**
 * Headers that start like a field's wording but are something else: a yes/no "ethnic minority"
 * mark, the unit of measure of a statistics sheet.
 */
export const NOT_FIELDS: readonly string[] = ["dân tộc thiểu số", "đơn vị tính"];

/** A parent header over sub-columns whose short names mean a field only beneath it. */
export interface SubHeaderGroup {
  parents: readonly string[];
  children: Readonly<Partial<Record<FieldId, readonly string[]>>>;
}

export const SUB_HEADER_GROUPS: readonly SubHeaderGroup[] = [
  {
    parents: FIELD_WORDINGS.birthDate,
    children: { birthDateMale: ["nam", "male"], birthDateFemale: ["nữ", "female"] },
  },
  {
    parents: [
      "thời gian đào tạo",
      "thời gian học",
      "thời gian đi học",
      "thời gian học tập",
      "thời gian",
      "thời gian đào tạo, bồi dưỡng",
      "training period",
      "period",
    ],
    children: {
      trainingStart: ["từ", "từ ngày", "bắt đầu", "ngày bắt đầu", "from", "start"],
      trainingEnd: ["đến", "đến ngày", "kết thúc", "ngày kết thúc", "to", "end"],
    },
  },
  {
    parents: [
      "quyết định cử đi học",
      "quyết định cử đi đào tạo",
      "quyết định",
      "qđ cử đi học",
      "số, ngày quyết định",
      "decision",
    ],
    children: {
      decisionNumber: ["số", "số qđ", "số quyết định", "số hiệu", "number", "no."],
      decisionDate: ["ngày", "ngày ký", "ngày ban hành", "ngày, tháng, năm", "ngày qđ", "ngày quyết định", "date"],
    },
  },
  {
    parents: ["chức vụ", "chức vụ, chức danh", "chức danh"],
    children: {
      positionBefore: ["trước", "trước luân chuyển", "trước khi luân chuyển", "before"],
      positionAfter: ["sau", "sau luân chuyển", "sau khi luân chuyển", "after"],
    },
  },
  {
    parents: ["đơn vị", "đơn vị công tác", "nơi công tác"],
    children: { unitFrom: ["đi", "nơi đi", "cũ", "trước"], unitTo: ["đến", "nơi đến", "mới", "sau"] },
  },
  {
    parents: ["luân chuyển", "nơi luân chuyển", "đơn vị luân chuyển", "luân chuyển cán bộ", "rotation"],
    children: {
      unitFrom: ["từ", "từ đơn vị", "nơi đi", "đơn vị cũ", "from"],
      unitTo: ["đến", "đến đơn vị", "nơi đến", "đơn vị mới", "to"],
      rotationDate: ["ngày", "thời điểm", "thời gian", "ngày luân chuyển", "date"],
      rotationEnd: ["đến ngày", "ngày kết thúc", "kết thúc", "end"],
    },
  },
];
