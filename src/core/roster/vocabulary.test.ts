import { readFileSync } from "fs";
import { join } from "path";
import { FIELD_WORDINGS, SUB_HEADER_GROUPS } from "./fields";
import { fieldOfKey, groupChild } from "./header-match";
import { headerKey } from "./normalise";
import type { FieldId } from "./types";

const doc = readFileSync(join(__dirname, "../../../docs/vocabulary.md"), "utf8");

const labels = (Object.entries(FIELD_WORDINGS) as [FieldId, readonly string[]][]).flatMap(([field, words]) =>
  words.map((word) => [word, field] as const),
);

describe("docs/vocabulary.md", () => {
  it.each(labels)("“%s” names %s, as typed, in capitals over two lines, and is documented", (word, field) => {
    expect(fieldOfKey(headerKey(word))).toBe(field);
    expect(fieldOfKey(headerKey(word.toUpperCase().replace(" ", "\n")))).toBe(field);
    expect(doc).toContain(`“${word}”`);
  });

  it.each(
    SUB_HEADER_GROUPS.flatMap((group) =>
      (Object.entries(group.children) as [FieldId, readonly string[]][]).flatMap(([field, words]) =>
        words.map((word) => [word, group.parents[0], field] as const),
      ),
    ),
  )("“%s” under “%s” names %s", (word, parent, field) => {
    expect(groupChild(headerKey(parent), headerKey(word))).toBe(field);
    expect(doc).toContain(`“${word}”`);
  });
});
