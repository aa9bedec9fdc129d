import type { Locator, Page } from "playwright-core";

export interface ShownGroup {
  rule: string;
  title: string;
  badge: string;
  lines: { cell: string; value: string; message: string }[];
}

export interface ShownResults {
  summary: string;
  counts: Record<string, string>;
  groups: ShownGroup[];
}

/** The results as the pane shows them: the counts, then each group's title and lines. */
export async function shownResults(page: Page): Promise<ShownResults> {
  const summary = (await page.textContent("#results-summary")) ?? "";
  const counts = await page.$$eval(".severity-toggle", (buttons) =>
    Object.fromEntries(
      buttons.map((b) => [
        b.getAttribute("data-severity") ?? "",
        b.querySelector(".severity-count")?.textContent ?? "",
      ]),
    ),
  );
  const groups = await page.$$eval("#problems details.group", (sections) =>
    sections.map((section) => ({
      rule: section.getAttribute("data-rule") ?? "",
      title: section.querySelector(".group-title")?.textContent ?? "",
      badge: section.querySelector(".badge")?.textContent ?? "",
      lines: Array.from(section.querySelectorAll(".problem")).map((line) => ({
        cell: line.querySelector(".problem-cell")?.textContent ?? "",
        value: line.querySelector(".problem-value")?.textContent ?? "",
        message: line.querySelector(".problem-message")?.textContent ?? "",
      })),
    })),
  );
  return { summary, counts, groups };
}

/** The pane's line for a cell in a rule's group. */
export function problemLine(page: Page, rule: string, cell: string): Locator {
  return page
    .locator(`#problems details[data-rule="${rule}"] .problem`)
    .filter({ has: page.locator(".problem-cell", { hasText: new RegExp(`^${cell}$`) }) });
}
