import { visit } from "jsonc-parser";

/** A name given twice in the outermost object, with the (1-based) line of its second appearance. */
export interface DuplicateKey {
  key: string;
  line: number;
}

/**
 * Names the outermost object of a valid JSON text gives more than once: JSON.parse keeps the last
 * silently, so a threshold copied and changed above an old one would be lost without a word.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const seen = new Set<string>();
  const duplicates: DuplicateKey[] = [];
  let depth = 0;
  visit(text, {
    onObjectBegin: () => {
      depth += 1;
    },
    onObjectEnd: () => {
      depth -= 1;
    },
    onObjectProperty: (property, _offset, _length, startLine) => {
      if (depth !== 1) return;
      if (seen.has(property)) duplicates.push({ key: property, line: startLine + 1 });
      seen.add(property);
    },
  });
  return duplicates;
}
