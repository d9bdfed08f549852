import { layoutSummary, rollup, TEMPLATE_IDS, type Submission, type WorkbookPlan } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";
import { frozen } from "../../support/frozen";

/** Distinct reports are slow to make (a layout and an extraction each); larger summaries reuse their figures. */
const DISTINCT_FIGURES = 20;

type Read = Extract<Submission, { extraction: unknown }>;

/** Unit `i`'s submission: the figures of one of a few filled reports, under the unit's own code and file. */
function unitSubmission(i: number, figures: readonly Read[]): Submission {
  const code = `P${String(i + 1).padStart(2, "0")}`;
  const { source, extraction } = figures[i % figures.length]!;
  const reportUnit = { ...unit(code) };
  return {
    source: { ...source, name: `${code}.xlsx`, sha256: `sha-${code}.xlsx` },
    extraction: {
      ...extraction,
      // The forms' lines naming their unit are another unit's: the figures are reused, not the forms.
      forms: extraction.forms.map((form) => ({ ...form, identityLines: [] })),
      meta: { ...extraction.meta!, unitCode: code, unitName: reportUnit.name },
      report: { ...extraction.report!, unit: reportUnit },
    },
  };
}

/**
 * The summaries made in this test file, by their number of units: one of thousands takes seconds to roll up,
 * and a file asks for the same few again and again. Each is frozen to its depth, so no test can change the one
 * another test is given (a write changing its plan in place throws).
 */
const made = new Map<number, WorkbookPlan>();

/** A province summary of `units` units, each with every template filled consistently (made once, frozen). */
export function summaryPlan(units: number): WorkbookPlan {
  let plan = made.get(units);
  if (!plan) made.set(units, (plan = frozen(rolledUp(units))));
  return plan;
}

/**
 * The filled reports whose figures the summaries reuse, made once each: a file asking for summaries of 1, 2
 * and 3 units, or of 100 and 3,400, would otherwise make the same first ones again for each. A roll-up only
 * reads its submissions, so each summary is the one reports of its own would give.
 */
const filled: Read[] = [];

function figuresOf(i: number): Read {
  return (filled[i] ??= submission(
    { unit: unit(`P${i}`), fills: consistentFills(TEMPLATE_IDS, 500 + i) },
    `P${i}.xlsx`,
  ) as Read);
}

function rolledUp(units: number): WorkbookPlan {
  const figures = Array.from({ length: Math.min(units, DISTINCT_FIGURES) }, (_, i) => figuresOf(i));
  const submissions = Array.from({ length: units }, (_, i) => unitSubmission(i, figures));
  return layoutSummary(rollup(submissions, { parent: { code: "T01", name: "LĐLĐ tỉnh" } }));
}
