import type { Language } from "../i18n";
import { renderMessage } from "../report/render-message";
import type { FileReport, Issue, SheetReport } from "../report/types";
import { columnNumber } from "../grid/address";
import { leadershipTrack, planningRegister } from "../rules/not-in-planning";
import type { Severity } from "../rules/types";
import type { PersonRecord, PlanningLink } from "./types";

const RULE = "not-in-planning";

function issueOf(person: PersonRecord, severity: Severity, lang: Language): Issue {
  const issue: Issue = {
    rule: RULE,
    severity,
    cell: `${person.nameColumn}${person.row}`,
    row: person.row,
    column: person.nameColumn,
    field: "fullName",
    value: person.name,
    message: renderMessage(RULE, {}, lang),
    params: {},
  };
  if (person.section !== null) issue.section = person.section;
  return issue;
}

const byPosition = (a: Issue, b: Issue) => a.row - b.row || columnNumber(a.column) - columnNumber(b.column);

/**
 * `not-in-planning` across a consolidation: the planning lists of every file form one pool, as the board
 * reads them together (a department's training list against the board's planning list). Each file's own
 * findings stand only for people on no list of the pool; a file with no planning list of its own, which its
 * own check could not link, gets its findings here. With no planning list in any file nothing changes.
 */
export function linkPlanningAcrossFiles(
  perFile: readonly FileReport[],
  people: readonly PersonRecord[],
  severity: Severity,
  lang: Language,
): { perFile: FileReport[]; link: PlanningLink } {
  const planned = planningRegister(people);
  if (planned === null) return { perFile: [...perFile], link: { lists: 0, unplanned: 0 } };
  const planning = people.filter((p) => p.kind === "planning");
  const lists = new Set(planning.map((p) => `${p.file}\u0000${p.sheet}\u0000${p.list}`));
  const filesWithPlanning = new Set(planning.map((p) => p.file));
  const unplanned = people.filter((p) => leadershipTrack(p) && !planned(p));
  const place = (file: string, sheet: string, row: number) => `${file}\u0000${sheet}\u0000${row}`;
  const unplannedAt = new Set(unplanned.map((p) => place(p.file, p.sheet, p.row)));

  const relinked = perFile.map((report): FileReport => {
    if (report.error !== null) return report;
    const ownLink = filesWithPlanning.has(report.file);
    const sheets = report.sheets.map((sheet): SheetReport => {
      const kept = sheet.issues.filter(
        (issue) => issue.rule !== RULE || unplannedAt.has(place(report.file, sheet.sheet, issue.row)),
      );
      if (ownLink) return kept.length === sheet.issues.length ? sheet : { ...sheet, issues: kept };
      const added = unplanned
        .filter((p) => p.file === report.file && p.sheet === sheet.sheet)
        .map((p) => issueOf(p, severity, lang));
      return added.length === 0 ? sheet : { ...sheet, issues: [...kept, ...added].sort(byPosition) };
    });
    return { ...report, sheets };
  });
  return { perFile: relinked, link: { lists: lists.size, unplanned: unplanned.length } };
}
