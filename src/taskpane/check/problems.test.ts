import type { Issue, RuleId, Severity } from "../../core/report/types";
import { countBySeverity, groupProblems, SEVERITIES, shownIssues } from "./problems";

const issue = (rule: RuleId, severity: Severity, cell: string): Issue => ({
  rule,
  severity,
  cell,
  row: Number(cell.slice(1)),
  column: cell[0],
  field: null,
  value: null,
  message: `${rule} at ${cell}`,
  params: {},
});

const ISSUES = [
  issue("whitespace", "info", "B5"),
  issue("age-limit", "error", "C6"),
  issue("unknown-value", "warning", "E6"),
  issue("whitespace", "info", "B7"),
  issue("invalid-date", "error", "C8"),
  issue("age-limit", "error", "D9"),
];

describe("countBySeverity", () => {
  it("counts errors, warnings and notes", () => {
    expect(countBySeverity(ISSUES)).toEqual({ error: 3, warning: 1, info: 2 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe("groupProblems", () => {
  it("groups by rule, errors first and then in the engine's rule order, lines kept in sheet order", () => {
    const groups = groupProblems(ISSUES, new Set(SEVERITIES));
    expect(groups.map((g) => [g.rule, g.severity, g.issues.map((i) => i.cell)])).toEqual([
      ["invalid-date", "error", ["C8"]],
      ["age-limit", "error", ["C6", "D9"]],
      ["unknown-value", "warning", ["E6"]],
      ["whitespace", "info", ["B5", "B7"]],
    ]);
  });

  it("leaves out the severities the user switched off", () => {
    expect(groupProblems(ISSUES, new Set<Severity>(["warning", "info"])).map((g) => g.rule)).toEqual([
      "unknown-value",
      "whitespace",
    ]);
    expect(groupProblems(ISSUES, new Set<Severity>())).toEqual([]);
  });
});

describe("shownIssues", () => {
  it("gives the issues the filter shows, for marking", () => {
    expect(shownIssues(ISSUES, new Set<Severity>(["error"])).map((i) => i.cell)).toEqual(["C6", "C8", "D9"]);
  });
});
