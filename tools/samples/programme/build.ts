import { vnKey } from "../../../src/core/text/vn-key";
import { namNu, withGender } from "../layouts";
import { person, pick, seededRng, type Person, type Rng } from "../people";
import type { SampleSheet, SampleValue } from "../sample-types";
import { COURSES, type CourseId } from "./courses";
import { rotationCells } from "./rotation";
import { UNITS, type UnitSpec, type Variant } from "./units";

/** A row of a sample unit: who, on which course, and the choices made for the rest of the row. */
export interface SampleRow {
  person: Person;
  course: CourseId;
  variant?: Variant;
  cells: Record<string, SampleValue>;
}

export interface BuiltUnit {
  spec: UnitSpec;
  rows: SampleRow[];
}

const POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Phó Chánh Văn phòng", "Phó Giám đốc"];
const POSTGRAD_POSITION: Partial<Record<CourseId, string>> = { "ths-gd": "Giáo viên", "cki-yte": "Bác sĩ", "ths-yte": "Bác sĩ", "ths-vh": "Viên chức", "ths-tdtt": "Huấn luyện viên" };
const ROTATION_BORN = [1975, 1984] as const;
/** The only TCVN3 text the samples need: what Excel shows for "Thạc sĩ" typed in .VnTime. */
const TCVN3: Readonly<Record<string, string>> = { "Thạc sĩ": "Th¹c sÜ" };

/** Made-up cadres, never the same name and birth date twice unless a duplicate is meant. */
function freshPeople(rng: Rng): (born: readonly [number, number]) => Person {
  const seen = new Set<string>();
  return (born) => {
    for (;;) {
      const p = person(rng, born[0], born[1]);
      const key = `${vnKey(p.name)}|${p.birth.join("-")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      return p;
    }
  };
}

function courseCells(rng: Rng, spec: UnitSpec, courseId: CourseId, variant: Variant | undefined): Record<string, SampleValue> {
  if (courseId === "rotation") return rotationCells(rng);
  const course = COURSES[courseId];
  const written = pick(rng, course.programme);
  const programme: SampleValue =
    variant === "tcvn3" ? { text: TCVN3[written], font: ".VnTime" } : variant === "thac-sy" ? written.replace("Thạc sĩ", "Thạc sỹ") : written;
  return {
    position: POSTGRAD_POSITION[courseId] ?? pick(rng, POSITIONS),
    unit: spec.units.length > 0 ? pick(rng, spec.units) : null,
    field: course.field ?? spec.field ?? null,
    programme,
    major: course.majors.length > 0 ? pick(rng, course.majors) : null,
    institution: course.institution,
    start: course.start,
    end: course.end,
    decision: course.decision,
    decisionDate: course.decisionDate,
  };
}

/** The units' rows, block by block, every cadre new. */
function buildRows(): BuiltUnit[] {
  const rng = seededRng(2016_05_09);
  const fresh = freshPeople(rng);
  return UNITS.map((spec) => ({
    spec,
    rows: spec.blocks.flatMap((block) =>
      Array.from({ length: block.count }, () => ({
        person: fresh(block.course === "rotation" ? ROTATION_BORN : COURSES[block.course].born),
        course: block.course,
        variant: block.variant,
        cells: courseCells(rng, spec, block.course, block.variant),
      })),
    ),
  }));
}

/** The nth row of a unit on a course. */
function nth(unit: BuiltUnit, course: CourseId, n: number): SampleRow {
  const row = unit.rows.filter((r) => r.course === course)[n];
  if (row === undefined) throw new Error(`${unit.spec.file} has no row ${n} on ${course}`);
  return row;
}

/** The people who appear in two units' rosters, and how. */
export interface PlannedDuplicate {
  from: { file: string; course: CourseId; n: number };
  to: { file: string; course: CourseId; n: number };
  /** "extra": a row added for the same course (counted once); "same-person": another course's row is this person. */
  how: "extra" | "same-person";
}

export const DUPLICATES: readonly PlannedDuplicate[] = [
  { from: { file: "02-so-y-te.xlsx", course: "llct", n: 3 }, to: { file: "05-truong-chinh-tri-hoang-dinh-giong.xlsx", course: "llct", n: 219 }, how: "extra" },
  { from: { file: "01-so-giao-duc-dao-tao.xlsx", course: "llct", n: 5 }, to: { file: "05-truong-chinh-tri-hoang-dinh-giong.xlsx", course: "llct", n: 220 }, how: "extra" },
  { from: { file: "04-so-noi-vu.xlsx", course: "ldql", n: 7 }, to: { file: "06-ubnd-huyen-hoa-an.xlsx", course: "kynang", n: 4 }, how: "same-person" },
  { from: { file: "08-ban-to-chuc-tinh-uy-luan-chuyen.xlsx", course: "rotation", n: 2 }, to: { file: "07-huyen-uy-trung-khanh.xlsx", course: "llct", n: 6 }, how: "same-person" },
];

/**
 * The sample units: fresh cadres for every block, then the planned duplicates: an extra row, after the nth
 * row of the course, for a person another unit also lists on that course; or another unit's person put on a row.
 */
export function buildUnits(): BuiltUnit[] {
  const units = buildRows();
  const unit = (file: string) => units.find((u) => u.spec.file === file) as BuiltUnit;
  for (const { from, to, how } of DUPLICATES) {
    const source = nth(unit(from.file), from.course, from.n);
    const target = unit(to.file);
    const at = target.rows.indexOf(nth(target, to.course, to.n));
    if (how === "same-person") target.rows[at] = { ...target.rows[at], person: source.person };
    else target.rows.splice(at + 1, 0, { ...target.rows[at], person: source.person, variant: undefined, cells: { ...target.rows[at].cells, unit: source.cells.unit } });
  }
  return units;
}

function nfd(value: SampleValue): SampleValue {
  return typeof value === "string" ? value.normalize("NFD") : value;
}

/** A row's cells in its unit's layout: the person's cells the layout has (Nam | Nữ, or a birth date and a gender). */
function rowCells(spec: UnitSpec, row: SampleRow): Record<string, SampleValue> {
  const keys = new Set(spec.columns.map((c) => c.key));
  const who = keys.has("male") ? namNu(row.person) : withGender(row.person);
  const all: Record<string, SampleValue> = { ...row.cells, ...who };
  if (row.variant === "nfd") for (const key of ["name", "programme"]) all[key] = nfd(all[key]);
  return Object.fromEntries(Object.entries(all).filter(([key, value]) => keys.has(key) && value !== null));
}

export function sampleSheet(unit: BuiltUnit): SampleSheet {
  const { spec } = unit;
  return {
    name: spec.sheet,
    letterhead: spec.letterhead,
    columns: spec.columns,
    numbering: spec.numbering,
    table: spec.table,
    total: spec.total,
    rows: unit.rows.map((row) => rowCells(spec, row)),
  };
}
