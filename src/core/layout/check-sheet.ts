import { columnLetters, fromA1, quoteSheet, toA1 } from "../grid/a1";
import type { Severity, TemplateDef, TemplateId } from "../catalog";
import type { CellAt } from "../form/expr";
import { inputCells, valueAt, type FormValues } from "../form/form";
import { fill } from "../text/text";
import {
  inputFigureFormula,
  inputResult,
  inputResultFormula,
  isErrorResult,
  literal,
  OK_MARK,
  REASONS,
  ruleChecks,
  ruleResult,
  ruleResultFormula,
  UNCHECKED_MARK,
} from "./check-formulas";
import { formAddress } from "../form/form-address";
import { nominationChecks } from "./nomination-checks";
import type { PlanName, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { WORDS } from "../vocabulary";

export const CHECK_SHEET = WORDS.selfCheck.sheet.vi;
/** The one cell holding how many errors the template's own formulas find. */
export const CHECK_ERRORS_NAME = "TD_CHECK_ERRORS";
const ERRORS_AT = { row: 2, col: 1 };
const FIRST_CHECK_ROW = 8;
const COLUMNS = {
  form: 0,
  cell: 1,
  check: 2,
  checkEn: 3,
  result: 4,
  counted: 5,
  figure: 6,
  marks: 7,
  /** The four flags a line of the "Đề nghị khen thưởng" list has, where the template has one. */
  flags: 8,
} as const;
/** Every result a check can show, written once in the sheet for the formulas to refer to. */
const MARKS = [OK_MARK, UNCHECKED_MARK, ...Object.values(REASONS)];

/** One line of the check sheet: an input's figure, or a rule at one of the form's rows. */
export interface CheckLine {
  readonly template: TemplateId;
  readonly kind: "input" | "rule";
  /** The rule's id; for an input, undefined (any of the cell.* rules of a figure). */
  readonly rule?: string;
  readonly severity: Severity;
  /** The form cell `validate` names: the input, or the rule's anchor. */
  readonly at: CellAt;
  /** Its address on the form's sheet, e.g. "C9". */
  readonly address: string;
  /** Zero-based row of the line on the check sheet. */
  readonly row: number;
}

const errorsRef = () => `${quoteSheet(CHECK_SHEET)}!$${columnLetters(ERRORS_AT.col)}$${ERRORS_AT.row + 1}`;

/** The status line a form shows at its top, as a formula over the check sheet's count of errors. */
export function statusFormula(lang: "vi" | "en"): string {
  const [before, after] = WORDS.selfCheck.errorsLeft[lang].split("{count}") as [string, string];
  const count = errorsRef();
  return `IF(${count}=0,${literal(WORDS.selfCheck.ok[lang])},${literal(before)}&${count}&${literal(after)})`;
}

/** The status line's text for a count of errors already known (its cached result). */
export const statusText = (errors: number, lang: "vi" | "en") =>
  errors === 0 ? WORDS.selfCheck.ok[lang] : fill(WORDS.selfCheck.errorsLeft, { count: errors })[lang];

/** Each ✗ line red across, each ⚠ line blue: among a hundred lines, bold alone was missed (issue 64). */
function markLines(sheet: SheetBuilder, last: number): void {
  const lineArea = { top: FIRST_CHECK_ROW + 1, left: COLUMNS.form, bottom: last, right: COLUMNS.result };
  const resultOf = `$${columnLetters(COLUMNS.result)}${FIRST_CHECK_ROW + 2}`;
  if (last > FIRST_CHECK_ROW) {
    sheet.conditionalFormat({ areas: [lineArea], formula: `LEFT(${resultOf})="✗"`, look: "error" });
    sheet.conditionalFormat({ areas: [lineArea], formula: `LEFT(${resultOf})="⚠"`, look: "review" });
  }
}

/** The title, and the count of errors (named TD_CHECK_ERRORS) over the lines with its words in both languages. */
function errorCount(sheet: SheetBuilder, last: number, errors: number): void {
  sheet.put(0, 0, { value: WORDS.selfCheck.title.vi, style: "title" }).merge(0, 0, 0, COLUMNS.result);
  sheet.put(1, 0, { value: WORDS.selfCheck.title.en, style: "subtitle" }).merge(1, 0, 1, COLUMNS.result);
  sheet.put(ERRORS_AT.row, 0, {
    value: `${WORDS.selfCheck.errors.vi} / ${WORDS.selfCheck.errors.en}`,
    style: "sectionWrapped",
  });
  sheet.put(ERRORS_AT.row, ERRORS_AT.col, {
    formula:
      last > FIRST_CHECK_ROW
        ? `SUM(${toA1(FIRST_CHECK_ROW + 1, COLUMNS.counted)}:${toA1(last, COLUMNS.counted)})`
        : "0",
    value: errors,
    style: "status",
  });
  sheet.put(ERRORS_AT.row, COLUMNS.check, {
    formula: statusFormula("vi"),
    value: statusText(errors, "vi"),
    style: "status",
  });
  sheet.put(ERRORS_AT.row, COLUMNS.checkEn, {
    formula: statusFormula("en"),
    value: statusText(errors, "en"),
    style: "subtitle",
  });
  sheet.defineName(CHECK_ERRORS_NAME, ERRORS_AT.row, ERRORS_AT.col);
}

/** The legend and what only submission checks, under the title; the columns' headings over the lines. */
function notesAndHeadings(sheet: SheetBuilder): void {
  const notes = [
    WORDS.selfCheck.legend.vi,
    WORDS.selfCheck.legend.en,
    WORDS.selfCheck.onSubmission.vi,
    WORDS.selfCheck.onSubmission.en,
  ];
  notes.forEach((text, i) => {
    sheet.put(3 + i, 0, { value: text, style: "note" }).merge(3 + i, 0, 3 + i, COLUMNS.result);
    sheet.rowHeight(3 + i, 30);
  });
  const headings = [
    WORDS.selfCheck.form,
    WORDS.selfCheck.cell,
    WORDS.selfCheck.check,
    WORDS.selfCheck.checkEn,
    WORDS.selfCheck.result,
    WORDS.selfCheck.counted,
    WORDS.selfCheck.figure,
    WORDS.selfCheck.marks,
  ];
  headings.forEach((text, c) =>
    sheet.put(FIRST_CHECK_ROW, c, {
      value: `${text.vi} / ${text.en}`,
      style: "header",
    }),
  );
}

/**
 * The "Kiểm tra" sheet: every input of every form with what is wrong with it, every rule at every row
 * with ✓/✗, the count of errors under TD_CHECK_ERRORS, and a line for what only submission can check.
 * Each line refers to the form's cells, so it follows what is typed there.
 */
export function layoutCheckSheet(
  defs: readonly TemplateDef[],
  values: Partial<Record<TemplateId, FormValues>> = {},
  nominationLines?: number,
): { sheet: SheetPlan; names: PlanName[]; lines: CheckLine[]; errors: number; printedRight: number } {
  const sheet = new SheetBuilder(CHECK_SHEET, WORDS.selfCheck.title);
  const lines: CheckLine[] = [];
  const results: string[] = [];
  /** Each line's sheet and cell, in order, for the pointer to the first error. */
  const places: { readonly sheet: string; readonly address: string }[] = [];
  let row = FIRST_CHECK_ROW + 1;
  // A result's text is a reference to the one cell holding it: a hundred formulas, not a hundred copies.
  const marks = (text: string) =>
    `$${columnLetters(COLUMNS.marks)}$${FIRST_CHECK_ROW + 2 + MARKS.indexOf(text)}`;
  MARKS.forEach((text, i) =>
    sheet.put(FIRST_CHECK_ROW + 1 + i, COLUMNS.marks, { value: text, style: "text" }),
  );
  const put = (
    line: Omit<CheckLine, "row"> | { readonly sheet: string; readonly address: string },
    checkText: { vi: string; en: string },
    formula: string,
    result: string,
    figure?: { formula: string; value: number | null },
  ) => {
    const place = "sheet" in line ? line : { sheet: sheetOf(defs, line.template), address: line.address };
    sheet.put(row, COLUMNS.form, { value: place.sheet, style: "text" });
    sheet.put(row, COLUMNS.cell, { value: place.address, style: "link" });
    sheet.link(row, COLUMNS.cell, linkTarget(place.sheet, place.address));
    sheet.put(row, COLUMNS.check, { value: checkText.vi, style: "rowLabel" });
    sheet.put(row, COLUMNS.checkEn, { value: checkText.en, style: "rowLabelEn" });
    sheet.put(row, COLUMNS.result, { formula, value: result, style: "computedWrapped" });
    const resultRef = toA1(row, COLUMNS.result);
    sheet.put(row, COLUMNS.counted, {
      formula: `IF(LEFT(${resultRef})="✗",1,0)`,
      value: isErrorResult(result) ? 1 : 0,
      style: "computed",
    });
    if (figure) sheet.put(row, COLUMNS.figure, { ...figure, style: "computed", numFmt: "#,##0.##" });
    if (!("sheet" in line)) lines.push({ ...line, row });
    places.push(place);
    results.push(result);
    row++;
  };

  for (const def of defs) {
    const given = values[def.id];
    const address = (at: CellAt) => {
      const { row: r, col: c } = formAddress(def, at);
      return toA1(r, c);
    };
    const onForm = (at: CellAt) => `${quoteSheet(def.sheetName)}!${address(at)}`;
    const figureRow = new Map<string, number>();
    const figureOf = (at: CellAt) => toA1(figureRow.get(`${at.row}\u0000${at.col}`)!, COLUMNS.figure);
    for (const cell of inputCells(def)) {
      const at = { row: cell.row.key, col: cell.col.key };
      const value = given ? valueAt(given, at.row, at.col) : null;
      figureRow.set(`${at.row}\u0000${at.col}`, row);
      // The form's own row and column labels, so every report reader shares their text with the form's.
      const column = cell.required
        ? cell.col.label.vi
        : fill(WORDS.selfCheck.optional, { label: cell.col.label }).vi;
      put(
        { template: def.id, kind: "input", severity: "error", at, address: address(at) },
        { vi: cell.row.label.vi, en: column },
        inputResultFormula(onForm(at), toA1(row, COLUMNS.figure), cell, marks),
        inputResult(value, cell),
        {
          formula: inputFigureFormula(onForm(at), cell.required),
          value: value ?? (cell.required ? null : 0),
        },
      );
    }
    for (const check of ruleChecks(def)) {
      const rowLabel = def.rows.find((r) => r.key === check.row)?.label;
      const said = fill(check.rule.message, {
        row: rowLabel ?? { vi: "", en: "" },
        left: "…",
        right: "…",
      });
      const cells = check.cells.map(address).join(", ");
      put(
        {
          template: def.id,
          kind: "rule",
          rule: check.rule.id,
          severity: check.severity,
          at: check.anchor,
          address: address(check.anchor),
        },
        { vi: `Báo lỗi khi: ${said.vi} (${cells})`, en: `Flags: ${said.en} (${cells})` },
        ruleResultFormula(check, figureOf, marks),
        ruleResult(check, given ?? {}),
      );
    }
  }
  // The list's lines the roll-up refuses, flagged line by line right of the marks, then counted.
  if (nominationLines !== undefined) {
    const { checks, flags } = nominationChecks(nominationLines, FIRST_CHECK_ROW + 1, COLUMNS.flags);
    for (const check of checks) put(check.at, check.text, check.formula, OK_MARK);
    for (const flag of flags)
      sheet.put(flag.row, flag.col, { formula: flag.formula, value: 0, style: "computed" });
    sheet.put(FIRST_CHECK_ROW, COLUMNS.flags, {
      value: `${WORDS.selfCheck.listFlags.vi} / ${WORDS.selfCheck.listFlags.en}`,
      style: "header",
    });
  }
  const last = row - 1;
  const errors = results.filter(isErrorResult).length;
  markLines(sheet, last);
  errorCount(sheet, last, errors);
  if (last > FIRST_CHECK_ROW) firstError(sheet, { top: FIRST_CHECK_ROW + 1, bottom: last }, places, results);
  notesAndHeadings(sheet);
  return {
    sheet: sheet.build({
      columnWidths: [10, 6, 56, 30, 30, 6, 14, 24, ...(nominationLines === undefined ? [] : [8, 8, 8, 8])],
      freeze: { rows: FIRST_CHECK_ROW + 1, cols: 0 },
      protect: true,
    }),
    names: sheet.names,
    lines,
    errors,
    printedRight: COLUMNS.result,
  };
}

/**
 * Where a line's link goes: the form's cell, addressed absolutely. LibreOffice reads "'Biểu 01'!C9" as a
 * column in R1C1 (C9, the ninth) and keeps it unconverted, so that it goes nowhere; "$C$9" it converts to
 * its own "'Biểu 01'.$C$9", and Gnumeric and Excel follow either.
 */
function linkTarget(sheetName: string, address: string): string {
  const { row, col } = fromA1(address)!;
  return `${quoteSheet(sheetName)}!$${columnLetters(col)}$${row + 1}`;
}

/**
 * Beside the count of errors, where the first of them is ("→ Biểu 02 E11"), found by formulas over the
 * lines' count column, so that the ✗ lines need not be looked for among a hundred.
 */
function firstError(
  sheet: SheetBuilder,
  rows: { readonly top: number; readonly bottom: number },
  places: readonly { readonly sheet: string; readonly address: string }[],
  results: readonly string[],
): void {
  const column = (col: number) =>
    `$${columnLetters(col)}$${rows.top + 1}:$${columnLetters(col)}$${rows.bottom + 1}`;
  const at = `MATCH(1,${column(COLUMNS.counted)},0)`;
  const first = places[results.findIndex(isErrorResult)];
  sheet.put(ERRORS_AT.row, COLUMNS.result, {
    formula: `IF(${errorsRef()}=0,"","→ "&INDEX(${column(COLUMNS.form)},${at})&" "&INDEX(${column(COLUMNS.cell)},${at}))`,
    value: first ? `→ ${first.sheet} ${first.address}` : null,
    style: "status",
  });
}

const sheetOf = (defs: readonly TemplateDef[], id: TemplateId) => defs.find((d) => d.id === id)!.sheetName;
