import { ymdToSerial } from "../dates";
import { columnLetter } from "../grid/address";
import type { Language } from "../i18n/language";
import type { FieldId, RosterLayout } from "../roster/types";
import { DATE_FIELDS, type DateField } from "../rules/types";
import { ETHNIC_GROUPS, GENDERS, PROGRAMMES } from "../vocab";
import { REPAIR_TEXTS } from "./i18n";
import type { ListField, ValidationTexts } from "./types";

/** The hidden sheet holding lists too long to type into a rule. */
export const LISTS_SHEET = "Danh mục nhập liệu";

/** Excel refuses a list typed into a rule ("Nam,Nữ") longer than this. */
export const LITERAL_LIST_LIMIT = 255;

export const DATE_RANGE = { from: "1900-01-01", to: "2100-12-31" } as const;

/** A drop-down list; `source` is what Excel's rule takes: the list itself, or a reference to the lists sheet. */
export interface ListRule {
  type: "list";
  values: readonly string[];
  source: string;
  onListsSheet: boolean;
}

/** Real dates between two days (ISO, as Office.js takes them; serials for hosts that want numbers). */
export interface DateRule {
  type: "date";
  from: string;
  to: string;
  fromSerial: number;
  toSerial: number;
}

/** "stop" refuses the value; "warning" asks; "information" only tells. */
export type AlertStyle = "stop" | "warning" | "information";

export interface ColumnValidation {
  field: FieldId;
  /** The data cells of the column, e.g. "E12:E40". */
  range: string;
  rule: ListRule | DateRule;
  prompt: ValidationTexts;
  alert: ValidationTexts & { style: AlertStyle };
}

export interface ListsSheetColumn {
  column: string;
  header: string;
  /** Row 1 holds the header, the values follow from row 2. */
  values: readonly string[];
}

export interface ValidationPlan {
  columns: ColumnValidation[];
  /** The hidden sheet to write first, when some list is too long to type into its rule. */
  listsSheet: { name: string; columns: ListsSheetColumn[] } | null;
  /** Why the lists sheet exists, for the user; empty when there is none. */
  explanation: string;
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Gender: the two values. Ethnicity: the 54 names in the official order, then their other names. Programme: the usual names. */
const LIST_VALUES: Readonly<Record<ListField, readonly string[]>> = {
  gender: GENDERS.entries.map((entry) => entry.name),
  ethnicity: uniq([...ETHNIC_GROUPS.map((entry) => entry.name), ...ETHNIC_GROUPS.flatMap((entry) => entry.aliases)]),
  programme: PROGRAMMES.entries.map((entry) => entry.name),
};

/** Gender is closed; the check accepts more ethnic spellings (sub-groups) and any programme naming a kind of training. */
const ALERT_STYLE: Readonly<Record<ListField, AlertStyle>> = {
  gender: "stop",
  ethnicity: "warning",
  programme: "information",
};

const LIST_FIELDS: readonly ListField[] = ["gender", "ethnicity", "programme"];

/** A list fits in the rule itself when it is short enough and no value holds the separator. */
function fitsLiteral(values: readonly string[]): boolean {
  return values.join(",").length <= LITERAL_LIST_LIMIT && values.every((value) => !/[,"]/.test(value));
}

function sheetRef(name: string, column: string, count: number): string {
  return `='${name.replace(/'/g, "''")}'!$${column}$2:$${column}$${count + 1}`;
}

/**
 * What "Thiết lập kiểm tra nhập liệu" applies to a roster: a drop-down for each list column, a date rule
 * for each date column, over the data rows (Excel extends a rule to rows inserted inside it and to new
 * rows of an Excel table). `origin` is the Excel row and column of the layout's grid cell (0, 0).
 */
export function dataValidationPlan(
  layout: RosterLayout,
  options: { origin?: { row: number; col: number }; lang?: Language } = {},
): ValidationPlan {
  const origin = options.origin ?? { row: 1, col: 1 };
  const t = REPAIR_TEXTS[options.lang ?? "vi"].validation;
  const top = layout.firstDataRow + origin.row;
  const bottom = Math.max(layout.lastDataRow, layout.firstDataRow) + origin.row;
  const listColumns: ListsSheetColumn[] = [];
  const columns: ColumnValidation[] = [];
  for (const { field, col } of layout.columns) {
    const letters = columnLetter(col + origin.col);
    const range = `${letters}${top}:${letters}${bottom}`;
    if ((LIST_FIELDS as readonly FieldId[]).includes(field)) {
      const list = field as ListField;
      const values = LIST_VALUES[list];
      let rule: ListRule = { type: "list", values, source: values.join(","), onListsSheet: false };
      if (!fitsLiteral(values)) {
        const column = columnLetter(listColumns.length + 1);
        listColumns.push({ column, header: t.listHeader[list], values });
        rule = { type: "list", values, source: sheetRef(LISTS_SHEET, column, values.length), onListsSheet: true };
      }
      columns.push({
        field,
        range,
        rule,
        prompt: t.prompt[list],
        alert: { ...t.alert[list], style: ALERT_STYLE[list] },
      });
    } else if ((DATE_FIELDS as readonly FieldId[]).includes(field)) {
      const rule: DateRule = {
        type: "date",
        ...DATE_RANGE,
        fromSerial: ymdToSerial({ y: 1900, m: 1, d: 1 }),
        toSerial: ymdToSerial({ y: 2100, m: 12, d: 31 }),
      };
      columns.push({
        field,
        range,
        rule,
        prompt: { title: t.dateTitle[field as DateField], message: t.datePrompt },
        alert: { ...t.dateAlert, style: "stop" },
      });
    }
  }
  const listsSheet = listColumns.length > 0 ? { name: LISTS_SHEET, columns: listColumns } : null;
  const explanation = listsSheet
    ? t.explanation(LISTS_SHEET, listColumns.map((c) => c.header.toLowerCase()).join(", "))
    : "";
  return { columns, listsSheet, explanation };
}
