import { fromA1, toA1 } from "../grid/a1";
import type { GridValue } from "../grid/grid";
import { isMet } from "../model/targets";
import { WORDS } from "../vocabulary";

/**
 * The block of targets under a form: on each target's row, the target assigned (its cell named by
 * `targetName`), then the result — a reference to the form's cell — and the assessment, Đạt / Chưa đạt,
 * in the two cells to its right. What a person reads there is checked against the roll-up.
 */
export const RESULT_OFFSET = 1;
export const ASSESSMENT_OFFSET = 2;
/** The target's label, in Vietnamese then in English, in the cells this far left of its goal. */
export const LABEL_OFFSET = -2;

const TARGET_NAME = /^TD_[A-Za-z0-9]+_target_/;

/**
 * The cells beside a defined name's cell that a reader must read as the form's own: a target's result
 * and assessment, where the name is a target's (none otherwise).
 */
export function besideName(name: string, address: string): string[] {
  const at = TARGET_NAME.test(name) ? fromA1(address) : null;
  return at ? [toA1(at.row, at.col + RESULT_OFFSET), toA1(at.row, at.col + ASSESSMENT_OFFSET)] : [];
}

const [NOT_APPLICABLE, MET, NOT_MET] = [WORDS.form.notApplicable.vi, WORDS.form.met.vi, WORDS.form.notMet.vi];

const compared = (goalRef: string, resultRef: string) =>
  `IF(OR(${goalRef}="",${resultRef}=""),"",IF(${resultRef}>=${goalRef},"${MET}","${NOT_MET}"))`;

/**
 * The assessment's formula. Spreadsheets hold any text above any number: compared, "Không áp dụng"
 * would make every result Chưa đạt, so it is tested first.
 */
export const assessmentFormula = (goalRef: string, resultRef: string) =>
  `IF(${goalRef}="${NOT_APPLICABLE}","${NOT_APPLICABLE}",${compared(goalRef, resultRef)})`;

/** The assessment formulas a report may hold: ours, and the one templates had before "Không áp dụng". */
export const assessmentFormulas = (goalRef: string, resultRef: string) => [
  assessmentFormula(goalRef, resultRef),
  compared(goalRef, resultRef),
];

/** The goal a target's cell holds: a figure, not applicable, or none. */
export type Goal = number | "notApplicable" | null;

/** What the assessment's formula gives for a goal and a result ("" where either is missing). */
export function assessmentText(goal: Goal, result: number | null): string {
  if (goal === "notApplicable") return NOT_APPLICABLE;
  const met = isMet(result, goal);
  return met === null ? "" : met ? MET : NOT_MET;
}

/** The goal a target cell's value stands for, as the assessment's formula reads it; undefined for any other. */
export function goalOf(value: GridValue | undefined): Goal | undefined {
  if (!value) return null;
  if (value.type === "number") return value.value;
  if (value.type !== "string") return undefined;
  return value.value === "" ? null : value.value === NOT_APPLICABLE ? "notApplicable" : undefined;
}
