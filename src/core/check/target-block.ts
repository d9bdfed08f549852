import { fromA1 } from "../grid/a1";
import { formulaKey } from "./formula-key";
import type { ValueKind } from "../catalog/types";
import type { FormRead, PlacedCell, TargetRead } from "../report/form-read";
import { otherShown } from "../report/form-frame";
import { assessmentFormulas, assessmentText, goalOf, type Goal } from "../form/target-block";
import { targetName, valueAt } from "../form/form";
import type { Targets } from "../model/targets";
import { figureText, percentText } from "../text/figure-text";
import { fill, shown, type Param, type Text } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted, quotedText, referenceFrom, sameFigure, shownTexts } from "../report/cell-compare";
import { misleadingFormatFinding } from "../looks/format-findings";
import { judgeTargetCell } from "../looks/cell-lies";
import { WORDS } from "../vocabulary";
import { textDrawnOver } from "../looks/text-drawn-over";
import { noFigureFromInput } from "./error-from-input";
import { recalculateAdvice } from "../report/saving-program";

const at = (form: FormRead, cell: PlacedCell) => ({
  template: form.def.id,
  sheet: cell.sheet,
  cell: cell.address,
});

function goalText(goal: Goal, kind: string): Text {
  if (goal === null) return WORDS.report.noResult;
  if (goal === "notApplicable") return WORDS.form.notApplicable;
  return kind === "ratio" ? percentText(goal) : figureText(goal);
}

/** The goal a person reads on the form, against the one assigned (the report's own, which the roll-up uses). */
function goalShown(
  form: FormRead,
  row: TargetRead,
  assigned: number | null,
  label: Text,
  kind: string,
): Finding[] {
  const shown = goalOf(row.goal.value);
  const agrees =
    shown !== undefined &&
    (assigned === null
      ? shown === null || shown === "notApplicable"
      : typeof shown === "number" && sameFigure(assigned, shown));
  if (agrees) return [];
  const found = shown === undefined ? shownRaw(row.goal) : goalText(shown, kind);
  return [
    finding(
      "error",
      "target.goal_differs",
      assigned === null
        ? fill(WORDS.report.goalUnassigned, { label, found })
        : fill(WORDS.report.goalDiffers, { label, found, assigned: goalText(assigned, kind) }),
      at(form, row.goal),
    ),
  ];
}

const shownRaw = (cell: PlacedCell): Text => quotedText(String(cell.value?.value ?? ""));

/** A result or assessment cell whose formula is none of the template's (the first is today's). */
function tampered(form: FormRead, cell: PlacedCell, expected: readonly string[], label: Text): Finding[] {
  // Most files keep the formula as written: equal text needs no normalizing.
  if (expected.includes(cell.formula ?? "")) return [];
  const actual = formulaKey(cell.formula ?? "", cell.sheet);
  if (expected.some((formula) => formulaKey(formula, cell.sheet) === actual)) return [];
  const params: Record<string, Param> = { label, expected: quoted(expected[0]!) };
  const message = cell.formula
    ? fill(WORDS.report.formulaTampered, { ...params, actual: quoted(`=${cell.formula}`) })
    : fill(WORDS.report.formulaReplaced, params);
  return [finding("error", "cell.formula_tampered", message, at(form, cell))];
}

/**
 * A result or assessment whose cached text or figure is not what its formula gives. A figure cached where
 * the formula gives a text is none: LibreOffice's .xls caches 0 for a text it did not compute, and both
 * LibreOffice and Excel compute the text on opening it; a format that shows the figure as a text is named
 * apart (`shownOtherwise`). What is shown where the target's figure reads an input holding no figure
 * (`fromInput`: #VALUE!, or the figure LibreOffice makes of a number stored as text) is not stale: no
 * recalculation changes it, and the input is refused at its own cell.
 */
function stale(
  form: FormRead,
  cell: PlacedCell,
  expected: number | string | null,
  label: Text,
  kind: string,
  fromInput: boolean,
) {
  const cached = cell.value;
  if (cached === undefined || form.computedOnOpening || fromInput) return [];
  if (typeof expected === "string" && cached.type === "number") return [];
  const agrees =
    typeof expected === "number"
      ? cached.type === "number" && sameFigure(expected, cached.value)
      : cached.type === "string" && cached.value === (expected ?? "");
  if (agrees) return [];
  const show = (v: number | string | null): Text =>
    typeof v === "number" ? goalText(v, kind) : v ? quotedText(v) : WORDS.report.noResult;
  const message = fill(WORDS.report.staleResult, {
    label,
    shown: cached.type === "number" ? show(cached.value) : show(String(cached.value)),
    computed: show(expected),
    recalculate: recalculateAdvice(form.savedBy),
  });
  return [finding("warning", "cell.stale_result", message, at(form, cell))];
}

/** What the cell holds, as the message about it writes it. */
const heldText = (cell: PlacedCell, kind: string): Text =>
  cell.value?.type === "number" ? goalText(cell.value.value, kind) : shownRaw(cell);

/**
 * A cell of the block a person reads otherwise than it holds: what the cell judge finds on it
 * (`judgeTargetCell`: a drawing over it, a format that shows another figure or unit), or a text shown
 * over the assessment's Đạt / Chưa đạt. The goal is judged as the result is: a person reads one against
 * the other.
 */
function shownOtherwise(
  form: FormRead,
  cell: PlacedCell,
  label: Text,
  kind: ValueKind,
  role: "goal" | "result" | "assessment",
): Finding[] {
  const where = at(form, cell);
  // The figure's text is written only into a finding: most cells make none.
  const about = {
    label,
    get figure() {
      return heldText(cell, kind);
    },
    where,
  };
  const judged = judgeTargetCell(cell, kind, role, about);
  const held = cell.value;
  if (held === undefined || held.type === "number") return judged;
  const other = shownTexts(cell).find((text) => text !== String(held.value));
  return other === undefined
    ? judged
    : [...judged, misleadingFormatFinding(other, label, about.figure, where)];
}

/** Whether a cell is named already as holding several lines, which says all that is wrong with it. */
const heldSeveral = (form: FormRead, cell: PlacedCell) =>
  !!form.severalLines?.some((text) => text.sheet === cell.sheet && text.address === cell.address);

/**
 * A target whose label the form's sheet does not carry below the form: a person cannot tell which
 * target its row's goal, result and assessment are for, or reads them as another's. Named at the cell
 * where the template puts the label (unless it is named as holding several lines), or at the goal.
 */
function labelMissing(form: FormRead, row: TargetRead, cell = row.labelCell ?? row.goal): Finding[] {
  if (heldSeveral(form, cell)) return [];
  const message = fill(WORDS.report.targetLabelMissing, {
    label: row.target.label,
    row: (fromA1(cell.address)?.row ?? 0) + 1,
    cell: cell.address,
  });
  return [finding("error", "target.label_missing", message, at(form, cell))];
}

/** A target whose English, where the template writes it, shows another text (`other`). */
function englishOther(form: FormRead, row: TargetRead, cell: PlacedCell, other: string): Finding[] {
  if (heldSeveral(form, cell)) return [];
  const message = fill(WORDS.report.targetEnglishOther, {
    label: row.target.label,
    english: row.target.label.en,
    shown: shown(other, 60),
    row: (fromA1(cell.address)?.row ?? 0) + 1,
    cell: cell.address,
  });
  return [finding("error", "target.label_en_other", message, at(form, cell))];
}

/**
 * A target's label and its English, each where the template puts it on the goal's row: a label shown
 * further along the row, behind a cell that hides it, leaves the label's own cell showing whatever it
 * holds (red team, round 19: each label after 200 spaces in column F, column A showing the other target's
 * label with " (%)"; the English labels alone swapped).
 */
function labelsElsewhere(form: FormRead, row: TargetRead, goalRow: number | undefined): Finding[] {
  if (row.labelRow === undefined) return [];
  const { labelCell, labelEnCell } = row;
  const labelShown =
    labelCell === undefined || (row.labelRow === goalRow && !!row.labelCells?.includes(labelCell.address));
  // The English is judged where it is: blank or hidden (a clerk hides column B to print), it misleads no one.
  const english = labelEnCell && otherShown(labelEnCell, row.target.label.en);
  return [
    ...(labelShown ? [] : labelMissing(form, row)),
    ...(labelEnCell && english !== undefined ? englishOther(form, row, labelEnCell, english) : []),
  ];
}

/** By goal and result address, the assessment formulas there: every report of a round places them alike. */
const ASSESSMENTS = new Map<string, Map<string, readonly string[]>>();

function assessmentsAt(goal: string, result: string): readonly string[] {
  let byResult = ASSESSMENTS.get(goal);
  if (!byResult) {
    // A hostile file's many places cannot grow it for good.
    if (ASSESSMENTS.size >= 1000) ASSESSMENTS.clear();
    ASSESSMENTS.set(goal, (byResult = new Map()));
  }
  let found = byResult.get(result);
  if (!found) byResult.set(result, (found = assessmentFormulas(goal, result)));
  return found;
}

/**
 * The target block under a form, where a person reads whether the unit met each target: the goal must
 * be the one assigned, the result a reference to the form's cell and the assessment the template's
 * formula, each caching what it computes. Otherwise the form says Đạt where the roll-up says Chưa đạt.
 */
export function targetBlockFindings(form: FormRead, assigned: Targets): Finding[] {
  const out: Finding[] = [];
  // A form found on its sheet whose target lacks its name shows Đạt / Chưa đạt that nothing checks.
  if (form.sheet !== undefined)
    for (const target of form.unnamedTargets ?? [])
      out.push(
        finding(
          "error",
          "cell.missing_name",
          fill(WORDS.report.missingName, { name: targetName(form.def.id, target.key) }),
          { template: form.def.id, sheet: form.sheet },
        ),
      );
  for (const row of form.targets ?? []) {
    const label = row.target.label;
    const drawn = row.labelUnderDrawing;
    if (drawn !== undefined) {
      const where = { template: form.def.id, sheet: row.goal.sheet, cell: drawn.address };
      out.push(textDrawnOver(drawn.kind, label, label, where));
    }
    const line = row.labelRow;
    const goalRow = fromA1(row.goal.address)?.row;
    if (line === undefined && form.sheet !== undefined) out.push(...labelMissing(form, row));
    if (line !== undefined && (row.goal.sheet !== form.sheet || goalRow !== line)) {
      const message = fill(WORDS.report.targetOffLine, { label, row: line + 1 });
      out.push(finding("error", "cell.name_misplaced", message, at(form, row.goal)));
      continue;
    }
    out.push(...labelsElsewhere(form, row, goalRow));
    const source = form.reads.find(
      (r) => r.cell.row.key === row.target.row && r.cell.col.key === row.target.col,
    );
    const kind: ValueKind = source?.cell.kind ?? "count";
    const result = valueAt(form.values, row.target.row, row.target.col);
    const fromInput = source !== undefined && noFigureFromInput(source, form);
    out.push(...goalShown(form, row, assigned[row.target.key] ?? null, label, kind));
    out.push(
      ...shownOtherwise(form, row.goal, label, kind, "goal"),
      ...shownOtherwise(form, row.result, label, kind, "result"),
      ...shownOtherwise(form, row.assessment, label, kind, "assessment"),
    );
    if (source?.sheet !== undefined && source.address !== undefined) {
      const reference = referenceFrom(row.result.sheet, { sheet: source.sheet, address: source.address });
      const resultTampered = tampered(form, row.result, [reference], label);
      out.push(...resultTampered);
      if (resultTampered.length === 0) out.push(...stale(form, row.result, result, label, kind, fromInput));
    }
    const expected = assessmentsAt(row.goal.address, row.result.address);
    const assessmentTampered = tampered(form, row.assessment, expected, label);
    out.push(...assessmentTampered);
    const shownGoal = goalOf(row.goal.value);
    if (assessmentTampered.length === 0 && shownGoal !== undefined)
      out.push(...stale(form, row.assessment, assessmentText(shownGoal, result), label, kind, fromInput));
  }
  return out;
}
