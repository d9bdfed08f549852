import { checkFile, type FormRead } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";
import { EXPECTED } from "./figures";

export type Verdict = "accepted" | "warned" | "refused";

/** What the product made of one file of the corpus, and where its figures part from the hand-made table. */
export interface Judged {
  readonly verdict: Verdict;
  /** Each error as "rule at sheet!cell: message", or why the file could not be read at all. */
  readonly errors: readonly string[];
  /** The warnings' rule codes. */
  readonly warnings: readonly string[];
  readonly differences: readonly string[];
}

/** Within the 15 significant digits a spreadsheet keeps: a rate computed elsewhere may differ in its last. */
const same = (actual: number | null | undefined, expected: number | null) =>
  actual === expected ||
  (typeof actual === "number" &&
    expected !== null &&
    Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)));

/** Every figure of the forms, input or computed, that is not the table's. */
export function figureDifferences(forms: readonly FormRead[]): string[] {
  const differences: string[] = [];
  for (const [id, table] of Object.entries(EXPECTED)) {
    const form = forms.find((f) => f.def.id === id);
    if (!form) {
      differences.push(`${id}: no such form read`);
      continue;
    }
    for (const [row, figures] of Object.entries(table))
      for (const [column, figure] of Object.entries(figures)) {
        const actual = form.values[row]?.[column];
        if (!same(actual, figure)) differences.push(`${id} ${row} ${column}: ${actual}, not ${figure}`);
      }
  }
  return differences;
}

/** Reads and checks a file as `validate` does (the same reader and checks), and compares its figures. */
export function judge(bytes: Uint8Array, name: string): Judged {
  const submission = readSubmission(bytes, { name, sha256: "" });
  if ("unreadable" in submission)
    return { verdict: "refused", errors: [submission.unreadable.en], warnings: [], differences: [] };
  const findings = checkFile(submission).findings;
  const errors = findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} at ${f.sheet ?? ""}!${f.cell ?? ""}: ${f.message_en}`);
  const warnings = findings.filter((f) => f.severity === "warning").map((f) => f.rule);
  return {
    verdict: errors.length > 0 ? "refused" : warnings.length > 0 ? "warned" : "accepted",
    errors,
    warnings,
    differences: figureDifferences(submission.extraction.forms),
  };
}
