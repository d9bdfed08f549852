import { indicatorsOfMeta, subRowsOfMeta } from "../campaign/indicator-meta";
import { formulaKey } from "./formula-key";
import {
  CUSTOM_FORM,
  CUSTOM_VERSION,
  findDefinition,
  isTemplateId,
  readableVersions,
  type Expr,
  type RuleDef,
  type TemplateDef,
} from "../catalog";
import {
  compiled,
  evaluate,
  isElsewhere,
  references,
  renderFormula,
  type CellAt,
  type Compiled,
} from "../form/expr";
import { countsAsZero, isBlank, type Extraction } from "../report/extract";
import type { CellRead, FormRead } from "../report/form-read";
import { figureText, messageFigure } from "../text/figure-text";
import { finding, sortFindings, type Finding } from "../findings/finding";
import { quoted, referenceFrom, sameFigure } from "../report/cell-compare";
import { judgeFigure } from "../looks/cell-lies";
import { shownText } from "../looks/figure-view";
import { targetBlockFindings } from "./target-block";
import { errorFromInput } from "./error-from-input";
import { identityLineFindings } from "../looks/identity-lines";
import { formTitleFindings } from "../looks/form-title";
import { statusLineFindings } from "../looks/status-lines";
import { cutTextFindings } from "../looks/cut-texts";
import { severalLinesFindings } from "../looks/several-lines";
import { unitNoteFindings } from "../looks/unit-notes";
import { insertedRowFindings } from "./inserted-rows";
import { cellLabel, MAX_FIGURE, smallForMoney, valueAt, type FormCell } from "../form/form";
import { IDENTITY_MAX, identityTextFindings, metaCell, tooLong } from "../report/identity-text";
import {
  BUDGET_BASIS,
  BUDGET_BASIS_WRITTEN,
  META_SCHEMA,
  NOT_APPLICABLE_TARGET,
  periodFromMeta,
} from "../report/metadata";
import { lookAlikeFindings } from "../looks/look-alike";
import { formOutOfViewFindings } from "../looks/form-reach";
import { formOffPrintFindings, formPrintedSmallFindings } from "../looks/form-print";
import { zerosHiddenFindings } from "../looks/zeros-hidden";
import { looksAsSetFindings } from "../looks/looks-as-set";
import { formulasShownFindings } from "../looks/formulas-shown";
import { backgroundFindings } from "../looks/sheet-background";
import { copyOnFormSheetFindings } from "../looks/copy-on-form-sheet";
import { pageTextFindings } from "../looks/page-texts";
import { misplacedNames } from "../looks/name-placement";
import { UNREADABLE_SHOWN, type GridValue } from "../grid/grid";
import { fill, type Param, type Text } from "../text/text";
import { recalculateAdvice } from "../report/saving-program";
import { parseTargetValue, placedTarget } from "../model/targets";
import { isUnitKind, isValidUnitCode } from "../model/units";
import { WORDS } from "../vocabulary";

const formatters = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }),
};

/** Fills a message whose placeholders are figures, each written the way its language writes numbers. */
function fillFigures(text: Text, texts: Record<string, Text>, figures: Record<string, number>): Text {
  const forLang = (lang: "vi" | "en") => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(texts)) params[k] = v[lang];
    for (const [k, v] of Object.entries(figures)) params[k] = formatters[lang].format(v);
    return fill(text, params)[lang];
  };
  return { vi: forLang("vi"), en: forLang("en") };
}

/** Fills a message about a cell, naming the cell in each language. */
function aboutCell(text: Text, label: Text, params: Record<string, Param> = {}): Text {
  return fill(text, { ...params, label });
}

function validateIdentity(extraction: Extraction): Finding[] {
  const meta = extraction.meta;
  if (!meta) {
    const words = extraction.campaignBook ? WORDS.report.campaignNotReport : WORDS.report.noMetadata;
    return [finding("error", "identity.no_metadata", words)];
  }
  const out: Finding[] = [];
  const error = (rule: string, text: Text, params: Record<string, Param> = {}, key?: string) =>
    out.push(finding("error", rule, fill(text, params), key ? metaCell(meta, key) : {}));
  if (meta.schema !== META_SCHEMA)
    error("identity.schema", WORDS.report.badSchema, { schema: quoted(meta.schema ?? "—") }, "schema");
  if (meta.templates.length === 0) error("identity.no_templates", WORDS.report.noTemplates, {}, "templates");
  const split = subRowsOfMeta(meta);
  if (split && "problem" in split) out.push(split.problem);
  const subRows = split && "subRows" in split ? split.subRows : [];
  for (const declared of meta.templates) {
    if (declared.id === CUSTOM_FORM && declared.version === CUSTOM_VERSION) {
      const own = indicatorsOfMeta(meta, subRows);
      if (!own)
        error(
          "identity.bad_indicators",
          WORDS.report.badIndicators,
          { reason: WORDS.report.indicatorsCut },
          "templates",
        );
      else if ("problem" in own) out.push(own.problem);
    } else if (declared.id === CUSTOM_FORM)
      error(
        "identity.unknown_version",
        WORDS.report.unknownVersion,
        { template: declared.id, version: declared.version ?? "—", supported: CUSTOM_VERSION },
        "templates",
      );
    else if (!isTemplateId(declared.id))
      error(
        "identity.unknown_template",
        WORDS.report.unknownTemplate,
        { template: quoted(declared.id) },
        "templates",
      );
    else if (!findDefinition(declared.id, declared.version))
      error(
        "identity.unknown_version",
        WORDS.report.unknownVersion,
        {
          template: declared.id,
          version: declared.version ?? "—",
          supported: readableVersions(declared.id).join(", "),
        },
        "templates",
      );
  }
  if (!meta.unitCode) error("identity.missing_unit", WORDS.report.missingUnit);
  else if (!isValidUnitCode(meta.unitCode))
    error("identity.bad_unit_code", WORDS.report.badUnitCode, { code: quoted(meta.unitCode) }, "unit_code");
  if (!meta.unitName)
    out.push(finding("warning", "identity.missing_unit_name", WORDS.report.missingUnitName));
  else if (tooLong(meta.unitName))
    error("identity.unit_name_too_long", WORDS.report.unitNameTooLong, { max: IDENTITY_MAX }, "unit_name");
  if (meta.parentCode && !isValidUnitCode(meta.parentCode))
    error(
      "identity.bad_parent_code",
      WORDS.report.badParentCode,
      { code: quoted(meta.parentCode) },
      "parent_code",
    );
  if (meta.unitKind && !isUnitKind(meta.unitKind))
    out.push(
      finding(
        "warning",
        "identity.unknown_unit_kind",
        fill(WORDS.report.unknownUnitKind, { kind: quoted(meta.unitKind) }),
        metaCell(meta, "unit_kind"),
      ),
    );
  if (!periodFromMeta(meta))
    error("identity.bad_period", WORDS.report.badPeriod, { period: quoted(meta.periodId ?? "") }, "period");
  if (meta.rollupUnits === "broken")
    error("identity.rollup_units", WORDS.report.brokenRollupList, {}, "rollup_units");
  // Neither reading is safe: as the year's, a founded unit's budget for its own days is prorated twice;
  // as its own days', a year's budget counts whole.
  if (meta.budgetBasis !== undefined && meta.budgetBasis !== BUDGET_BASIS_WRITTEN)
    error(
      "identity.budget_basis",
      WORDS.report.badBudgetBasis,
      { value: quoted(meta.budgetBasis) },
      BUDGET_BASIS,
    );
  out.push(...identityTextFindings(meta));
  for (const [key, value] of meta.targets) {
    const target = placedTarget(key, extraction.report?.indicators);
    const marked = value === "" || value === NOT_APPLICABLE_TARGET;
    if (target && !marked && parseTargetValue(value, target.kind) === null)
      error(
        "identity.bad_target",
        WORDS.report.badTarget,
        { target: key, value: quoted(value) },
        `target_${key}`,
      );
  }
  return out;
}

type FindingAt = (
  severity: "error" | "warning",
  rule: string,
  text: Text,
  params?: Record<string, Param>,
) => Finding;

/**
 * A formula typed into an input: the file keeps its last result, which is the figure used. Programs
 * that recalculate show what the formula gives instead, so the result must be what the formula gives:
 * one computed from the workbook's own cells (=120+35, ='Biểu 02'!C9, =SUM('Thu KP'!B2:B7)) is checked;
 * any other cannot be, and is refused.
 */
function validateInputFormula(read: CellRead, formula: string, at: FindingAt): Finding[] {
  const value = read.value;
  // A writer that does not compute (openpyxl) saves the formula alone: the figure is in no cell yet.
  if (value === undefined) return [at("error", "cell.formula_without_value", WORDS.report.formulaNotSaved)];
  if (value.type !== "number")
    return [at("error", "cell.formula_without_value", WORDS.report.formulaWithoutValue)];
  const text = quoted(formula);
  const cached = figureText(value.value);
  const computed = read.formulaResult;
  if (computed === undefined)
    return [
      at("error", "cell.formula_unverifiable", WORDS.report.formulaUnverifiable, { formula: text, cached }),
    ];
  if (!sameFigure(computed, value.value))
    return [
      at("error", "cell.formula_result_differs", WORDS.report.formulaResultDiffers, {
        formula: text,
        computed: figureText(computed),
        cached,
      }),
    ];
  return [at("warning", "cell.formula_in_input", WORDS.report.formulaInInput)];
}

const COMPUTED_MESSAGES = {
  array: WORDS.report.arrayFormulaInInput,
  dataTable: WORDS.report.dataTableInInput,
  shared: WORDS.report.sharedFormulaInInput,
} as const;

function validateInput(read: CellRead, def: TemplateDef, where: object): Finding[] {
  const label = cellLabel(def, read.cell);
  const at: FindingAt = (severity, rule, text, params = {}) =>
    finding(severity, rule, aboutCell(text, label, params), where);
  const value = read.value;
  const results: Finding[] = [];
  // Every cell of an array formula or a data table is computed, whatever the text at this cell says.
  if (read.computedBy)
    results.push(
      at("error", "cell.formula_in_input", COMPUTED_MESSAGES[read.computedBy.kind], {
        area: quoted(read.computedBy.area ?? ""),
      }),
    );
  else if (read.formula) results.push(...validateInputFormula(read, read.formula, at));
  if (!value) return results;
  if (value.type === "string") {
    const text = value.value.trim();
    // Quoted as a person reads it, where runs of the text they cannot see make it another (red team, round
    // 52: "1", "2" in 1-pt type and "0" read "10", not "120").
    const seen = quoted(
      [read.shown, ...(read.mayShow ?? [])]
        .find((other) => other !== undefined && other !== UNREADABLE_SHOWN)
        ?.trim() ?? text,
    );
    if (text === "") results.push(at("error", "cell.blank_text", WORDS.report.blankText));
    else if (/\d/.test(text) && /^[+-]?[\d\s.,]+$/.test(text))
      results.push(at("error", "cell.text_number", WORDS.report.textNumber, { text: seen }));
    else if (text !== "")
      results.push(at("error", "cell.not_number", WORDS.report.notNumber, { text: seen }));
  } else if (value.type !== "number" || !Number.isFinite(value.value)) {
    // A reader may hand over what no spreadsheet stores as a number (NaN from an .ods): not a figure.
    results.push(
      at("error", "cell.not_number", WORDS.report.notNumber, { text: quoted(String(value.value)) }),
    );
  } else if (!(value.value <= MAX_FIGURE)) {
    results.push(at("error", "cell.too_large", WORDS.report.tooLarge, { value: messageFigure(value.value) }));
  } else if (value.value < 0) {
    results.push(at("error", "cell.negative", WORDS.report.negative, { value: messageFigure(value.value) }));
  } else if (!Number.isInteger(value.value)) {
    // A sum of money with decimals is most often typed in the clerk's own millions: told only to make it
    // whole, they would type 912 đồng for 912,450,000.
    const words = read.cell.kind === "money" ? WORDS.report.fractionMoney : WORDS.report.fraction;
    results.push(at("error", "cell.fraction", words, { value: messageFigure(value.value) }));
  } else if (smallForMoney(read.cell, value.value)) {
    results.push(
      at("warning", "cell.money_small", WORDS.report.moneySmall, { value: messageFigure(value.value) }),
    );
  }
  return results;
}

/**
 * The last formula rendered for each form cell: on which sheet, and from which sheet and address of each
 * of its sources, in order (its references are a function of those alone).
 */
const RENDERED = new WeakMap<
  FormCell,
  { readonly sheet: string; readonly sources: readonly string[]; readonly formula: string }
>();

/**
 * The formula a form cell must hold, its sources where the file names them; undefined where one is not
 * named. Reports of a round place the form alike: the formula of the last one whose sources were where
 * they are is the same, rendered once, its references compared by the places they name, not written out.
 */
function expectedFormula(
  read: CellRead,
  formula: Expr,
  sheet: string,
  readAt: (at: CellAt) => CellRead | undefined,
): string | undefined {
  const at = { row: read.cell.row.key, col: read.cell.col.key };
  const last = RENDERED.get(read.cell);
  const sources: string[] = [];
  let same = last !== undefined && last.sheet === sheet;
  // Another form's cell is written by its defined name: no address of it is needed.
  for (const ref of references(formula, at)) {
    if (isElsewhere(ref)) continue;
    const source = readAt(ref);
    if (!source?.address) return undefined;
    const i = sources.length;
    sources.push(source.sheet!, source.address);
    same &&= last!.sources[i] === source.sheet && last!.sources[i + 1] === source.address;
  }
  if (same && last!.sources.length === sources.length) return last!.formula;
  const address = (cell: CellAt) => {
    const source = readAt(cell)!;
    return referenceFrom(sheet, { sheet: source.sheet!, address: source.address! });
  };
  const rendered = renderFormula(formula, at, address);
  RENDERED.set(read.cell, { sheet, sources, formula: rendered });
  return rendered;
}

function validateComputed(
  read: CellRead,
  form: FormRead,
  readAt: (at: CellAt) => CellRead | undefined,
): Finding[] {
  if (!read.cell.formula || !read.sheet || !read.address) return [];
  const expected = expectedFormula(read, read.cell.formula, read.sheet, readAt);
  if (expected === undefined) return [];
  const actual = read.formula ?? "";
  // Most files keep the formula as written: equal text needs no normalizing.
  if (actual === expected || formulaKey(actual, read.sheet) === formulaKey(expected, read.sheet)) return [];
  const label = cellLabel(form.def, read.cell);
  // A figure where the formula was (a form pasted over as values to "freeze" it) is told how it is mended.
  const message = actual
    ? aboutCell(WORDS.report.formulaTampered, label, { expected, actual: `=${actual}` })
    : aboutCell(WORDS.report.formulaReplaced, label, { expected });
  return [
    finding("error", "cell.formula_tampered", message, {
      template: form.def.id,
      sheet: read.sheet,
      cell: read.address,
    }),
  ];
}

/** The empty text a form's ratio gives without a denominator, cached where the formula gives no figure. */
const agreesBlank = (cached: GridValue, computed: number | null) =>
  computed === null && cached.type === "string" && cached.value === "";

/**
 * A computed cell whose cached result is not what its formula gives: a program that shows cached
 * results (LibreOffice by default, even where the file asks to be recalculated on opening; Excel in
 * manual calculation) shows one figure, the roll-up uses the other, the formula's.
 */
function validateShown(read: CellRead, form: FormRead, where: object): Finding[] {
  const cached = read.value;
  // Shown as computed, whatever is cached (red team, round 25: every .xls a clerk saved in LibreOffice,
  // which caches 0 for a ratio's empty text, was told to recalculate it in Excel).
  if (!cached || form.computedOnOpening) return [];
  // What a formula reading an input that holds no figure shows comes from that input, refused at its own
  // cell, and no recalculation changes it: #VALUE! for "-", or the figure LibreOffice makes of a number
  // stored as text ("45" pasted), which the form counts as none.
  if (errorFromInput(read.cell, form)) return [];
  const computed = form.values[read.cell.row.key]?.[read.cell.col.key] ?? null;
  if (
    cached.type === "number"
      ? computed !== null && sameFigure(computed, cached.value)
      : agreesBlank(cached, computed)
  )
    return [];
  // A text cached where a figure is computed ("75.0%", "1,897") is shown as it is, and compared as text.
  const message = aboutCell(WORDS.report.staleResult, cellLabel(form.def, read.cell), {
    shown: cached.type === "number" ? shownText(read.cell.kind, cached.value) : quoted(String(cached.value)),
    computed: shownText(read.cell.kind, computed),
    recalculate: recalculateAdvice(form.savedBy),
  });
  return [finding("warning", "cell.stale_result", message, where)];
}

/**
 * A roll-up's closing stock, a figure where the form has a formula: the sum of the units' closing
 * stocks, which is the opening plus the flows only when every unit's rounds agree.
 */
function validateClosing(read: CellRead, form: FormRead, where: object): Finding[] {
  const at = { row: read.cell.row.key, col: read.cell.col.key };
  const value = valueAt(form.values, at.row, at.col);
  const balance = evaluate(read.cell.formula!, at, (ref) => valueAt(form.values, ref.row, ref.col));
  if (value === null || balance === null || sameFigure(value, balance)) return [];
  const message = aboutCell(WORDS.report.closingDiffers, cellLabel(form.def, read.cell), {
    value: figureText(value),
    computed: figureText(balance),
  });
  return [finding("warning", "cell.closing_differs", message, where)];
}

/** A rule at one place where it is checked: the cells it reads, and its two sides compiled there. */
interface RuleAt {
  readonly at: CellAt;
  readonly cells: readonly CellAt[];
  readonly left: Compiled;
  readonly right: Compiled;
}

/** Where a rule of a template is checked: each row it holds of figures typed in, or once. Made once per rule. */
const CONTEXTS = new WeakMap<RuleDef, WeakMap<TemplateDef, readonly RuleAt[]>>();

function ruleContexts(rule: RuleDef, def: TemplateDef): readonly RuleAt[] {
  let byDef = CONTEXTS.get(rule);
  if (!byDef) CONTEXTS.set(rule, (byDef = new WeakMap()));
  let contexts = byDef.get(def);
  if (!contexts) {
    const places: CellAt[] =
      rule.over === "rows"
        ? def.rows.filter((r) => !r.formula).map((r) => ({ row: r.key, col: "" }))
        : [{ row: "", col: def.columns[0]!.key }];
    contexts = places.map((at) => ({
      at,
      cells: [...references(rule.left, at), ...references(rule.right, at)],
      left: compiled(rule.left, at),
      right: compiled(rule.right, at),
    }));
    byDef.set(def, contexts);
  }
  return contexts;
}

/**
 * Whether each cell a rule reads is reported: an input holding a figure (or counting as 0), a computed
 * cell over such inputs alone. Found once per cell of a form, whichever rules and rows read it.
 */
function reportedInputsOf(form: FormRead, readAt: (at: CellAt) => CellRead | undefined, rolledUp: boolean) {
  const known = new Map<CellRead, boolean>();
  const reported = (cell: CellAt): boolean => {
    const read = readAt(cell);
    if (!read) return false;
    let found = known.get(read);
    if (found !== undefined) return found;
    // A roll-up's closing stock is a figure it was given, reported or not, whatever the form computes.
    found =
      read.cell.formula && !form.given?.has(read.cell)
        ? references(read.cell.formula, cell).every(reported)
        : read.value?.type === "number" || countsAsZero(read, rolledUp);
    known.set(read, found);
    return found;
  };
  return reported;
}

function validateRule(
  rule: RuleDef,
  form: FormRead,
  readAt: (at: CellAt) => CellRead | undefined,
  reported: (cell: CellAt) => boolean,
): Finding[] {
  const { def, values } = form;
  const out: Finding[] = [];
  const lookup = (cell: CellAt) => valueAt(values, cell.row, cell.col);
  for (const { at, cells, left: leftSide, right: rightSide } of ruleContexts(rule, def)) {
    if (!cells.every(reported)) continue;
    const left = leftSide(lookup) ?? 0;
    const right = rightSide(lookup) ?? 0;
    const holds = rule.test === "le" ? left <= right : left === right;
    if (holds) continue;
    // A limit worked out as a share (150 % of a budget) is shown in whole đồng, rounded down: the figure
    // that broke it stays above the limit the message shows. The check itself compares the exact limit.
    const shown = rule.test === "le" ? Math.floor(right) : right;
    const anchor = readAt(references(rule.left, at)[0]!);
    const rowLabel = def.rows.find((r) => r.key === at.row)?.label ?? { vi: "", en: "" };
    out.push(
      finding(rule.severity, rule.id, fillFigures(rule.message, { row: rowLabel }, { left, right: shown }), {
        template: def.id,
        ...(anchor?.sheet ? { sheet: anchor.sheet, cell: anchor.address } : {}),
      }),
    );
  }
  return out;
}

/**
 * A unit's required input left blank is a figure the province cannot count: an error, so the report is
 * not ready. An optional one (transfers) counts as 0 and says nothing.
 */
function blankRequired(form: FormRead, blanks: readonly CellRead[]): Finding[] {
  return blanks.map((read) =>
    finding(
      "error",
      "cell.required_blank",
      aboutCell(WORDS.report.requiredBlank, cellLabel(form.def, read.cell)),
      { template: form.def.id, sheet: read.sheet!, cell: read.address! },
    ),
  );
}

/**
 * A roll-up's report: a blank is a figure no counted unit reported, which the roll-up lists as
 * unreported; the level above is warned rather than refused. A blank closing stock likewise.
 */
function blankSums(form: FormRead, inputs: readonly CellRead[], blanks: readonly CellRead[]): Finding[] {
  const def = form.def;
  const blankClosings = form.reads.filter((r) => form.given?.has(r.cell) && isBlank(r));
  const required = inputs.filter((r) => r.cell.required);
  if (blanks.length === required.length && required.length > 0)
    return [
      finding("warning", "form.blank", fill(WORDS.report.blankForm, { template: def.sheetName }), {
        template: def.id,
        ...(required[0]!.sheet ? { sheet: required[0]!.sheet, cell: required[0]!.address } : {}),
      }),
    ];
  return [...blanks, ...blankClosings].map((read) =>
    finding("warning", "cell.blank", aboutCell(WORDS.report.blankCell, cellLabel(def, read.cell)), {
      template: def.id,
      sheet: read.sheet!,
      cell: read.address!,
    }),
  );
}

/** `rolledUp`: a roll-up's report, whose blanks are sums nobody reported. */
function validateForm(form: FormRead, rolledUp: boolean): Finding[] {
  const def = form.def;
  const byRow = new Map<string, Map<string, CellRead>>();
  for (const r of form.reads) {
    let row = byRow.get(r.cell.row.key);
    if (!row) byRow.set(r.cell.row.key, (row = new Map()));
    row.set(r.cell.col.key, r);
  }
  const readAt = (at: CellAt) => byRow.get(at.row)?.get(at.col);
  const out: Finding[] = [];
  const inputs = form.reads.filter((r) => !r.cell.formula);
  for (const read of form.reads) {
    if (!read.address) {
      out.push(
        finding("error", "cell.missing_name", fill(WORDS.report.missingName, { name: read.cell.name }), {
          template: def.id,
        }),
      );
      continue;
    }
    const where = { template: def.id, sheet: read.sheet, cell: read.address };
    const given = form.given?.has(read.cell) ?? false;
    out.push(...judgeFigure(read, def, where, given));
    if (given) out.push(...validateInput(read, def, where), ...validateClosing(read, form, where));
    else if (read.cell.formula) {
      const tampered = validateComputed(read, form, readAt);
      out.push(...tampered);
      if (tampered.length === 0) out.push(...validateShown(read, form, where));
    } else out.push(...validateInput(read, def, where));
  }
  const blanks = inputs.filter((r) => r.address && r.cell.required && isBlank(r));
  out.push(...(rolledUp ? blankSums(form, inputs, blanks) : blankRequired(form, blanks)));
  const reported = reportedInputsOf(form, readAt, rolledUp);
  for (const rule of def.rules) out.push(...validateRule(rule, form, readAt, reported));
  return out;
}

/** What says a form's formulas or names are not the template's: its rows or its totals were rebuilt. */
const REBUILT = new Set(["cell.formula_tampered", "cell.missing_name"]);

/**
 * Findings without the stale results of a form whose formulas or names are not the template's: the
 * results it shows, its target block's too, are those of the clerk's own formulas (a total extended over an
 * inserted row, a row deleted and #VALUE! where it was read), which no recalculation changes, and the advice
 * to recalculate sent the clerk the wrong way beside the errors that say what to mend (an honest clerk's
 * round, 02/12/2026).
 */
function withoutStaleAfterRebuilt(findings: Finding[]): Finding[] {
  const rebuilt = new Set(findings.filter((f) => REBUILT.has(f.rule)).map((f) => f.template));
  if (rebuilt.size === 0) return findings;
  return findings.filter((f) => f.rule !== "cell.stale_result" || !rebuilt.has(f.template));
}

/** Every problem of a report: identity, types, formulas, and the subset and balance rules of its forms. */
export function validate(extraction: Extraction): Finding[] {
  return sortFindings(
    withoutStaleAfterRebuilt([
      ...validateIdentity(extraction),
      ...misplacedNames(extraction.forms),
      ...lookAlikeFindings(extraction.lookAlikes ?? []),
      ...formOutOfViewFindings(extraction.outOfView ?? []),
      ...formOffPrintFindings(extraction.offPrint ?? []),
      ...formPrintedSmallFindings(extraction.printedSmall ?? []),
      ...zerosHiddenFindings(extraction.zerosHidden ?? []),
      ...formulasShownFindings(extraction.formulasShown ?? []),
      ...backgroundFindings(extraction.onBackground ?? []),
      ...looksAsSetFindings(extraction),
      ...pageTextFindings(extraction.pageTexts ?? [], extraction.report ?? undefined),
      ...extraction.forms.flatMap((form) => validateForm(form, Array.isArray(extraction.meta?.rollupUnits))),
      ...extraction.forms.flatMap((form) => targetBlockFindings(form, extraction.report?.targets ?? {})),
      ...extraction.forms.flatMap((form) => identityLineFindings(form, extraction.report)),
      ...extraction.forms.flatMap(formTitleFindings),
      ...extraction.forms.flatMap(statusLineFindings),
      ...extraction.forms.flatMap(cutTextFindings),
      ...extraction.forms.flatMap(copyOnFormSheetFindings),
      ...extraction.forms.flatMap(severalLinesFindings),
      ...extraction.forms.flatMap(unitNoteFindings),
      ...extraction.forms.flatMap(insertedRowFindings),
      ...(extraction.nominations?.findings ?? []),
    ]),
  );
}
