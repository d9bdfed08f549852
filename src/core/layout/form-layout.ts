import { columnLetters, toA1, type Area } from "../grid/a1";
import type { TemplateDef } from "../catalog";
import { computeForm } from "../form/compute";
import { renderFormula, renderNotation, type CellAt, type CellReader } from "../form/expr";
import { balanceCells } from "../form/closing-stock";
import {
  emptyValues,
  formCells,
  inputCells,
  MAX_FIGURE,
  targetName,
  valueAt,
  type FormCell,
  type FormValues,
} from "../form/form";
import { dmy, parsePeriod, spanText, type Period } from "../model/period";
import type { MetaSource } from "../report/metadata";
import { budgetDays, budgetYear } from "../model/budget-year";
import { movedInCollections, movedInFlows } from "./moved-in-notes";
import type { Targets } from "../model/targets";
import { STATUS_LINE_ROW } from "../report/status-line";
import {
  ASSESSMENT_OFFSET,
  assessmentFormula,
  assessmentText,
  LABEL_OFFSET,
  RESULT_OFFSET,
} from "../form/target-block";
import { bilingual, fill, joinTexts, type Text } from "../text/text";
import type { ReportingUnit } from "../model/units";
import {
  formulaCondition,
  inputWrongCondition,
  moneySmallInputCondition,
  literal,
  blankCondition,
  ruleBrokenCondition,
  ruleChecks,
} from "./check-formulas";
import { statusFormula, statusText } from "./check-sheet";
import { NUMBER_FORMATS, type PlanName, type SheetPlan } from "./plan";
import { printable, printedAbout } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { resultFormat } from "./result-format";
import { signatureBlock } from "./signature-block";
import { FORM_FIRST_COL, FORM_FIRST_ROW, formAddress } from "../form/form-address";
import { formColumnWidths, widestPrint, type LabelWidths } from "./form-widths";
import { printedSize } from "./page";
import { putUnitLines } from "./unit-lines";
import { WORDS } from "../vocabulary";

export { FORM_FIRST_COL, FORM_FIRST_ROW, formAddress };
export { FORM_WIDTHS, figureWidth } from "./form-widths";

const HEADER_ROW = 5;

export const MET_TEXT = WORDS.form.met;
export const NOT_MET_TEXT = WORDS.form.notMet;
export const NOT_APPLICABLE_TEXT = WORDS.form.notApplicable;

export interface FormSheetInput {
  readonly def: TemplateDef;
  readonly unit: ReportingUnit;
  readonly period: Period;
  readonly targets: Targets;
  /** Targets not applicable to the unit: shown so, not as a blank that reads as no target set. */
  readonly notApplicable?: ReadonlySet<string>;
  /** The days the campaign's list dates the unit: a plan form says what budget to type (see budgetNotes). */
  readonly existence?: MetaSource["existence"];
  /** Figures to put in the inputs (a parent-level report); blank inputs when absent (a new template). */
  readonly values?: FormValues;
  /** The report's other forms' figures, which a linked row of Biểu 05 shows (blank for a new template). */
  readonly figures?: CellReader;
  /** A roll-up's report: its closing stocks are the sums in `values`, written as figures. */
  readonly rolledUp?: boolean;
  /** A unit's template checks itself: how many errors its check sheet finds in the figures laid out. */
  readonly selfCheck?: { readonly errors: number };
}

type FormSheet = { sheet: SheetPlan; names: PlanName[] };

export function layoutFormSheet(input: FormSheetInput): FormSheet {
  return layoutWith(input, formColumnWidths(input.def, labelWidths(input.def)));
}

const LABEL_WIDTHS = new WeakMap<TemplateDef, LabelWidths>();

/**
 * How wide a form's row labels are, in each language: whichever of the candidates prints the blank form
 * largest on one page (see widestPrint), the same for every report in the template's version, so that a
 * reader knows the template's widths from its definition.
 */
export function labelWidths(def: TemplateDef): LabelWidths {
  let widths = LABEL_WIDTHS.get(def);
  if (!widths) {
    const blank: FormSheetInput = { def, unit: { code: "", name: "" }, period: BLANK_PERIOD, targets: {} };
    widths = widestPrint(def, (labels) =>
      printedSize(layoutWith(blank, formColumnWidths(def, labels)).sheet),
    );
    LABEL_WIDTHS.set(def, widths);
  }
  return widths;
}

const BLANK_PERIOD = parsePeriod("2025-D1")!;

/**
 * The least scale a form prints at on its one page: the four forms print at 63 % (Biểu 02, held by its
 * width) to 98 %, and Biểu 02 of a unit named in 200 characters, its unit lines on two lines each, at
 * 59.5 % (at 60 % it printed on two pages). A form one page would shrink more (Biểu 05 of a plan's many
 * indicators) prints one page wide on as many pages as it takes, its headings repeated (see fittedTall).
 */
const LEAST_FORM_SCALE = 0.59;

function layoutWith(input: FormSheetInput, columnWidths: readonly number[]): FormSheet {
  const { def, unit, period, targets } = input;
  const sums = input.rolledUp ? balanceCells(def) : new Set<FormCell>();
  const summedColumns = new Set([...sums].map((cell) => cell.col.key));
  const values = computeForm(
    def,
    input.values ?? emptyValues(def),
    input.values,
    (cell) => sums.has(cell),
    input.figures,
  );
  const lastCol = FORM_FIRST_COL + def.columns.length - 1;
  const sheet = new SheetBuilder(def.sheetName, def.title);
  const a1 = (at: CellAt) => {
    const { row, col } = formAddress(def, at);
    return toA1(row, col);
  };

  sheet.put(0, 0, { value: def.title.vi, style: "title" }).merge(0, 0, 0, Math.max(lastCol, 4));
  sheet.put(1, 0, { value: def.title.en, style: "subtitle" }).merge(1, 0, 1, Math.max(lastCol, 4));
  putUnitLines(sheet, unit, period, columnWidths);

  const rowsHeading = def.rowsHeading ?? WORDS.form.indicator;
  sheet.putRow(HEADER_ROW, 0, [rowsHeading.vi, rowsHeading.en], { style: "header" });
  sheet.putRow(HEADER_ROW + 1, 0, ["", ""], { style: "headerEn" });
  sheet.putRow(HEADER_ROW + 2, 0, ["", ""], { style: "notation" });
  def.columns.forEach((col, i) => {
    const c = FORM_FIRST_COL + i;
    const number = (at: CellAt) => `(${def.columns.findIndex((x) => x.key === at.col) + 1})`;
    sheet.put(HEADER_ROW, c, { value: col.label.vi, style: "header" });
    sheet.put(HEADER_ROW + 1, c, { value: col.label.en, style: "headerEn" });
    const notation =
      col.formula && !summedColumns.has(col.key)
        ? `(${i + 1})=${renderNotation(col.formula, { row: "", col: col.key }, number)}`
        : `(${i + 1})`;
    sheet.put(HEADER_ROW + 2, c, { value: notation, style: "notation" });
  });

  def.rows.forEach((row, i) => {
    const r = FORM_FIRST_ROW + i;
    sheet.put(r, 0, { value: row.label.vi, style: row.formula ? "rowLabelComputed" : "rowLabel" });
    sheet.put(r, 1, { value: row.label.en, style: "rowLabelEn" });
  });

  const inputAreas: Area[] = [];
  const yesNoAreas: Area[] = [];
  for (const cell of formCells(def)) {
    const at = { row: cell.row.key, col: cell.col.key };
    const { row, col } = formAddress(def, at);
    const numFmt = NUMBER_FORMATS[cell.kind];
    const value = valueAt(values, at.row, at.col);
    if (sums.has(cell)) {
      sheet.put(row, col, { value, style: "computed", numFmt });
    } else if (cell.formula) {
      sheet.put(row, col, { formula: renderFormula(cell.formula, at, a1), value, style: "computed", numFmt });
    } else {
      sheet.put(row, col, { value, style: "input", numFmt, unlocked: true });
      (cell.row.yesNo ? yesNoAreas : inputAreas).push({ top: row, left: col, bottom: row, right: col });
    }
    sheet.defineName(cell.name, row, col);
  }
  // A Biểu 05 of linked rows and yes/no rows alone has no other input: an empty range is no valid file.
  const bounds = [
    { areas: inputAreas, max: MAX_FIGURE, help: WORDS.form.invalidFigureHelp },
    { areas: yesNoAreas, max: 1, help: WORDS.form.invalidYesNoHelp },
  ];
  for (const { areas, max, help } of bounds.filter((b) => b.areas.length > 0))
    sheet.validate({
      areas,
      min: 0,
      max,
      title: bilingual(WORDS.form.invalidFigureTitle),
      message: bilingual(help),
    });

  const afterTargets = layoutTargets(sheet, def, { targets, notApplicable: input.notApplicable }, values, a1);
  // Under the targets, each language across the form: in its label columns it took a row eight lines tall.
  const notes = [
    ...(def.rows.some((row) => row.yearToDate) ? [WORDS.form.yearToDate] : []),
    ...budgetNotes(def, period, input.existence),
    ...movedInFlows(def, period, input.existence),
  ].flatMap((note) => [note.vi, note.en]);
  notes.forEach((note, i) =>
    sheet
      .put(afterTargets + i, 0, { value: note, style: "note" })
      .merge(afterTargets + i, 0, afterTargets + i, columnWidths.length - 1),
  );
  if (input.selfCheck) layoutSelfCheck(sheet, def, input.selfCheck.errors);
  const lastFigures = def.targets.length > 0 ? afterTargets - 1 : FORM_FIRST_ROW + def.rows.length - 1;
  const signatureTop = afterTargets + notes.length + 1;
  const signatureEnd = signatureBlock(sheet, signatureTop, columnWidths);

  const built = sheet.build({
    columnWidths,
    freeze: { rows: FORM_FIRST_ROW, cols: FORM_FIRST_COL },
    protect: true,
  });
  return {
    sheet: printable(built, {
      about: printedAbout(unit, period),
      repeatRows: { top: HEADER_ROW, bottom: FORM_FIRST_ROW - 1 },
      tall: 1,
      leastScale: LEAST_FORM_SCALE,
      // From the last row of figures (a target's, else the form's), notes and all: the signatures are never
      // on a page of their own, nor on one holding only the notes.
      keptTogether: { top: lastFigures, left: 0, bottom: signatureEnd, right: columnWidths.length - 1 },
    }),
    names: sheet.names,
  };
}

/**
 * What a plan form (Biểu 03's budgets) tells a unit the list dates part of its budget year. Its budget covers
 * the year from its start in it (BUDGET_BASIS): a unit founded on 01/07 types the budget assigned for
 * 01/07–31/12, the figure on its decision paper, where the form once asked for a year's budget that exists
 * on no paper (× 365 ÷ 184) and the half year's typed as it is was prorated twice (216.7 %, Đạt). A unit
 * dissolved mid-year types its year's budget, counted for its days, and is told how many; so does one that
 * moved in from another parent, whose decision paper gives it the year's budget.
 */
function budgetNotes(def: TemplateDef, period: Period, existence: FormSheetInput["existence"]): Text[] {
  if (!existence || !formCells(def).some((c) => c.aggregation === "plan")) return [];
  const year = budgetYear(period);
  const { days, of, covers, from, to } = budgetDays(year, existence, "from_start");
  if (days === 0 || days === of) return movedInCollections(period, existence, true);
  const yearEnd = `${year}-12-31`;
  const params = { dates: spanText(from, to), year, days, of, covers, start: dmy(from), end: dmy(yearEnd) };
  if (existence.movedInFrom !== undefined)
    return [
      joinTexts(
        [
          fill(WORDS.form.budgetMovedIn, {
            ...params,
            previous: existence.movedInFrom,
            yearSpan: spanText(`${year}-01-01`, yearEnd),
          }),
          ...movedInCollections(period, existence, false),
        ],
        " ",
      ),
    ];
  if (covers === of) return [fill(WORDS.form.budgetPartYear, params)];
  return [fill(to === yearEnd ? WORDS.form.budgetFounded : WORDS.form.budgetFoundedPart, params)];
}

/**
 * A form's own checks on the form: the status line over the check sheet's count, orange on a required
 * input still blank, red on a figure that is wrong and on the cells of a rule that is broken.
 */
function layoutSelfCheck(sheet: SheetBuilder, def: TemplateDef, errors: number): void {
  const status = { row: STATUS_LINE_ROW, col: 0 };
  sheet.put(status.row, 0, {
    formula: statusFormula("vi"),
    value: statusText(errors, "vi"),
    // Wrapped: in a label column as narrow as the form allows, the English beside it cut it short.
    style: "sectionWrapped",
  });
  sheet.put(status.row, 1, {
    formula: statusFormula("en"),
    value: statusText(errors, "en"),
    style: "subtitle",
  });
  const statusArea = { top: status.row, left: 0, bottom: status.row, right: 1 };
  const statusCell = `$A$${status.row + 1}`;
  sheet.conditionalFormat({
    areas: [statusArea],
    formula: `${statusCell}=${literal(WORDS.selfCheck.ok.vi)}`,
    look: "ok",
  });
  sheet.conditionalFormat({
    areas: [statusArea],
    formula: `${statusCell}<>${literal(WORDS.selfCheck.ok.vi)}`,
    look: "error",
  });

  const area = (at: CellAt) => {
    const { row, col } = formAddress(def, at);
    return { top: row, left: col, bottom: row, right: col };
  };
  const absolute = (at: CellAt) => {
    const { row, col } = formAddress(def, at);
    return `$${columnLetters(col)}$${row + 1}`;
  };
  const inputArea = (cell: FormCell) => area({ row: cell.row.key, col: cell.col.key });
  const cells = inputCells(def);
  const inputs = cells.map(inputArea);
  const required = cells.filter((cell) => cell.required).map(inputArea);
  const topLeft = (areas: readonly { top: number; left: number }[]) => toA1(areas[0]!.top, areas[0]!.left);
  if (inputs.length > 0) {
    sheet.conditionalFormat({ areas: inputs, formula: inputWrongCondition(topLeft(inputs)), look: "error" });
    // A formula typed where a figure goes: worth a look, as the check sheet's ⚠ and `validate` say.
    sheet.conditionalFormat({ areas: inputs, formula: formulaCondition(topLeft(inputs)), look: "review" });
  }
  const money = cells.filter((cell) => cell.kind === "money").map(inputArea);
  if (money.length > 0)
    sheet.conditionalFormat({
      areas: money,
      formula: moneySmallInputCondition(topLeft(money)),
      look: "review",
    });
  for (const check of ruleChecks(def))
    sheet.conditionalFormat({
      areas: check.cells.map(area),
      formula: ruleBrokenCondition(check, absolute),
      look: check.severity === "error" ? "error" : "review",
    });
  if (required.length > 0)
    sheet.conditionalFormat({
      areas: required,
      formula: blankCondition(topLeft(required)),
      look: "warning",
    });
}

/**
 * The campaign's targets under the form: target, result (a reference), and Đạt / Chưa đạt, or Không áp
 * dụng in both the target and its assessment for a target not applicable to the unit. Returns the first
 * row below the form and its targets.
 */
function layoutTargets(
  sheet: SheetBuilder,
  def: TemplateDef,
  { targets, notApplicable }: { targets: Targets; notApplicable: ReadonlySet<string> | undefined },
  values: FormValues,
  a1: (at: CellAt) => string,
): number {
  const top = FORM_FIRST_ROW + def.rows.length + 1;
  if (def.targets.length === 0) return top;
  const c = FORM_FIRST_COL;
  sheet.putRow(
    top,
    0,
    [
      WORDS.form.targets.vi,
      WORDS.form.targets.en,
      bilingual(WORDS.form.target),
      bilingual(WORDS.form.result),
      bilingual(WORDS.form.assessment),
    ],
    {
      style: "headerSmall",
    },
  );
  def.targets.forEach((target, i) => {
    const r = top + 1 + i;
    const cell = formCells(def).find((x) => x.row.key === target.row && x.col.key === target.col)!;
    const numFmt = NUMBER_FORMATS[cell.kind];
    const goal = targets[target.key] ?? null;
    const result = valueAt(values, target.row, target.col);
    const applies = !notApplicable?.has(target.key);
    const [goalRef, resultRef] = [toA1(r, c), toA1(r, c + RESULT_OFFSET)];
    sheet.put(r, c + LABEL_OFFSET, { value: target.label.vi, style: "rowLabel" });
    sheet.put(r, c + LABEL_OFFSET + 1, { value: target.label.en, style: "rowLabelEn" });
    sheet.put(r, c, { value: applies ? goal : NOT_APPLICABLE_TEXT.vi, style: "computedWrapped", numFmt });
    sheet.put(r, c + RESULT_OFFSET, {
      formula: a1({ row: target.row, col: target.col }),
      value: result,
      style: "computed",
      // A parent-level form's result is known as it is laid out: shown so that it tells itself from its target.
      numFmt: applies ? resultFormat(cell.kind, result, goal) : numFmt,
    });
    const assessment = assessmentText(applies ? goal : "notApplicable", result);
    sheet.put(r, c + ASSESSMENT_OFFSET, {
      formula: assessmentFormula(goalRef, resultRef),
      value: assessment === "" ? null : assessment,
      style: "computedWrapped",
    });
    sheet.defineName(targetName(def.id, target.key), r, c);
  });
  return top + 1 + def.targets.length;
}
