import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import axe from "axe-core";
import type { Page } from "playwright-core";

const REPORT = path.resolve("test-output/axe.txt");

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * axe-core's WCAG 2.x A and AA rules over what the page shows now. Its script is evaluated through the
 * browser's debugging protocol, which the pages' Content-Security-Policy does not govern; the count of
 * violations by impact is appended to test-output/axe.txt, one line per view and width.
 */
export async function axeViolations(page: Page, view: string): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  const counts = ["critical", "serious", "moderate", "minor"].map(
    (impact) => `${impact} ${violations.filter((v) => v.impact === impact).length}`,
  );
  const width = page.viewportSize()?.width ?? 0;
  mkdirSync(path.dirname(REPORT), { recursive: true });
  appendFileSync(
    REPORT,
    `${view} @ ${width}px: ${counts.join(", ")}${violations.length ? ` — ${violations.map((v) => `${v.id} (${v.impact})`).join(", ")}` : ""}\n`,
  );
  return violations;
}

/** The violations that fail a view: serious and critical ones. */
export const blocking = (violations: readonly AxeViolation[]) =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");
