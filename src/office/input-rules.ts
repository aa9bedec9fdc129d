import type { AlertStyle, ColumnValidation, ValidationPlan } from "../core/repair";
import { INPUT_RULES_KEY, type InputRuleRecord, type InputRulesRecord, parseInputRules } from "./input-rules-record";

export interface InputRulesResult {
  /** Columns given the add-in's rule. */
  applied: string[];
  /** Columns left alone because they had data validation of the user's. */
  kept: string[];
  /** Columns that still had the add-in's rule from before: left as they are. */
  already: string[];
  /** The hidden sheet holding the long lists, when the rules use it. */
  listsSheet: string | null;
}

export interface RemovedRules {
  removed: number;
  /** Ranges whose rule is no longer the add-in's (changed by the user): left as they are. */
  changed: string[];
}

const ALERT_STYLES: Readonly<Record<AlertStyle, "Stop" | "Warning" | "Information">> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

function ruleOf(column: ColumnValidation): Excel.DataValidationRule {
  if (column.rule.type === "list") return { list: { inCellDropDown: true, source: column.rule.source } };
  return { date: { formula1: column.rule.from, formula2: column.rule.to, operator: "Between" } };
}

function recordOf(sheet: string, column: ColumnValidation): InputRuleRecord {
  return {
    sheet,
    range: column.range,
    field: column.field,
    type: column.rule.type === "list" ? "List" : "Date",
    title: column.prompt.title,
    source: column.rule.type === "list" ? column.rule.source : null,
  };
}

function writeListsSheet(sheet: Excel.Worksheet, plan: NonNullable<ValidationPlan["listsSheet"]>): void {
  for (const column of plan.columns) {
    const rows = [column.header, ...column.values].map((text) => [text]);
    const range = sheet.getRange(`${column.column}1:${column.column}${rows.length}`);
    range.numberFormat = rows.map(() => ["@"]);
    range.values = rows;
  }
}

/**
 * Sets the plan's data validation on `sheetName`: drop-down lists and date rules with Vietnamese prompts
 * and alerts (ExcelApi 1.8). A column that already has any data validation is left alone, so the user's
 * rules are never replaced (nor the add-in's own, set before). Lists too long for a rule go on a hidden sheet. What was set is recorded in
 * the workbook's settings for `removeInputRules`. Two syncs.
 */
export async function applyInputRules(
  context: Excel.RequestContext,
  sheetName: string,
  plan: ValidationPlan,
): Promise<InputRulesResult> {
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name");
  const present = plan.columns.map((column) => ({
    column,
    validation: worksheet.getRange(column.range).dataValidation.load("type,rule,prompt"),
  }));
  const stored = context.workbook.settings.getItemOrNullObject(INPUT_RULES_KEY).load("value");
  const lists = plan.listsSheet
    ? context.workbook.worksheets.getItemOrNullObject(plan.listsSheet.name).load("name")
    : null;
  await context.sync();

  const record: InputRulesRecord = stored.isNullObject
    ? { rules: [], listsSheet: null }
    : parseInputRules(stored.value);
  const free = present.filter((p) => p.validation.type === "None").map((p) => p.column);
  const ours = (p: (typeof present)[number]) =>
    record.rules.some((r) => r.sheet === worksheet.name && r.range === p.column.range && stillOurs(r, p.validation));
  const taken = present.filter((p) => p.validation.type !== "None");
  const already = taken.filter(ours).map((p) => p.column.field);
  const kept = taken.filter((p) => !ours(p)).map((p) => p.column.field);
  const needsLists =
    plan.listsSheet !== null && free.some((column) => column.rule.type === "list" && column.rule.onListsSheet);
  if (plan.listsSheet && needsLists) {
    const made = lists === null || lists.isNullObject;
    const sheet = made
      ? context.workbook.worksheets.add(plan.listsSheet.name)
      : context.workbook.worksheets.getItem(plan.listsSheet.name);
    writeListsSheet(sheet, plan.listsSheet);
    sheet.visibility = "Hidden";
    if (made) record.listsSheet = plan.listsSheet.name;
  }
  for (const column of free) {
    const validation = worksheet.getRange(column.range).dataValidation;
    validation.rule = ruleOf(column);
    validation.prompt = { showPrompt: true, title: column.prompt.title, message: column.prompt.message };
    validation.errorAlert = {
      showAlert: true,
      style: ALERT_STYLES[column.alert.style],
      title: column.alert.title,
      message: column.alert.message,
    };
    validation.ignoreBlanks = true;
  }
  const fresh = free.map((column) => recordOf(worksheet.name, column));
  const others = record.rules.filter((r) => !fresh.some((f) => f.sheet === r.sheet && f.range === r.range));
  context.workbook.settings.add(INPUT_RULES_KEY, JSON.stringify({ ...record, rules: [...others, ...fresh] }));
  await context.sync();
  return {
    applied: free.map((column) => column.field),
    kept,
    already,
    listsSheet: needsLists && plan.listsSheet ? plan.listsSheet.name : null,
  };
}

/** The rule Excel holds there is still the one the add-in set: same kind, same prompt title, same list. */
function stillOurs(record: InputRuleRecord, validation: Excel.DataValidation): boolean {
  if (validation.type !== record.type || validation.prompt?.title !== record.title) return false;
  return record.type !== "List" || String(validation.rule?.list?.source ?? "") === record.source;
}

/**
 * Clears exactly the data validation the settings record names, where it still holds the add-in's rule
 * (rules the user set or changed since are left), deletes the lists sheet the add-in made, then the record.
 * Three syncs.
 */
export async function removeInputRules(context: Excel.RequestContext): Promise<RemovedRules> {
  const stored = context.workbook.settings.getItemOrNullObject(INPUT_RULES_KEY).load("value");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  if (stored.isNullObject) return { removed: 0, changed: [] };

  const record = parseInputRules(stored.value);
  const names = new Set(sheets.items.map((s) => s.name));
  const found = record.rules
    .filter((r) => names.has(r.sheet))
    .map((r) => ({
      record: r,
      validation: context.workbook.worksheets
        .getItem(r.sheet)
        .getRange(r.range)
        .dataValidation.load("type,rule,prompt"),
    }));
  await context.sync();

  const ours = found.filter((f) => stillOurs(f.record, f.validation));
  ours.forEach((f) => f.validation.clear());
  if (record.listsSheet && names.has(record.listsSheet))
    context.workbook.worksheets.getItem(record.listsSheet).delete();
  stored.delete();
  await context.sync();
  return {
    removed: ours.length,
    changed: found.filter((f) => !ours.includes(f)).map((f) => `${f.record.sheet}!${f.record.range}`),
  };
}
