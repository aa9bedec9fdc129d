import type { PersonRecord } from "./types";

/**
 * Who a row names: the name's VN_KEY and the birth date. Null without a birth date: a name alone does not
 * tell two people apart, so such rows are never merged.
 */
export function identity(person: PersonRecord): string | null {
  const { birth } = person;
  return birth === null ? null : `${person.key}\u0000${birth.y}-${birth.m}-${birth.d}`;
}
