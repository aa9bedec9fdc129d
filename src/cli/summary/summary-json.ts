import type { PlanningPool } from "../../core/consolidate/types";
import { progressOf, type Progress } from "../../core/consolidate/progress";
import type {
  CategoryResult,
  Place,
  PlanningLink,
  RotationLine,
  SectionResult,
} from "../../core/consolidate/types";
import { formatYmd } from "../../core/dates";
import type { Language, Report } from "../../core/report/types";
import { targetWarningMessage } from "../../core/targets/messages";
import type { TargetWarningCode } from "../../core/targets/types";
import { statusText } from "./status-text";
import type { SummaryRun } from "./types";

/** Progress with its dates written dd/mm/yyyy, as everywhere in the JSON. */
type ProgressJson = Omit<Progress, "term" | "latest"> & {
  term: { start: string; end: string } | null;
  latest: string | null;
};

function progressJson(progress: Progress): ProgressJson {
  const { term, latest, ...rest } = progress;
  return {
    term: term && { start: formatYmd(term.start), end: formatYmd(term.end) },
    latest: latest && formatYmd(latest),
    ...rest,
  };
}

type PlanningJson = Omit<PlanningPool, "term" | "asOf"> & { term: { start: string; end: string } | null; asOf: string };

/** The summary as JSON: see docs/summary-format.md. */
export interface SummaryJson {
  version: 1;
  targets: {
    file: string;
    sheet: string;
    warnings: { row: number; code: TargetWarningCode; value: string; message: string }[];
  };
  totals: { files: number; unreadable: number; rows: number; people: number; duplicates: number };
  categories: (CategoryResult & { statusLabel: string })[];
  rotation: RotationLine | null;
  sections: SectionResult[];
  progress: ProgressJson;
  planning: PlanningJson[];
  planningLink: PlanningLink;
  zeroSent: string[];
  duplicates: { name: string; birth: string; places: Place[] }[];
  check: Report;
}

export function summaryJson(run: SummaryRun, lang: Language): SummaryJson {
  const { result } = run;
  return {
    version: 1,
    targets: {
      file: run.targetsFile,
      sheet: run.targetsSheet,
      warnings: run.targetWarnings.map((w) => ({
        row: w.row,
        code: w.code,
        value: w.value,
        message: targetWarningMessage(w, lang),
      })),
    },
    totals: {
      files: result.perFile.length,
      unreadable: result.perFile.filter((f) => f.error !== null).length,
      rows: result.rows.length,
      people: result.people,
      duplicates: result.crossFileDuplicates.length,
    },
    // Field by field, in the documented order, with the status label after the status.
    categories: result.achievement.map((c) => ({
      label: c.label,
      row: c.row,
      target: c.target,
      rows: c.rows,
      sent: c.sent,
      share: c.share,
      percent: c.percent,
      status: c.status,
      statusLabel: statusText(c, lang),
      gap: c.gap,
      zeroSent: c.zeroSent,
    })),
    rotation: result.rotation,
    sections: result.sections,
    progress: progressJson(progressOf(result, run.term)),
    planning: result.planning.map(({ term, asOf, ...rest }) => ({
      ...rest,
      term: term && { start: formatYmd(term.start), end: formatYmd(term.end) },
      asOf: formatYmd(asOf),
    })),
    planningLink: result.planningLink,
    zeroSent: result.zeroSent.map((c) => c.label),
    duplicates: result.crossFileDuplicates.map((d) => ({
      name: d.name,
      birth: d.birthYearOnly ? String(d.birth.y) : formatYmd(d.birth),
      places: d.places,
    })),
    check: result.check,
  };
}
