import type { AlertStyle, ColumnValidation, ValidationPlan } from "../core/repair";
import { quoteSheet } from "../core/sheets";
import { INPUT_RULES_KEY, type InputRuleRecord, type InputRulesRecord, parseInputRules } from "./input-rules-record";
import { freeSheetName, ownSheetsOf, queueOwnRecord, queueSheetsAndRecord } from "./own-sheets";
import {
  byBudget,
  methodPathBytes,
  propertyPathBytes,
  setBytes,
  SETTINGS_PATH_BYTES,
  settingBytes,
  sheetBatchBytes,
} from "./request-size";

export interface InputRulesResult {
  /** Columns given the add-in's rule. */
  applied: string[];
  /** Columns left alone because they had data validation of the user's. */
  kept: string[];
  /** Columns that still had the add-in's rule from before: left as they are. */
  already: string[];
  /** The hidden sheet holding the long lists, when the rules use it: its name, which may be "… (2)". */
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

/** The rule, its list pointed at the lists sheet under the name it has in this workbook. */
function ruleOf(column: ColumnValidation, lists: { planned: string; actual: string } | null): Excel.DataValidationRule {
  if (column.rule.type !== "list")
    return { date: { formula1: column.rule.from, formula2: column.rule.to, operator: "Between" } };
  const source =
    lists && column.rule.onListsSheet
      ? column.rule.source.split(`${quoteSheet(lists.planned)}!`).join(`${quoteSheet(lists.actual)}!`)
      : column.rule.source;
  return { list: { inCellDropDown: true, source } };
}

function recordOf(sheet: string, column: ColumnValidation, rule: Excel.DataValidationRule): InputRuleRecord {
  return {
    sheet,
    range: column.range,
    field: column.field,
    type: column.rule.type === "list" ? "List" : "Date",
    title: column.prompt.title,
    source: rule.list ? String(rule.list.source) : null,
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

/** One column's rule, prompt, alert and blanks setting. */
function validationBytes(column: ColumnValidation, rule: Excel.DataValidationRule): number {
  return (
    methodPathBytes("getRange", [column.range]) +
    propertyPathBytes("DataValidation") +
    setBytes("Rule", rule) +
    setBytes("Prompt", column.prompt) +
    setBytes("ErrorAlert", column.alert) +
    setBytes("IgnoreBlanks", true)
  );
}

/**
 * Sets the plan's data validation on `sheetName`: drop-down lists and date rules with Vietnamese prompts
 * and alerts (ExcelApi 1.8). A column that already has any data validation is left alone, so the user's
 * rules are never replaced (nor the add-in's own, set before). Lists too long for a rule go on a hidden
 * sheet of the add-in's own (recorded by id; named "… (2)" when the user has a sheet of the planned name).
 * What was set is recorded in the workbook's settings for `removeInputRules`. Two syncs, one more when the
 * lists sheet is new, one more per request's worth of columns beyond the first.
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
  const readSheets = queueSheetsAndRecord(context);
  await context.sync();

  const record: InputRulesRecord = stored.isNullObject ? { rules: [] } : parseInputRules(stored.value);
  const free = present.filter((p) => p.validation.type === "None").map((p) => p.column);
  const ours = (p: (typeof present)[number]) =>
    record.rules.some((r) => r.sheet === worksheet.name && r.range === p.column.range && stillOurs(r, p.validation));
  const taken = present.filter((p) => p.validation.type !== "None");
  const already = taken.filter(ours).map((p) => p.column.field);
  const kept = taken.filter((p) => !ours(p)).map((p) => p.column.field);
  const needsLists =
    plan.listsSheet !== null && free.some((column) => column.rule.type === "list" && column.rule.onListsSheet);

  const read = readSheets();
  let lists: { planned: string; actual: string } | null = null;
  let made: Excel.Worksheet | null = null;
  if (plan.listsSheet && needsLists) {
    const earlier = ownSheetsOf(read, "input-lists")[0];
    const name =
      earlier?.name ??
      freeSheetName(
        plan.listsSheet.name,
        read.sheets.map((s) => s.name),
      );
    const sheet = earlier
      ? context.workbook.worksheets.getItem(earlier.id)
      : (made = context.workbook.worksheets.add(name).load("id"));
    writeListsSheet(sheet, plan.listsSheet);
    sheet.visibility = "Hidden";
    lists = { planned: plan.listsSheet.name, actual: name };
  }

  const rules = free.map((column) => ({ column, rule: ruleOf(column, lists) }));
  const fresh = rules.map(({ column, rule }) => recordOf(worksheet.name, column, rule));
  const others = record.rules.filter((r) => !fresh.some((f) => f.sheet === r.sheet && f.range === r.range));
  const recordText = JSON.stringify({ rules: [...others, ...fresh] });
  const batches = byBudget(
    rules,
    ({ column, rule }) => validationBytes(column, rule),
    sheetBatchBytes(sheetName) + SETTINGS_PATH_BYTES + settingBytes(INPUT_RULES_KEY, recordText),
  );
  for (const [n, batch] of (batches.length > 0 ? batches : [[]]).entries()) {
    for (const { column, rule } of batch) {
      const validation = worksheet.getRange(column.range).dataValidation;
      validation.rule = rule;
      validation.prompt = { showPrompt: true, title: column.prompt.title, message: column.prompt.message };
      validation.errorAlert = {
        showAlert: true,
        style: ALERT_STYLES[column.alert.style],
        title: column.alert.title,
        message: column.alert.message,
      };
      validation.ignoreBlanks = true;
    }
    if (n === 0) context.workbook.settings.add(INPUT_RULES_KEY, recordText);
    await context.sync();
  }
  if (made) {
    queueOwnRecord(context, read, { add: [{ id: made.id, role: "input-lists" }] });
    await context.sync();
  }
  return {
    applied: free.map((column) => column.field),
    kept,
    already,
    listsSheet: lists?.actual ?? null,
  };
}

/** The rule Excel holds there is still the one the add-in set: same kind, same prompt title, same list. */
function stillOurs(record: InputRuleRecord, validation: Excel.DataValidation): boolean {
  if (validation.type !== record.type || validation.prompt?.title !== record.title) return false;
  return record.type !== "List" || String(validation.rule?.list?.source ?? "") === record.source;
}

/**
 * Clears exactly the data validation the settings record names, where it still holds the add-in's rule
 * (rules the user set or changed since are left), deletes the lists sheet the add-in made (known by its id),
 * then the record. Three syncs.
 */
export async function removeInputRules(context: Excel.RequestContext): Promise<RemovedRules> {
  const stored = context.workbook.settings.getItemOrNullObject(INPUT_RULES_KEY).load("value");
  const readSheets = queueSheetsAndRecord(context);
  await context.sync();
  if (stored.isNullObject) return { removed: 0, changed: [] };

  const read = readSheets();
  const record = parseInputRules(stored.value);
  const names = new Set(read.sheets.map((s) => s.name));
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
  const lists = ownSheetsOf(read, "input-lists");
  lists.forEach((sheet) => context.workbook.worksheets.getItem(sheet.id).delete());
  if (lists.length > 0) queueOwnRecord(context, read, { drop: lists.map((sheet) => sheet.id) });
  stored.delete();
  await context.sync();
  return {
    removed: ours.length,
    changed: found.filter((f) => !ours.includes(f)).map((f) => `${f.record.sheet}!${f.record.range}`),
  };
}
