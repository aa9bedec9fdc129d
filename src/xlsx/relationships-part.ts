import type { ReadBudget } from "./read-budget";
import { readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

/** A part's link to another, its target resolved to the zip entry's name. */
export interface Relationship {
  /** The last segment of the relationship type: "worksheet", "sharedStrings", "table" … */
  kind: string;
  target: string;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relationshipsOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** A target as the zip names it: relative to the part's folder unless it starts with "/". */
function resolve(partName: string, target: string): string {
  const base = target.startsWith("/") ? [] : partName.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relationships of `partName` by id; none when it has no relationships part. External targets are left out. */
export async function readRelationships(
  zip: Buffer,
  parts: ReadonlyMap<string, ZipPart>,
  partName: string,
  budget: ReadBudget,
): Promise<Map<string, Relationship>> {
  const found = new Map<string, Relationship>();
  const part = parts.get(relationshipsOf(partName));
  if (!part) return found;
  await readXmlPart(zip, part, budget, {
    open(name, attributes) {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
      if (name !== "Relationship" || !id || !type || !target || mode === "External") return;
      found.set(id, { kind: type.slice(type.lastIndexOf("/") + 1), target: resolve(partName, target) });
      budget.entries(part.name, found.size);
    },
  });
  return found;
}
