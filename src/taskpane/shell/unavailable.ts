import { type Capabilities, missingFeatures } from "../../office";
import type { ShellTexts } from "../i18n";
import { h } from "./dom";

/** What this Excel cannot do that the user would notice, one sentence per feature. */
export function unavailableTexts(caps: Capabilities, texts: ShellTexts): string[] {
  return missingFeatures(caps).map((feature) => texts.missingFeature[feature]);
}

/** Lists them once at start; nothing is shown when this Excel can do everything. */
export function showUnavailable(
  els: { unavailable: HTMLElement; unavailableList: HTMLUListElement },
  texts: readonly string[],
): void {
  els.unavailableList.replaceChildren(...texts.map((text) => h("li", {}, text)));
  els.unavailable.hidden = texts.length === 0;
}
