/** axe-core (WCAG 2.1 A and AA, and its best practices) run inside a page from the project's own copy. */
import fs from "fs";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Every violation as "rule: the elements it was found on", so a failure says what to fix. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's script policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
