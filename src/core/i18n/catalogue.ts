import type { Language } from "./language";

/**
 * A concern's texts: one catalogue per language, every catalogue the same shape `T` (keyed by code,
 * with functions where a text takes parameters). The compiler then refuses a language that lacks a key.
 *
 * Convention: a concern's texts live in an `i18n/` folder beside the code that uses them: `shape.ts` (the
 * interface), `vi.ts` and `en.ts` (one catalogue each), and `index.ts` (the `Catalogues` value). A file
 * never imports its own folder's index (see docs/architecture.md).
 */
export type Catalogues<T> = { readonly [L in Language]: T };
