import type { Finding } from "../../src/core";
import type { CheckLine } from "../../src/core/layout/check-sheet";

/** Findings about an input's figure: at most one per cell, and the check sheet's line for it says ✗. */
export const INPUT_RULES = new Set([
  "cell.required_blank",
  "cell.blank_text",
  "cell.text_number",
  "cell.not_number",
  "cell.negative",
  "cell.fraction",
  "cell.too_large",
]);

/** Warnings about an input's figure the check sheet shows as ⚠ on its line (a formula typed aside). */
export const INPUT_REVIEWS = new Set(["cell.money_small"]);

/** What the check sheet should say, line by line, from what `validate` finds in the same file. */
export function expectedMarks(lines: readonly CheckLine[], findings: readonly Finding[]): string[] {
  const at = (f: Finding) => `${f.template}\u0000${f.cell}`;
  const inputProblems = new Set(findings.filter((f) => INPUT_RULES.has(f.rule)).map(at));
  const inputReviews = new Set(findings.filter((f) => INPUT_REVIEWS.has(f.rule)).map(at));
  const broken = new Map(findings.map((f) => [`${f.rule}\u0000${at(f)}`, f.severity]));
  return lines.map((line) => {
    if (line.kind === "input") {
      const cell = `${line.template}\u0000${line.address}`;
      return inputProblems.has(cell) ? "✗" : inputReviews.has(cell) ? "⚠" : "ok";
    }
    const severity = broken.get(`${line.rule}\u0000${line.template}\u0000${line.address}`);
    return severity === "error" ? "✗" : severity === "warning" ? "⚠" : "ok";
  });
}

/** ✓ and — say nothing wrong; anything but the four marks (an error value) is kept to fail the test. */
const shownAs = (text: string) =>
  text === "✓" || text === "—" ? "ok" : text.startsWith("✗") ? "✗" : text.startsWith("⚠") ? "⚠" : text;

/** The marks a recalculated check sheet (as CSV rows) shows, line by line. */
export const shownMarks = (check: readonly (readonly string[])[], lines: readonly CheckLine[]): string[] =>
  lines.map((line) => shownAs(check[line.row]![4]!));

/** The check sheet's count of errors (TD_CHECK_ERRORS), as recalculated. */
export const checkErrors = (check: readonly (readonly string[])[]): number => Number(check[2]![1]);
