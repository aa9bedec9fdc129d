import { date, sheetFrom } from "../../../test/support/core/grid";
import { DEFAULT_SETTINGS } from "../settings";
import { extractPeople } from "./people";
import { planningPools } from "./planning-pool";

const TODAY = { y: 2026, m: 12, d: 3 };
const person = (n: number, name: string, born: string, gender: string, ethnicity: string) => [
  n,
  name,
  date(born),
  gender,
  ethnicity,
  "Phó Giám đốc Sở",
];

/** A planning list for 2025–2030 under a training list, as the board's workbooks hold them. */
const SHEET = sheetFrom([
  ["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO"],
  ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Chương trình đào tạo"],
  [1, "Lý Văn Phúc", date("02/02/1990"), "Nam", "Kinh", "Thạc sĩ"],
  [],
  ["DANH SÁCH QUY HOẠCH BAN THƯỜNG VỤ TỈNH ỦY GIAI ĐOẠN 2025 – 2030"],
  ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Chức danh quy hoạch"],
  person(1, "Nông Thị Hoa", "01/03/1986", "Nữ", "Tày"),
  person(2, "Hoàng Văn Nam", "01/01/1985", "Nam", "Nùng"),
  person(3, "Trần Văn Bình", "05/05/1975", "Nam", "Kinh"),
  person(4, "Lê Thị Thu", "09/09/1980", "Nữ", ""),
]);

describe("the structure of a planning list", () => {
  const people = extractPeople("quy-hoach.xlsx", { file: "quy-hoach.xlsx", sheets: [SHEET] }, DEFAULT_SETTINGS);
  const [pool] = planningPools(people, DEFAULT_SETTINGS, TODAY);

  it("is found under a training list, with the term its title names", () => {
    expect(planningPools(people, DEFAULT_SETTINGS, TODAY)).toHaveLength(1);
    expect([pool.people, pool.term?.start, pool.asOf]).toEqual([4, { y: 2025, m: 1, d: 1 }, { y: 2025, m: 1, d: 1 }]);
  });

  it("counts young cadres at the term's start, women and minorities against the goals of Quy định 50-QĐ/TW", () => {
    // Under 40 on 01/01/2025: born 01/03/1986 (38) and 01/01/1985 (40, not under) → 1 of 4.
    expect(pool.young).toEqual({ count: 1, percent: 25, goal: 15, met: true });
    expect(pool.women).toEqual({ count: 2, percent: 50, goal: 25, met: true });
    // No minority goal is set unless the locality sets one; an ethnic group left blank is unknown.
    expect(pool.minority).toEqual({ count: 2, percent: 50, goal: null, met: null });
    expect(pool.unknown).toEqual({ birth: 0, gender: 0, ethnicity: 1 });
  });

  it("reports a goal missed, with the locality's own goals", () => {
    const settings = { ...DEFAULT_SETTINGS, planningYoungGoal: 30, planningMinorityGoal: 60 };
    const [strict] = planningPools(people, settings, TODAY);
    expect([strict.young.met, strict.minority.met]).toEqual([false, false]);
  });
});
