import { tally } from "../../core/consolidate/achievement";
import { consolidate, startConsolidation } from "../../core/consolidate/consolidate";
import { planningPools } from "../../core/consolidate/planning-pool";
import { progressOf } from "../../core/consolidate/progress";
import { reportDay } from "../../core/engine";
import type { CategoryResult, Consolidation, PersonRecord } from "../../core/consolidate/types";
import type { WorkbookInput } from "../../core/grid/types";
import type { Language } from "../../core/i18n";
import { targetsOfPickedFile } from "../../core/targets/read-targets";
import type { Target, TargetsRead, TargetWarning } from "../../core/targets/types";
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
 * Reads each picked file, checks it and adds its rosters, against the targets in use (`targetsRead`: the
 * "Chỉ tiêu" sheet, or a targets file the user picked); a file that cannot be read is
 * reported and skipped. The consolidated roster then goes to its own sheet. Files are read one at a time,
 * so a big batch never holds more than one file's cells besides the people taken from the others.
 */
export async function consolidateFiles(
  workbook: PlanWorkbook,
  files: readonly PickedFile[],
  lang: Language,
  steps: ConsolidateSteps,
  targetsRead: TargetsSheetRead,
): Promise<ConsolidateOutcome> {
  const targets = targetsOf(targetsRead);
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

/**
 * The targets of a workbook the user picked, found as the command line's `--targets` finds them; one that
 * sets no target at all is refused, as it would leave nothing to compare with.
 */
export async function readTargetsFile(file: PickedFile): Promise<TargetsRead> {
  return targetsOfPickedFile(await file.read(() => undefined));
}

/** The figures of the report: over the consolidated people when there are some, else this workbook's rosters. */
export interface AchievementSource {
  people: readonly PersonRecord[];
  distinct: number;
  files: number;
}

/** Each category's result over the consolidated people against `targets`: the chart, when the targets change. */
export function achievementOf(source: AchievementSource, targets: readonly Target[]): CategoryResult[] {
  return tally(source.people, targets).achievement;
}

export type AchievementOutcome =
  | { ok: true; sheet: string; categories: number; warnings: TargetWarning[]; achievement: CategoryResult[] }
  | { ok: false; targets: Exclude<TargetsSheetRead, { ok: true }> }
  /** Nobody to count: a report of zeros would say every category was missed. */
  | { ok: false; nobody: true };

/**
 * Writes "Báo cáo kết quả", with the progress by year and the planning lists' structure under it, against the targets in use as they are now
 * (the user may have filled in "Chỉ tiêu" since the consolidation; `targetsFrom` names a targets file), over
 * `source`, or over this workbook's own rosters when there is none.
 */
export async function makeAchievement(
  workbook: PlanWorkbook,
  source: AchievementSource | null,
  lang: Language,
  workbookName: string,
  targetsRead: TargetsSheetRead,
  targetsFrom?: string,
): Promise<AchievementOutcome> {
  if (!targetsRead.ok) return { ok: false, targets: targetsRead };
  if (source && source.people.length === 0) return { ok: false, nobody: true };
  const { targets, term } = targetsRead;
  const settings = await workbook.settings();
  let counted: Pick<Consolidation, "achievement" | "rotation" | "rows" | "people" | "planning">;
  let files = 1;
  if (source) {
    const { achievement, rotation, categoriesOf } = tally(source.people, targets);
    const rows = source.people.map((person, i) => ({ ...person, categories: categoriesOf[i] }));
    const planning = planningPools(source.people, settings, reportDay(settings));
    counted = { achievement, rotation, rows, people: source.distinct, planning };
    files = source.files;
  } else {
    counted = consolidate([{ file: workbookName, workbook: await workbook.readRosters(workbookName) }], targets, {
      settings,
      lang,
    });
    if (counted.rows.length === 0) return { ok: false, nobody: true };
  }
  const written = await workbook.writeAchievement(
    {
      achievement: counted.achievement,
      rotation: counted.rotation,
      people: counted.people,
      files,
      progress: progressOf(counted, term),
      planning: counted.planning,
      ...(targetsFrom ? { targetsFrom } : {}),
    },
    lang,
  );
  return { ok: true, ...written, warnings: targetsRead.warnings, achievement: counted.achievement };
}
