import { parseDateText, type YMD } from "./dates";
import { columnLetter } from "./grid/address";
import type { SheetInput, WorkbookInput } from "./grid/types";
import { byPosition, renderMessage, toIssues } from "./report";
import type { FileReport, Language, SeverityCounts, SheetReport, TableReport } from "./report/types";
import { cellText, locateRosters, readRows, type RosterLayout } from "./roster";
import type { RosterRow } from "./roster/types";
import { birthReading } from "./rules/person";
import {
  createContext,
  type FileContext,
  type Finding,
  type ListedPerson,
  type RuleContext,
  type RuleId,
  RULES,
  rulesOf,
  scanCells,
  type Severity,
} from "./rules";
import { resolveSettings, type Settings } from "./settings";

/** The rules of each scope: every one is handed its context and the list its findings go to. */
const FILE_RULES = rulesOf("file");
const WORKBOOK_RULES = rulesOf("workbook");
const SHEET_RULES = rulesOf("sheet");
const ROW_RULES = rulesOf("row");
const CELL_RULES = rulesOf("cell");

export interface ValidateOptions {
  settings?: Partial<Settings>;
  /** Language of the messages; Vietnamese by default. */
  lang?: Language;
  /** The date to judge "in the future" by; settings.today, else the real today. */
  today?: YMD;
  /** Severities that differ from the rules' defaults. */
  severities?: Partial<Record<RuleId, Severity>>;
  /**
   * Issues listed per file, the first by sheet and position; the others are only counted (`unlisted`), so
   * that a file with a problem in every cell gives a report of bounded size. All of them by default.
   */
  maxIssues?: number;
}

interface Run {
  settings: Settings;
  lang: Language;
  today: YMD;
  severity: Readonly<Record<RuleId, Severity>>;
}

function prepare(options: ValidateOptions): Run {
  const settings = resolveSettings(options.settings);
  const severity = {} as Record<RuleId, Severity>;
  for (const rule of RULES) severity[rule.id] = options.severities?.[rule.id] ?? rule.severity;
  return { settings, lang: options.lang ?? "vi", today: reportDay(settings, options.today), severity };
}

/** The day a check or summary is made on: the one given, else settings.today, else the real today. */
export function reportDay(settings: Settings, given?: YMD): YMD {
  if (given) return given;
  const set = parseDateText(settings.today);
  if (set.ok) return set.ymd;
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

type SheetFacts = Omit<SheetReport, "issues"> & { sections: Map<number, string>; people: ListedPerson[] };

function notARoster(name: string): SheetFacts {
  return {
    sheet: name,
    roster: false,
    kind: null,
    headerRows: [],
    dataRows: 0,
    fields: {},
    tables: [],
    sections: new Map(),
    people: [],
  };
}

/** Runs the sheet, row and cell rules over one list of a sheet, into `findings`; its people rows and sections. */
/** A named row as the workbook-scope rules see it. */
function listedPerson(row: RosterRow, index: number, ctx: RuleContext, sheet: number): ListedPerson | null {
  const col = ctx.columnOf.fullName;
  const name = cellText(ctx.value(row, "fullName")).trim();
  if (col === undefined || name === "") return null;
  const birth = birthReading(index, ctx);
  const programme = cellText(ctx.value(row, "programme"));
  return { sheet, row: row.row, col, name, birth: birth?.ymd ?? null, kind: ctx.layout.kind, programme };
}

function checkList(
  sheet: SheetInput,
  layout: RosterLayout,
  run: Run,
  findings: Finding[],
  facts: SheetFacts,
  sheetIndex: number,
): number {
  const rows = readRows(sheet, layout);
  const ctx = createContext(sheet, layout, rows, run.settings, run.today);
  for (const rule of SHEET_RULES) rule.check(ctx, findings);
  scanCells(ctx, CELL_RULES, findings);
  let dataRows = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].section !== null) facts.sections.set(rows[i].row, rows[i].section as string);
    if (rows[i].empty) continue;
    dataRows++;
    for (const rule of ROW_RULES) rule.check(rows[i], i, ctx, findings);
    const person = listedPerson(rows[i], i, ctx, sheetIndex);
    if (person) facts.people.push(person);
  }
  return dataRows;
}

/** Runs the rules over every list of one sheet, into `findings`; what the sheet holds. */
function checkSheet(sheet: SheetInput, run: Run, findings: Finding[], sheetIndex: number): SheetFacts {
  const layouts = locateRosters(sheet, run.settings);
  if (layouts.length === 0) return notARoster(sheet.name);
  const originRow = sheet.origin?.row ?? 1;
  const originCol = sheet.origin?.col ?? 1;
  const headerRowsOf = (layout: RosterLayout) => {
    const rows: number[] = [];
    for (let r = layout.headerTop; r <= layout.headerBottom; r++) rows.push(r + originRow);
    return rows;
  };
  const first = layouts[0];
  const facts: SheetFacts = {
    sheet: sheet.name,
    roster: true,
    kind: first.kind,
    headerRows: headerRowsOf(first),
    dataRows: 0,
    fields: {},
    tables: [],
    sections: new Map(),
    people: [],
  };
  for (const column of first.columns) facts.fields[column.field] = columnLetter(column.col + originCol);
  for (const layout of layouts) {
    const dataRows = checkList(sheet, layout, run, findings, facts, sheetIndex);
    facts.dataRows += dataRows;
    const left = Math.min(...layout.headedColumns);
    const bottom = Math.max(layout.lastDataRow, layout.headerBottom);
    const table: TableReport = {
      range: `${columnLetter(left + originCol)}${layout.headerTop + originRow}:${columnLetter(layout.right + originCol)}${bottom + originRow}`,
      kind: layout.kind,
      title: layout.title.length > 0 ? layout.title.join(" ") : null,
      headerRows: headerRowsOf(layout),
      dataRows,
    };
    facts.tables.push(table);
  }
  return facts;
}

/** Runs the rules that link the lists of the checked sheets, each finding onto its own sheet's list. */
function linkLists(checked: readonly { facts: SheetFacts; findings: Finding[] }[]): void {
  const people = checked.flatMap((c) => c.facts.people);
  for (const rule of WORKBOOK_RULES) {
    rule.check({ people }, { push: ({ sheet, finding }) => checked[sheet].findings.push(finding), length: 0 });
  }
}

/** The sheet's report, listing at most `room` of its findings (the first by position) and counting the others. */
function withIssues(
  facts: SheetFacts,
  findings: readonly Finding[],
  sheet: SheetInput,
  run: Run,
  room = Infinity,
): SheetReport {
  // The report keeps the sheet's facts; its sections name the issues' rows, its people were for linking lists.
  const { sheet: name, roster, kind, headerRows, dataRows, fields, tables, sections } = facts;
  if (findings.length <= room) {
    const issues = toIssues(findings, sheet, run.severity, run.lang, sections);
    return { sheet: name, roster, kind, headerRows, dataRows, fields, tables, issues };
  }
  const sorted = [...findings].sort(byPosition);
  const unlisted: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (let i = room; i < sorted.length; i++) unlisted[run.severity[sorted[i].rule]]++;
  const issues = toIssues(sorted.slice(0, room), sheet, run.severity, run.lang, sections);
  return { sheet: name, roster, kind, headerRows, dataRows, fields, tables, issues, unlisted };
}

/** Checks one sheet. A sheet holding no roster gets `roster: false` and no issues (file-scope rules run per file). */
export function validateSheet(sheet: SheetInput, options: ValidateOptions = {}): SheetReport {
  const run = prepare(options);
  const findings: Finding[] = [];
  const facts = checkSheet(sheet, run, findings, 0);
  linkLists([{ facts, findings }]);
  return withIssues(facts, findings, sheet, run);
}

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();
}

/**
 * Checks every sheet of a workbook (only `settings.rosterSheet` when it is set), then runs the file-scope
 * rules, whose issues go on the roster sheet named in the settings, else the first sheet. A file without
 * any sheet has nowhere to show them: its first file-scope message becomes the file's error.
 */
export function validateWorkbook(input: WorkbookInput, options: ValidateOptions = {}): FileReport {
  const run = prepare(options);
  const only = run.settings.rosterSheet;
  const checked = input.sheets.map((sheet, i) => {
    const findings: Finding[] = [];
    const facts =
      only === "" || sameName(sheet.name, only) ? checkSheet(sheet, run, findings, i) : notARoster(sheet.name);
    return { sheet, facts, findings };
  });
  linkLists(checked);
  const named = checked.findIndex((c) => only !== "" && sameName(c.sheet.name, only));
  const target = checked[Math.max(0, named)];
  const file: FileContext = {
    settings: run.settings,
    rosters: checked.filter((c) => c.facts.roster).length,
    target: target?.sheet ?? null,
  };
  const fileFindings = target?.findings ?? [];
  for (const rule of FILE_RULES) rule.check(file, fileFindings);
  if (target === undefined) {
    const first = fileFindings[0];
    return {
      file: input.file,
      error: first === undefined ? null : renderMessage(first.rule, first.params, run.lang),
      sheets: [],
    };
  }
  let room = options.maxIssues ?? Infinity;
  const sheets = checked.map((c) => {
    const report = withIssues(c.facts, c.findings, c.sheet, run, room);
    room -= report.issues.length;
    return report;
  });
  return { file: input.file, error: null, sheets };
}

export { summarize } from "./report/summary";
