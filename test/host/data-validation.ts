import { FakeObject } from "./client-object";
import { apiNotFound, invalidArgument } from "./errors";
import type { FakeValidation } from "./model";
import type { RangeRef } from "./range";

const RULE_KINDS = ["list", "date", "custom", "decimal", "textLength", "time", "wholeNumber"];
const TYPE_NAMES: Readonly<Record<string, string>> = {
  list: "List",
  date: "Date",
  custom: "Custom",
  decimal: "Decimal",
  textLength: "TextLength",
  time: "Time",
  wholeNumber: "WholeNumber",
};
/** Excel's limits on a typed list and on the texts of a prompt or an alert. */
const LIST_CHARS = 255;
const TITLE_CHARS = 32;
const MESSAGE_CHARS = 255;

function cells(ref: RangeRef): string[] {
  const keys: string[] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++)
    for (let c = ref.rect.left; c <= ref.rect.right; c++) keys.push(`${r}:${c}`);
  return keys;
}

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]))
    throw invalidArgument("a data validation rule takes exactly one kind of criteria");
  const body = rule[kinds[0]] as Record<string, unknown>;
  if (kinds[0] === "list") {
    const source = body.source;
    if (typeof source !== "string" || source === "") throw invalidArgument("a list rule needs a source");
    if (!source.startsWith("=") && source.length > LIST_CHARS)
      throw invalidArgument(`a typed list takes at most ${LIST_CHARS} characters`);
  } else if (body.formula1 === undefined || typeof body.operator !== "string")
    throw invalidArgument("the rule needs formula1 and an operator");
}

function checkTexts(texts: { title?: unknown; message?: unknown }): void {
  if (typeof texts.title === "string" && texts.title.length > TITLE_CHARS)
    throw invalidArgument(`a title takes at most ${TITLE_CHARS} characters`);
  if (typeof texts.message === "string" && texts.message.length > MESSAGE_CHARS)
    throw invalidArgument(`a message takes at most ${MESSAGE_CHARS} characters`);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `Range.dataValidation` (ExcelApi 1.8), kept per cell. Reading a property of a range gives the cells'
 * common value; `type` is "None" when no cell has a rule, "MixedCriteria" when only some do and
 * "Inconsistent" when their rules differ. A new rule replaces the cells' old one.
 */
export class FakeDataValidation extends FakeObject<RangeRef> {
  get type(): string {
    return this.loadedValue("type");
  }
  get rule(): Record<string, unknown> | null {
    return this.loadedValue("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.change(
      "DataValidation.rule",
      (v) => (v.rule = structuredClone(rule)),
      () => checkRule(rule),
      rule,
    );
  }
  get prompt(): FakeValidation["prompt"] {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: NonNullable<FakeValidation["prompt"]>) {
    this.change(
      "DataValidation.prompt",
      (v) => (v.prompt = { ...prompt }),
      () => checkTexts(prompt),
      prompt,
    );
  }
  get errorAlert(): FakeValidation["errorAlert"] {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(alert: NonNullable<FakeValidation["errorAlert"]>) {
    this.change(
      "DataValidation.errorAlert",
      (v) => (v.errorAlert = { ...alert }),
      () => checkTexts(alert),
      alert,
    );
  }
  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(on: boolean) {
    this.change(
      "DataValidation.ignoreBlanks",
      (v) => (v.ignoreBlanks = on),
      () => undefined,
      on,
    );
  }

  clear(): void {
    this.callMethod("clear", [], () => {
      this.context.requireApi(8, "DataValidation.clear");
      const ref = this.target();
      const store = ref.sheet.validations;
      if (!store) return;
      for (const key of cells(ref)) delete store[key];
      if (Object.keys(store).length === 0) delete ref.sheet.validations;
    });
  }

  private change(api: string, apply: (v: FakeValidation) => void, check: () => void, payload: unknown): void {
    this.setProperty(api.slice(api.indexOf(".") + 1), payload, () => {
      this.context.requireApi(8, api);
      check();
      const ref = this.target();
      const store = (ref.sheet.validations ??= {});
      for (const key of cells(ref))
        apply((store[key] ??= { rule: null, prompt: null, errorAlert: null, ignoreBlanks: true }));
    });
  }

  protected read(ref: RangeRef, name: string): unknown {
    if (this.context.config.apiVersion < 8) throw apiNotFound("Range.dataValidation", 8);
    const list = cells(ref).map((key) => ref.sheet.validations?.[key]);
    const common = <V>(pick: (v: FakeValidation | undefined) => V): V | null =>
      list.every((v) => same(pick(v), pick(list[0]))) ? pick(list[0]) : null;
    switch (name) {
      case "type": {
        const ruled = list.filter((v) => v?.rule);
        if (ruled.length === 0) return "None";
        if (ruled.length < list.length) return "MixedCriteria";
        return common((v) => v?.rule) === null ? "Inconsistent" : TYPE_NAMES[Object.keys(ruled[0]?.rule ?? {})[0]];
      }
      case "rule":
        return common((v) => v?.rule ?? null);
      case "prompt":
        return common((v) => v?.prompt ?? null);
      case "errorAlert":
        return common((v) => v?.errorAlert ?? null);
      case "ignoreBlanks":
        return common((v) => v?.ignoreBlanks ?? true);
    }
    return this.unknownProperty(name);
  }
}
