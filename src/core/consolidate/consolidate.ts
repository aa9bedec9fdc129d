import { reportDay, summarize, validateWorkbook, type ValidateOptions } from "../engine";
import type { WorkbookInput } from "../grid/types";
import type { FileReport } from "../report/types";
import { notInPlanning } from "../rules/not-in-planning";
import { resolveSettings } from "../settings";
import type { Target } from "../targets/types";
import { tally } from "./achievement";
import { crossFileDuplicates } from "./duplicates";
import { identity } from "./identity";
import { extractPeople } from "./people";
import { linkPlanningAcrossFiles } from "./planning-links";
import { planningPools } from "./planning-pool";
import { sectionResults } from "./sections";
import type { ConsolidateInput, Consolidation, ExaminedWorkbook, PersonRecord } from "./types";

/** Consolidation one workbook at a time, so a caller can show progress and drop each workbook once added. */
export interface Consolidator {
  /** Checks and takes in one workbook (or records why it could not be read); returns its check report. */
  add(input: ConsolidateInput): FileReport;
  result(): Consolidation;
}

function distinctPeople(people: readonly PersonRecord[]): number {
  const ids = new Set<string>();
  let unknown = 0;
  for (const person of people) {
    const id = identity(person);
    if (id === null) unknown++;
    else ids.add(id);
  }
  return ids.size + unknown;
}

/**
 * One workbook checked and its people taken out: all that consolidation keeps of it, so the workbook
 * itself can be dropped wherever it was read.
 */
export function examineWorkbook(
  file: string,
  workbook: WorkbookInput,
  options: ValidateOptions = {},
): ExaminedWorkbook {
  return {
    report: { ...validateWorkbook(workbook, options), file },
    people: extractPeople(file, workbook, resolveSettings(options.settings)),
  };
}

export function startConsolidation(targets: readonly Target[], options: ValidateOptions = {}): Consolidator {
  const settings = resolveSettings(options.settings);
  const today = reportDay(settings, options.today);
  const perFile: FileReport[] = [];
  const people: PersonRecord[] = [];
  return {
    add(input) {
      // Both worked out before either is kept, so a workbook that makes either throw leaves no trace.
      const { report, people: found }: ExaminedWorkbook =
        "examined" in input
          ? input.examined
          : "error" in input
            ? { report: { file: input.file, error: input.error, sheets: [] }, people: [] }
            : {
                report: { ...validateWorkbook(input.workbook, options), file: input.file },
                people: extractPeople(input.file, input.workbook, settings),
              };
      perFile.push(report);
      for (const person of found) people.push(person);
      return report;
    },
    result() {
      const { achievement, categoriesOf, rotation } = tally(people, targets);
      const rows = people.map((person, i) => ({ ...person, categories: categoriesOf[i] }));
      const severity = options.severities?.[notInPlanning.id] ?? notInPlanning.severity;
      const linked = linkPlanningAcrossFiles(perFile, people, severity, options.lang ?? "vi");
      return {
        perFile: linked.perFile,
        check: summarize(linked.perFile),
        planningLink: linked.link,
        rows,
        people: distinctPeople(people),
        crossFileDuplicates: crossFileDuplicates(people),
        achievement,
        zeroSent: achievement.filter((category) => category.zeroSent),
        rotation,
        sections: sectionResults(rows, targets.length),
        planning: planningPools(people, settings, today),
      };
    },
  };
}

/**
 * Checks every workbook, merges their rosters, finds the people listed in more than one file and counts
 * each category against its target. Workbooks that could not be read are reported and the others still count.
 */
export function consolidate(
  inputs: readonly ConsolidateInput[],
  targets: readonly Target[],
  options: ValidateOptions = {},
): Consolidation {
  const consolidator = startConsolidation(targets, options);
  for (const input of inputs) consolidator.add(input);
  return consolidator.result();
}
