import { date } from "../layouts";
import { pick, type Rng } from "../people";
import type { SampleValue } from "../sample-types";

/** Provincial units and the title of their deputy heads. */
const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ["Sở Kế hoạch và Đầu tư", "Phó Giám đốc"], ["Sở Tài chính", "Phó Giám đốc"], ["Sở Nông nghiệp và PTNT", "Phó Giám đốc"],
  ["Sở Tài nguyên và Môi trường", "Phó Giám đốc"], ["Văn phòng UBND tỉnh", "Phó Chánh"], ["Ban Dân vận Tỉnh ủy", "Phó Trưởng"],
];
const DISTRICTS = ["Huyện ủy Trùng Khánh", "UBND huyện Bảo Lâm", "Huyện ủy Hà Quảng", "Huyện ủy Nguyên Bình", "UBND huyện Thạch An", "Huyện ủy Quảng Hòa"];
const ROUNDS = [
  { date: date(2016, 8, 1), decision: "45-QĐ/TU" },
  { date: date(2017, 7, 1), decision: "512-QĐ/TU" },
  { date: date(2018, 7, 1), decision: "1187-QĐ/TU" },
  { date: date(2019, 7, 1), decision: "1650-QĐ/TU" },
];

/** A rotation: a department's deputy head sent to a district, or a district's cadre brought to a department. */
export function rotationCells(rng: Rng): Record<string, SampleValue> {
  const [department, deputy] = pick(rng, DEPARTMENTS);
  const district = pick(rng, DISTRICTS);
  const round = pick(rng, ROUNDS);
  const toDistrict = rng() < 0.6;
  return {
    position: toDistrict ? `${deputy} ${department}` : `Phó Bí thư ${district}`,
    from: toDistrict ? department : district,
    to: toDistrict ? district : department,
    date: round.date,
    decision: round.decision,
  };
}
