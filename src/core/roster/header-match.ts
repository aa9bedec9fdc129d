import { FIELD_WORDINGS, NOT_FIELDS, SUB_HEADER_GROUPS, type SubHeaderGroup } from "./fields";
import { headerKey } from "./normalise";
import type { FieldId } from "./types";

/** Looks a folded header up by exact wording, else by the longest wording of two words or more it starts with. */
class PhraseIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly prefixes: { key: string; value: T }[] = [];

  add(wording: string, value: T): void {
    const key = headerKey(wording);
    if (!this.exact.has(key)) this.exact.set(key, value);
    if (key.includes(" ")) this.prefixes.push({ key: key + " ", value });
  }

  /** Longest prefixes are tried first so "chức danh quy hoạch …" is not taken for "chức danh …". */
  seal(): this {
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
    return this;
  }

  find(key: string): T | null {
    const hit = this.exact.get(key);
    if (hit !== undefined) return hit;
    for (const p of this.prefixes) if (key.startsWith(p.key)) return p.value;
    return null;
  }
}

const fieldIndex = new PhraseIndex<FieldId>();
for (const [field, wordings] of Object.entries(FIELD_WORDINGS) as [FieldId, readonly string[]][]) {
  for (const w of wordings) fieldIndex.add(w, field);
}
fieldIndex.seal();
const notFields = new Set(NOT_FIELDS.map(headerKey));

const parentIndex = new PhraseIndex<SubHeaderGroup>();
for (const group of SUB_HEADER_GROUPS) for (const w of group.parents) parentIndex.add(w, group);
parentIndex.seal();

const childMaps = new Map<SubHeaderGroup, Map<string, FieldId>>(
  SUB_HEADER_GROUPS.map((group) => {
    const children = new Map<string, FieldId>();
    for (const [field, wordings] of Object.entries(group.children) as [FieldId, readonly string[]][]) {
      for (const w of wordings) children.set(headerKey(w), field);
    }
    return [group, children];
  }),
);

/** The field a header key names on its own, or null. */
export function fieldOfKey(key: string): FieldId | null {
  if (key === "" || notFields.has(key)) return null;
  for (const nf of notFields) if (key.startsWith(nf + " ")) return null;
  return fieldIndex.find(key);
}

/** The field a sub-header names only under its parent ("Từ" under "Thời gian đào tạo"), or null. */
export function groupChild(parentKey: string, childKey: string): FieldId | null {
  const group = parentIndex.find(parentKey);
  return (group && childMaps.get(group)?.get(childKey)) ?? null;
}

/** The field a sub-header names under its parent: a short word of the parent's group, else its own field. */
export function fieldOfSubHeader(parentKey: string | null, childKey: string): FieldId | null {
  const group = parentKey ? parentIndex.find(parentKey) : null;
  const inGroup = group ? childMaps.get(group)?.get(childKey) : undefined;
  return inGroup ?? fieldOfKey(childKey);
}
