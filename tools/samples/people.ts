/**
 * Made-up but typical cadres of Cao Bằng: Tày, Nùng, Mông, Dao and Kinh names and their usual share of
 * the province's population. A seeded generator keeps every run of the samples script identical.
 */

export type Rng = () => number;

/** mulberry32: tiny, fast and the same on every machine. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function between(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

const SURNAMES = ["Nông", "Hoàng", "Lục", "Bế", "Đàm", "Lương", "Triệu", "Nguyễn", "Lý", "Hà", "La", "Mạc", "Đinh", "Lưu", "Vi", "Chu", "Sầm", "Dương", "Phùng", "Hứa"];
const MALE_MIDDLE = ["Văn", "Đức", "Minh", "Quang", "Ngọc", "Thế", "Xuân"];
const FEMALE_MIDDLE = ["Thị", "Thu", "Thanh", "Thị Minh", "Thị Hồng", "Thúy"];
const MALE_GIVEN = ["Thành", "Hùng", "Cường", "Tuấn", "Hải", "Dũng", "Quân", "Khánh", "Long", "Tùng", "Bình", "Phong", "Toàn", "Việt", "Sơn"];
const FEMALE_GIVEN = ["Lan", "Hoa", "Mai", "Huyền", "Thảo", "Hương", "Ngọc", "Vân", "Nga", "Liên", "Hằng", "Yến", "Duyên", "Trang"];

/** Cao Bằng's main groups, weighted roughly by population (Tày ~41%, Nùng ~30%, Mông ~12%, Dao ~10%, Kinh ~6%). */
const ETHNICITIES: readonly [string, number][] = [["Tày", 41], ["Nùng", 30], ["Mông", 12], ["Dao", 10], ["Kinh", 6], ["Sán Chay", 1]];

export type Sex = "male" | "female";

export interface Person {
  name: string;
  sex: Sex;
  birth: readonly [number, number, number];
  ethnicity: string;
}

function ethnicity(rng: Rng): string {
  let roll = rng() * ETHNICITIES.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [name, weight] of ETHNICITIES) {
    roll -= weight;
    if (roll < 0) return name;
  }
  return "Tày";
}

/** A cadre born between the given years (days kept to 1–28 so every date exists). */
export function person(rng: Rng, fromYear: number, toYear: number): Person {
  const sex: Sex = rng() < 0.5 ? "male" : "female";
  const middle = pick(rng, sex === "male" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = pick(rng, sex === "male" ? MALE_GIVEN : FEMALE_GIVEN);
  return {
    name: `${pick(rng, SURNAMES)} ${middle} ${given}`,
    sex,
    birth: [between(rng, fromYear, toYear), between(rng, 1, 12), between(rng, 1, 28)],
    ethnicity: ethnicity(rng),
  };
}
