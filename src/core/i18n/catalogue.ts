import type { Language } from "./language";

/**
 * A concern's texts: one catalogue per language, every catalogue the same shape `T` (keyed by code,
 * with functions where a text takes parameters). The compiler then refuses a language that lacks a key.
 *
 * Convention: the shape and `Catalogues` value live in `<concern>.ts`, each language's catalogue in
 * `<concern>.vi.ts` and `<concern>.en.ts` beside it (see docs/architecture.md).
 */
export type Catalogues<T> = { readonly [L in Language]: T };
