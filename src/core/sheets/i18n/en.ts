import { formatNumber } from "../../i18n/format";
import type { SheetTexts } from "./shape";

const n = (value: number) => formatNumber(value, "en");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

export const EN: SheetTexts = {
  severity: { error: "Error", warning: "Warning", info: "Note" },
  checkReport: {
    title: "Roster check results",
    checkedAt: (at) => `Checked at: ${at}`,
    headers: ["Sheet", "Cell", "Rule", "Severity", "Value", "Message"],
    none: "No problems found.",
  },
  stamp: {
    title: "Roster check information",
    sheet: (name) => `Sheet checked: ${name}`,
    checkedAt: (at) => `Checked at: ${at}`,
    result: (errors, warnings, infos) =>
      `Result: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}`,
    frozen: (cells) => `CADRE formula cells replaced by their values: ${n(cells)}`,
  },
  consolidated: {
    title: (rows) => `CONSOLIDATED ROSTER (${plural(rows, "row", "rows")})`,
    headers: [
      "No.",
      "Full name",
      "Birth date",
      "Gender",
      "Unit",
      "Level",
      "Programme",
      "Field",
      "Major",
      "Roster kind",
      "Target categories",
      "Source file",
      "Sheet",
      "Row",
      "Section in its list",
    ],
    gender: { male: "Male", female: "Female" },
    level: { province: "Province", district: "District", commune: "Commune" },
    kind: { training: "Training", rotation: "Rotation", planning: "Planning" },
  },
  achievement: {
    title: "ACHIEVEMENT OF TRAINING AND ROTATION TARGETS",
    madeAt: (at) => `Made at: ${at}`,
    source: (files, people) => `From ${plural(files, "file", "files")}, ${plural(people, "person", "people")}`,
    targetsFrom: (source) => `Targets from ${source}`,
    headers: ["Category", "Sent", "Target", "Share of plan", "Status", "Still needed", "Note"],
    noneSent: "Nobody sent yet",
    rotation: (label) => `Rotation: rotated / quota${label ? ` (${label})` : ""}`,
    zeroSent: "Categories nobody was sent for",
    howToRead: (column) =>
      `Share of plan = Sent ÷ Target; each person counts once in a category. Change a target in column ${column} and the share, status and still-needed figures follow. ` +
      "Colours: green – plan met or exceeded; red – behind plan; yellow – nobody sent yet.",
    chartHeaders: ["Category (chart)", "Share"],
    progress: {
      title: (term) => (term ? `PROGRESS BY YEAR (TERM ${term})` : "PROGRESS BY YEAR"),
      category: "Category",
      target: "Target",
      undated: "No year",
      sent: "Sent",
      forecast: "Forecast, end of term",
      cumulative: "Cumulative share of target at each year's end",
      method: (latest) =>
        "Each person counts in the year they were first sent (the decision's date). Forecast: the people sent so far, at the pace from the term's start" +
        (latest ? ` to the latest sending (${latest})` : "") +
        " carried on to the term's end, divided by the target (as CADRE.PLAN_FORECAST does).",
      chartTitle: "Cumulative share of target by year",
    },
    planning: {
      title: "STRUCTURE OF THE PLANNING LISTS (Quy định 50-QĐ/TW)",
      headers: ["Planning list", "Group", "People", "Of them", "Share", "Goal", "Status"],
      asOf: (date) => `ages at ${date}`,
      young: (age) => `Young cadres (under ${age})`,
      women: "Women",
      minority: "Ethnic minorities",
      met: "Met",
      short: "Short",
      note: "Goals of Quy định 50-QĐ/TW: young cadres 15% or more, women 25% or more; an ethnic-minority share suited to the locality (a setting). People whose birth date, gender or ethnic group is not given count as neither young, woman nor minority.",
    },
    chartTitle: "Share of plan by category",
  },
  findings: {
    headers: ["File", "Sheet", "Cell", "Severity", "Rule", "Message", "Fix"],
    unreadable: (reason) => `CANNOT BE READ, not counted: ${reason}`,
    noIssues: "No issues",
    unlisted: (n) => `… and ${formatNumber(n, "en")} more issue${n === 1 ? "" : "s"} not listed`,
  },
  duplicates: {
    headers: ["Group", "Full name", "Date of birth", "Source file", "Sheet", "Row", "Unit", "Programme"],
    none: "Nobody is listed in more than one file.",
  },
  repairLog: {
    headers: ["Sheet", "Cell", "Old value", "New value", "Change", "Rule"],
    done: {
      "legacy-encoding": "TCVN3/VNI converted to Unicode",
      "not-nfc": "Unicode normalised (precomposed)",
      "control-char": "Control characters removed",
      whitespace: "Extra spaces removed",
      "unknown-value": "Corrected to the list's value",
      "text-date": "Text date made a real date",
    },
  },
};
