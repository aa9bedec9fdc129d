import { tally } from "../../core/consolidate/achievement";
import { consolidate, startConsolidation } from "../../core/consolidate/consolidate";
import type { Consolidation, PersonRecord } from "../../core/consolidate/types";
import type { WorkbookInput } from "../../core/grid/types";
import type { Language } from "../../core/i18n";
import type { Target, TargetWarning } from "../../core/targets/types";
import type { TargetsSheetRead } from "../../office";
import type { PlanWorkbook } from "./workbook";

/** A file the user picked: its name, and its workbook once read (by Excel, or by the pane's own reader). */
export interface PickedFile {
  name: string;
  read(onProgress: (done: number, total: number) => void): Promise<WorkbookInput>;
}

export interface ConsolidateSteps {
  /** Reading file `n` (1-based) of `total`; `fraction` of the whole batch done. */
  reading(n: number, total: number, file: string, fraction: number): void;
  /** Before the engine checks a file: the pane lets the browser paint. */
  checking(file: string): Promise<void>;
  writing(done: number, total: number): void;
  /** What went wrong with one file, in the user's words. */
  describe(error: unknown): string;
}

/**
 * A consolidation is written only when it found someone. Otherwise nothing is written and the reason is
 * given: no file could be read ("none-read"), or the files read held no roster with anyone in it ("no-people").
 */
export type ConsolidateOutcome =
  | {
      ok: true;
      consolidation: Consolidation;
      /** Files read (the others are reported and skipped). */
      files: number;
      sheet: string;
    }
  | { ok: false; reason: "none-read" | "no-people"; consolidation: Consolidation };

const targetsOf = (read: TargetsSheetRead): Target[] => (read.ok ? read.targets : []);

/**
 * Reads each picked file, checks it and adds its rosters; a file that cannot be read is
 * reported and skipped. The consolidated roster then goes to its own sheet. Files are read one at a time,
 * so a big batch never holds more than one file's cells besides the people taken from the others.
 */
export async function consolidateFiles(
  workbook: PlanWorkbook,
  files: readonly PickedFile[],
  lang: Language,
  steps: ConsolidateSteps,
): Promise<ConsolidateOutcome> {
  const targets = targetsOf(await workbook.readTargets());
  const settings = await workbook.settings();
  const consolidator = startConsolidation(targets, { settings, lang });
  let read = 0;
  for (const [i, file] of files.entries()) {
    steps.reading(i + 1, files.length, file.name, i / files.length);
    try {
      const input = await file.read((done, total) =>
        steps.reading(i + 1, files.length, file.name, (i + done / total) / files.length),
      );
      await steps.checking(file.name);
      consolidator.add({ file: file.name, workbook: input });
      read++;
    } catch (error) {
      consolidator.add({ file: file.name, error: steps.describe(error) });
    }
  }
  const consolidation = consolidator.result();
  if (read === 0) return { ok: false, reason: "none-read", consolidation };
  if (consolidation.rows.length === 0) return { ok: false, reason: "no-people", consolidation };
  const written = await workbook.writeConsolidated(
    consolidation.rows,
    lang,
    targets.map((t) => t.label),
    steps.writing,
  );
  return { ok: true, consolidation, files: read, sheet: written.sheet };
}

/** The figures of the report: over the consolidated people when there are some, else this workbook's rosters. */
export interface AchievementSource {
  people: readonly PersonRecord[];
  distinct: number;
  files: number;
}

export type AchievementOutcome =
  | { ok: true; sheet: string; categories: number; warnings: TargetWarning[] }
  | { ok: false; targets: Exclude<TargetsSheetRead, { ok: true }> }
  /** Nobody to count: a report of zeros would say every category was missed. */
  | { ok: false; nobody: true };

/**
 * Writes "Báo cáo kết quả" against the targets as they are now in "Chỉ tiêu" (the user may have filled
 * them in since the consolidation), over `source`, or over this workbook's own rosters when there is none.
 */
export async function makeAchievement(
  workbook: PlanWorkbook,
  source: AchievementSource | null,
  lang: Language,
  workbookName: string,
): Promise<AchievementOutcome> {
  const targetsRead = await workbook.readTargets();
  if (!targetsRead.ok) return { ok: false, targets: targetsRead };
  if (source && source.people.length === 0) return { ok: false, nobody: true };
  const targets = targetsRead.targets;
  let figures: {
    achievement: Consolidation["achievement"];
    rotation: Consolidation["rotation"];
    people: number;
    files: number;
  };
  if (source) {
    const { achievement, rotation } = tally(source.people, targets);
    figures = { achievement, rotation, people: source.distinct, files: source.files };
  } else {
    const settings = await workbook.settings();
    const own = consolidate([{ file: workbookName, workbook: await workbook.readRosters(workbookName) }], targets, {
      settings,
      lang,
    });
    if (own.rows.length === 0) return { ok: false, nobody: true };
    figures = { achievement: own.achievement, rotation: own.rotation, people: own.people, files: 1 };
  }
  const written = await workbook.writeAchievement(figures, lang);
  return { ok: true, ...written, warnings: targetsRead.warnings };
}
