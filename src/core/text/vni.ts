import { VNI_BASES, VNI_LETTERS, VNI_MARKS } from "./vni-table";

/** Matches text holding a VNI letter byte, or a base followed by a mark byte. */
export const VNI_SEQUENCE = new RegExp(
  `[${[...VNI_LETTERS.keys()].join("")}]|[${[...VNI_BASES.keys()].join("")}][${[...VNI_MARKS.keys()].join("")}]`,
);

/**
 * Decode VNI-Windows text as Excel shows it to Unicode NFC. Greedy: a base letter takes a shape
 * mark (with or without tone) and then, if it has no tone yet, one tone mark. A mark byte that
 * cannot attach to what precedes it is left as it is.
 */
export function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const letter = VNI_LETTERS.get(text[i]) ?? text[i];
    out += letter;
    const shapes = VNI_BASES.get(letter);
    if (shapes === undefined) continue;
    const first = VNI_MARKS.get(text[i + 1]);
    if (first === undefined || (first.shape !== "" && !shapes.includes(first.shape))) continue;
    out += first.shape + first.tone;
    i++;
    const second = first.tone === "" ? VNI_MARKS.get(text[i + 1]) : undefined;
    if (second !== undefined && second.shape === "") {
      out += second.tone;
      i++;
    }
  }
  return out.normalize("NFC");
}
