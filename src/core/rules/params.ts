/**
 * The parameters a rule's message is built from, described at run time so that one test can render
 * every message with made-up values and the report's documentation can list them:
 *   "text"     text as found or typed: a header, a name, a cell's text
 *   "date"     a day as messages show it, dd/mm/yyyy, or a year alone
 *   "count"    a whole number written as it is: an age, a row number, a number of rows
 *   "decimal"  a number with decimals, written the language's way (8,3 or 8.3)
 *   [codes]    one of a closed list of codes, each with its own wording
 * A "?" after a kind marks a parameter that a finding may leave out.
 */
type Scalar = "text" | "date" | "count" | "decimal";

export type ParamKind = Scalar | `${Scalar}?` | readonly [string, ...string[]];

/** A rule's parameters by name: the runtime descriptor from which their type is derived. */
export type ParamsSpec = { readonly [name: string]: ParamKind };

type ValueOf<K> = K extends `${"text" | "date"}${"" | "?"}`
  ? string
  : K extends `${"count" | "decimal"}${"" | "?"}`
    ? number
    : K extends readonly (infer Code)[]
      ? Code
      : never;

type OptionalKeys<S> = { [P in keyof S]: S[P] extends `${string}?` ? P : never }[keyof S];

type Flat<T> = T extends infer O ? { [K in keyof O]: O[K] } : never;

/**
 * The parameters a descriptor stands for: `{ age: "count", basis: ["decision", "start"] }` gives
 * `{ age: number; basis: "decision" | "start" }`. A rule without parameters takes an empty object only.
 */
export type ParamsOf<S extends ParamsSpec> = S extends ParamsSpec
  ? [keyof S] extends [never]
    ? { readonly [name: string]: never }
    : Flat<
        { readonly [P in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[P]> } & {
          readonly [P in OptionalKeys<S>]?: ValueOf<S[P]>;
        }
      >
  : never;
