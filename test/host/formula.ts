import type { FakeValue, SheetModel } from "./model";
import { cellAt } from "./model";
import { parseRect } from "./addresses";

/**
 * Excel calculates a formula as soon as it is written; the fake calculates the small part of the
 * language the add-in's report sheets use, when a formula cell's value is read: numbers, "strings",
 * references to cells of the same sheet, + - * /, comparisons (= <> < <= > >=), IF, MAX, MIN, AND, OR,
 * ISNUMBER, IFERROR, HYPERLINK (which shows its label), ROUND, SUM (of values and of ranges, whose text and blanks
 * it skips, as Excel's does) and DATE (the day's serial number). A formula outside that part keeps the value
 * the fake was given (none).
 */
type Value = number | string | boolean | null | { error: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+)|([A-Z][A-Z.]*)\s*\(|(<=|>=|<>|[-+*/=<>(),&:]))/iy;

interface Token {
  kind: "number" | "string" | "ref" | "call" | "op";
  text: string;
}

function tokens(source: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(source);
    if (!m) throw new Error("not a formula the fake calculates");
    if (m[1] !== undefined) out.push({ kind: "number", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "string", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: "call", text: m[4].toUpperCase() });
    else out.push({ kind: "op", text: m[5] });
  }
  return out;
}

const isError = (v: Value): v is { error: string } => typeof v === "object" && v !== null;
const num = (v: Value): number =>
  v === null
    ? 0
    : typeof v === "boolean"
      ? Number(v)
      : typeof v === "number"
        ? v
        : Number.isNaN(Number(v))
          ? NaN
          : Number(v);
const truthy = (v: Value): boolean => (typeof v === "string" ? v !== "" : num(v) !== 0);

function compare(op: string, a: Value, b: Value): boolean {
  const left = a === null ? (typeof b === "string" ? "" : 0) : a;
  const right = b === null ? (typeof a === "string" ? "" : 0) : b;
  const order =
    typeof left === typeof right ? (left < right ? -1 : left > right ? 1 : 0) : typeof left === "string" ? 1 : -1;
  return (
    { "=": order === 0, "<>": order !== 0, "<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0 }[op] ??
    false
  );
}

class Parser {
  private at = 0;
  constructor(
    private readonly list: Token[],
    private readonly sheet: SheetModel,
    private readonly depth: number,
  ) {}

  run(): Value {
    const value = this.comparison();
    if (this.at !== this.list.length) throw new Error("#NAME?");
    return value;
  }

  private peek(text: string): boolean {
    const t = this.list[this.at];
    return t?.kind === "op" && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw new Error("#NAME?");
    this.at++;
  }

  private comparison(): Value {
    let left = this.additive();
    while (["=", "<>", "<", "<=", ">", ">="].some((op) => this.peek(op))) {
      const op = this.list[this.at++].text;
      const right = this.additive();
      left = isError(left) ? left : isError(right) ? right : compare(op, left, right);
    }
    return left;
  }

  private additive(): Value {
    let left = this.term();
    while (this.peek("+") || this.peek("-") || this.peek("&")) {
      const op = this.list[this.at++].text;
      const right = this.term();
      if (isError(left) || isError(right)) left = isError(left) ? left : right;
      else
        left =
          op === "&" ? `${left ?? ""}${right ?? ""}` : op === "+" ? num(left) + num(right) : num(left) - num(right);
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    while (this.peek("*") || this.peek("/")) {
      const op = this.list[this.at++].text;
      const right = this.unary();
      if (isError(left) || isError(right)) left = isError(left) ? left : right;
      else if (op === "/" && num(right) === 0) left = { error: "#DIV/0!" };
      else left = op === "*" ? num(left) * num(right) : num(left) / num(right);
    }
    return left;
  }

  private unary(): Value {
    if (this.peek("-")) {
      this.at++;
      const v = this.unary();
      return isError(v) ? v : -num(v);
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.list[this.at++];
    if (!t) throw new Error("#NAME?");
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "string") return t.text;
    if (t.kind === "ref") return this.cell(t.text);
    if (t.kind === "call") return this.call(t.text);
    if (t.text === "(") {
      const v = this.comparison();
      this.expect(")");
      return v;
    }
    throw new Error("#NAME?");
  }

  private cell(ref: string): Value {
    const rect = parseRect(ref);
    if (!rect) return { error: "#REF!" };
    return cellValue(this.sheet, rect.top, rect.left, this.depth + 1);
  }

  /** An argument: a value, or the values of a range ("C5:H5"), row by row. */
  private argument(): Value | Value[] {
    const [from, colon, to] = this.list.slice(this.at, this.at + 3);
    if (from?.kind !== "ref" || colon?.text !== ":" || to?.kind !== "ref") return this.comparison();
    this.at += 3;
    const [a, b] = [parseRect(from.text), parseRect(to.text)];
    if (!a || !b) return { error: "#REF!" };
    const values: Value[] = [];
    for (let r = Math.min(a.top, b.top); r <= Math.max(a.top, b.top); r++)
      for (let c = Math.min(a.left, b.left); c <= Math.max(a.left, b.left); c++)
        values.push(cellValue(this.sheet, r, c, this.depth + 1));
    return values;
  }

  private call(name: string): Value {
    const given: (Value | Value[])[] = [];
    if (!this.peek(")")) {
      given.push(this.argument());
      while (this.peek(",")) {
        this.at++;
        given.push(this.argument());
      }
    }
    if (name === "SUM") {
      this.expect(")");
      const values = given.flatMap((arg) =>
        Array.isArray(arg) ? arg.filter((v) => typeof v !== "string" && v !== null) : [arg],
      );
      return values.find(isError) ?? values.reduce<number>((sum, v) => sum + num(v), 0);
    }
    if (given.some(Array.isArray)) throw new Error("#VALUE!");
    const args = given as Value[];
    this.expect(")");
    const firstError = args.find(isError);
    switch (name) {
      case "IF":
        return isError(args[0]) ? args[0] : truthy(args[0]) ? (args[1] ?? true) : (args[2] ?? false);
      case "IFERROR":
        return isError(args[0]) ? (args[1] ?? "") : args[0];
      case "ISNUMBER":
        return typeof args[0] === "number";
      case "MAX":
        return firstError ?? Math.max(...args.map(num));
      case "MIN":
        return firstError ?? Math.min(...args.map(num));
      case "AND":
        return firstError ?? args.every(truthy);
      case "OR":
        return firstError ?? args.some(truthy);
      case "HYPERLINK":
        return firstError ?? args[1] ?? args[0];
      case "ROUND": {
        const scale = 10 ** num(args[1] ?? 0);
        return firstError ?? Math.round(num(args[0]) * scale) / scale;
      }
      case "DATE":
        return firstError ?? Date.UTC(num(args[0]), num(args[1]) - 1, num(args[2])) / 86_400_000 + 25_569;
      default:
        throw new Error(`the fake does not calculate ${name}`);
    }
  }
}

/** A cell's value as Excel shows it: its formula calculated, or what was typed. */
export function cellValue(sheet: SheetModel, row: number, col: number, depth = 0): FakeValue {
  const cell = cellAt(sheet, row, col);
  if (!cell?.formula) return cell?.value ?? null;
  if (depth > 64) return { error: "#REF!" };
  try {
    const value = new Parser(tokens(cell.formula.slice(1)), sheet, depth).run();
    return value === "" ? "" : value;
  } catch {
    return cell.value;
  }
}
