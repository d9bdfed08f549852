import { asComputed } from "../grid/precision";
import { fromA1, toA1 } from "../grid/a1";
import { indicatorsOfMeta, subRowsOfMeta } from "../campaign/indicator-meta";
import {
  CUSTOM_FORM,
  CUSTOM_VERSION,
  customForm,
  findDefinition,
  formDef,
  TEMPLATE_IDS,
  type Indicator,
  type TargetDef,
  splitForm,
  type SubRow,
  type TemplateDef,
  type TemplateId,
} from "../catalog";
import { balanceCells } from "../form/closing-stock";
import { computeForm, unreportedCells } from "../form/compute";
import type { CellReader } from "../form/expr";
import {
  emptyValues,
  formCells,
  inputCells,
  targetName,
  valueAt,
  type FormCell,
  type FormValues,
} from "../form/form";
import { ASSESSMENT_OFFSET, LABEL_OFFSET, RESULT_OFFSET } from "../form/target-block";
import {
  findSheet,
  UNREADABLE_SHOWN,
  nameIndex,
  type DrawingKind,
  type GridCell,
  type GridName,
  type GridSheet,
  type RowCol,
  type WorkbookGrid,
} from "../grid/grid";
import { hiddenFromView } from "./hidden-from-view";
import { cutByMerge } from "./merged-line-cut";
import { formFrame, othersShown, type FormFrame } from "./form-frame";
import { keyOf, lineLanguageOf, sheetTexts } from "./sheet-texts";
import type {
  CellRead,
  FigureArea,
  FormRead,
  IdentityLineRead,
  PlacedCell,
  PlacedText,
  TargetRead,
} from "./form-read";
import { IDENTITY_LINE_ROWS } from "./identity-line";
import { judgedTexts } from "./judged-texts";
import { lookAlikeSheets, type LookAlike } from "./look-alike";
import { formsOutOfView, type FormOutOfView } from "./form-reach";
import { formsOffPrint, formsPrintedSmall, type FormOffPrint, type FormPrintedSmall } from "./form-print";
import { formsZerosHidden, type FormZerosHidden } from "./zeros-hidden";
import { formsFormulasShown, type FormFormulasShown } from "./formulas-shown";
import { formsOnBackground, type FormOnBackground } from "./sheet-background";
import { formsPageTexts, type FormPageText } from "./page-texts";
import {
  BUDGET_BASIS_WRITTEN,
  decodeMeta,
  META_SHEET,
  metaEntriesOf,
  NOT_APPLICABLE_TARGET,
  periodFromMeta,
  type DecodedMeta,
  type MetaRow,
} from "./metadata";
import { formSheetOf } from "./name-placement";
import { unitNotesOf } from "./unit-notes";
import { insertedRowsOf } from "./inserted-rows";
import { formulaResult } from "./formula-result";
import { severalLinesOf } from "./several-lines";
import { STATUS_LINE_ROW } from "./status-line";
import type { Report } from "./report";
import { readNominations, type NominationsRead } from "./nominations-read";
import { defaultTargets, parseTargetValue, targetsOf, type Targets } from "../model/targets";
import { isUnitKind, type ReportingUnit } from "../model/units";
import { savingProgram, type SavingProgram } from "./saving-program";
import { mayShowOf } from "./seen-text";
import { WORDS } from "../vocabulary";

/** A workbook as read: its declared identity, every form cell it holds, and the report they make. */
export interface Extraction {
  /** Null when the workbook has no metadata sheet: not one of ours. */
  readonly meta: DecodedMeta | null;
  /** The declared templates this build knows, at a version it reads. */
  readonly forms: readonly FormRead[];
  /** Null when the workbook does not say which unit and period it reports. */
  readonly report: Report | null;
  /** Set when a workbook without metadata is the province's campaign workbook. */
  readonly campaignBook?: true;
  /** The visible sheets whose names can be taken for a form's sheet, where there are any. */
  readonly lookAlikes?: readonly LookAlike[];
  /** The forms whose sheet's view hides them, where there are any. */
  readonly outOfView?: readonly FormOutOfView[];
  /** The forms whose sheet's print area leaves out a cell of theirs, where there are any. */
  readonly offPrint?: readonly FormOffPrint[];
  /** Forms whose sheet prints their figures too small to read. */
  readonly printedSmall?: readonly FormPrintedSmall[];
  /** The forms whose sheet's view shows their required zeros as empty cells, where there are any. */
  readonly zerosHidden?: readonly FormZerosHidden[];
  /** The forms whose sheet shows or prints formulas in place of their results, where there are any. */
  readonly formulasShown?: readonly FormFormulasShown[];
  /** The forms whose sheet shows or prints them on a background, where there are any. */
  readonly onBackground?: readonly FormOnBackground[];
  /** Texts its forms' printed pages carry in headers or footers that the templates do not print. */
  readonly pageTexts?: readonly FormPageText[];
  /** Its list of people and works proposed, where its template has one. */
  readonly nominations?: NominationsRead;
  /** Its forms were read with their cells' looks as set, not as conditional formats draw them (see WorkbookGrid). */
  readonly looksAsSet?: true;
}

/**
 * A workbook with the campaign's sheets of units and targets: the province's campaign, not a unit's report
 * (picked with the reports, or left in their folder).
 */
const isCampaignBook = (grid: WorkbookGrid) =>
  [WORDS.campaignSheets.unitsSheet, WORDS.campaignSheets.targetsSheet].every((name) =>
    findSheet(grid, name.vi),
  );

/** The metadata sheet's rows: a key in column A, its value beside it. */
function readMetaEntries(grid: WorkbookGrid): ReturnType<typeof metaEntriesOf> | null {
  const sheet = findSheet(grid, META_SHEET);
  if (!sheet) return null;
  return metaEntriesOf(metaRows(sheet.cells));
}

function* metaRows(cells: GridSheet["cells"]): Generator<MetaRow> {
  for (const [address, cell] of cells) {
    const match = /^A(\d+)$/.exec(address);
    if (!match || cell.value?.type !== "string") continue;
    const value = cells.get(`B${match[1]}`)?.value;
    // A key whose value is gone was written empty: programs drop a cell holding "" when they save.
    yield { key: cell.value.value, value: value ? String(value.value) : "", cell: `B${match[1]}` };
  }
}

/**
 * How a report says its forms are shaped: the rows its campaign added under built-in rows (TD_Rows) and
 * the indicators of its Biểu 05, each when it declares them in a form this build reads.
 */
interface Shape {
  readonly indicators: readonly Indicator[];
  readonly subRows: readonly SubRow[];
}

function declaredShape(meta: DecodedMeta): Shape {
  const split = subRowsOfMeta(meta);
  const subRows = split && "subRows" in split ? split.subRows : [];
  const declared = meta.templates.find((t) => t.id === CUSTOM_FORM);
  const own = declared?.version === CUSTOM_VERSION ? indicatorsOfMeta(meta, subRows) : null;
  return { indicators: own && "indicators" in own ? own.indicators : [], subRows };
}

function knownForms(meta: DecodedMeta, { indicators, subRows }: Shape): TemplateDef[] {
  const fixed = TEMPLATE_IDS.flatMap((id) => {
    const declared = meta.templates.find((t) => t.id === id);
    const def = declared && findDefinition(id, declared.version);
    return def ? [splitForm(def, subRows)] : [];
  });
  return indicators.length > 0 ? [...fixed, customForm(indicators)] : fixed;
}

/** Where a form's names point, indexed once per workbook rather than once per form or cell. */
interface Lookup {
  readonly names: ReadonlyMap<string, GridName>;
  /** By upper-cased name, the first of equal names, as `findSheet` finds it. */
  readonly sheets: ReadonlyMap<string, GridSheet>;
}

function lookupOf(grid: WorkbookGrid): Lookup {
  const sheets = new Map<string, GridSheet>();
  for (const sheet of grid.sheets) {
    const key = sheet.name.toUpperCase();
    if (!sheets.has(key)) sheets.set(key, sheet);
  }
  return { names: nameIndex(grid), sheets };
}

/** How a workbook's forms are read: as a roll-up's, and whether its program computed them on opening. */
interface Reading {
  readonly rolledUp: boolean;
  readonly computedOnOpening: boolean;
  readonly savedBy: SavingProgram | undefined;
}

function readForm(
  lookup: Lookup,
  def: TemplateDef,
  { rolledUp, computedOnOpening, savedBy }: Reading,
  figures: CellReader,
): FormRead {
  const reads = readCells(lookup, def);
  const inputs = figuresRead(def, reads, (cell) => !cell.formula, rolledUp);
  const given = rolledUp ? givenClosings(def, reads) : null;
  const sheet = formSheetOf(reads);
  const figureArea = sheet === undefined ? undefined : figuresOn(reads, sheet);
  const onSheet = sheet === undefined ? undefined : lookup.sheets.get(sheet.toUpperCase());
  const frame = onSheet && figureArea && formFrame(def, onSheet, figureArea.first.row);
  const { targets, unnamed } = targetReads(lookup, def, onSheet, formEnd(figureArea, frame));
  const identityLines =
    onSheet && figureArea ? identityLinesOf(onSheet, figureArea.first.row, frame?.title) : [];
  const statusLines = onSheet && frame?.title && !rolledUp ? statusLinesOf(onSheet, frame.title) : [];
  const lineCells = new Set(identityLines.map((line) => line.address));
  const severalLines = onSheet ? severalLinesOf(def, onSheet, lineCells) : [];
  const judged = onSheet && figureArea ? judgedTexts(def, onSheet, figureArea.first.row) : [];
  const unitNotes = onSheet ? unitNotesOf(def, onSheet) : [];
  const inserted =
    onSheet && sheet !== undefined && figureArea ? insertedRowsOf(onSheet, sheet, reads, figureArea) : [];
  const framed = {
    ...(sheet !== undefined ? { sheet } : {}),
    ...(figureArea ? { figureArea } : {}),
    ...(frame ? { frame } : {}),
    ...(targets.length > 0 ? { targets } : {}),
    ...(unnamed.length > 0 ? { unnamedTargets: unnamed } : {}),
    ...(identityLines.length > 0 ? { identityLines } : {}),
    ...(statusLines.length > 0 ? { statusLines } : {}),
    ...(judged.length > 0 ? { judgedTexts: judged } : {}),
    ...(severalLines.length > 0 ? { severalLines } : {}),
    ...(unitNotes.length > 0 ? { unitNotes } : {}),
    ...(inserted.length > 0 ? { insertedRows: inserted } : {}),
    ...(computedOnOpening ? { computedOnOpening: true as const } : {}),
    ...(savedBy ? { savedBy } : {}),
  };
  if (!given)
    return { def, reads, values: computeForm(def, inputs, undefined, undefined, figures), ...framed };
  const closings = figuresRead(def, reads, (cell) => given.has(cell), rolledUp);
  const values = computeForm(def, inputs, closings, (cell) => given.has(cell), figures);
  return { def, reads, values, given, ...framed };
}

/**
 * The rows of the form's target block whose target cell the workbook names, the cells beside it, and the
 * row of the form's own line for it: the first below the form, on its sheet, holding the target's label
 * (a copy of the block further down holds it later). And the targets it does not name.
 */
function targetReads(
  { names, sheets }: Lookup,
  def: TemplateDef,
  formSheet: GridSheet | undefined,
  formEnd: number,
): { targets: TargetRead[]; unnamed: TargetDef[] } {
  const targets: TargetRead[] = [];
  const unnamed: TargetDef[] = [];
  const lines = formSheet && labelRows(formSheet, formEnd);
  for (const target of def.targets) {
    const named = names.get(targetName(def.id, target.key).toUpperCase());
    const sheet = named && sheets.get(named.sheet.toUpperCase());
    const at = named && fromA1(named.address);
    if (!sheet || !at) {
      unnamed.push(target);
      continue;
    }
    const placed = (offset: number): PlacedCell => {
      const address = toA1(at.row, at.col + offset);
      return { ...sheet.cells.get(address), sheet: sheet.name, address };
    };
    const label = lines?.get(keyOf(target.label.vi));
    targets.push({
      target,
      goal: placed(0),
      result: placed(RESULT_OFFSET),
      assessment: placed(ASSESSMENT_OFFSET),
      ...(at.col + LABEL_OFFSET >= 0
        ? { labelCell: placed(LABEL_OFFSET), labelEnCell: placed(LABEL_OFFSET + 1) }
        : {}),
      ...(label ? { labelRow: label.row, labelCells: label.addresses } : {}),
      ...(label?.underDrawing
        ? { labelUnderDrawing: { address: label.addresses[0]!, kind: label.underDrawing } }
        : {}),
    });
  }
  return { targets, unnamed };
}

/**
 * The last row of the form as a person reads it: its last row label, or where the sheet lacks them its
 * last figure (names moved onto a copy further down leave the form, and its targets, where they were).
 */
function formEnd(figureArea: FigureArea | undefined, frame: FormFrame | undefined): number {
  const labels = [...(frame?.rows.values() ?? [])];
  return labels.length > 0 ? Math.max(...labels) : (figureArea?.last.row ?? -1);
}

/** By text key, the first row below `below` on the sheet showing that text, and its cells there. */
function labelRows(sheet: GridSheet, below: number): Map<string, LabelAt> {
  const rows = new Map<string, LabelAt>();
  for (const { address, row, key, text, cell } of sheetTexts(sheet)) {
    if (row <= below || hiddenFromView(cell)) continue;
    // A person reads the text a format or the runs they see show instead (red team, round 18: "Tỷ lệ DN
    // nhà nước…" printed beside the non-state target's figures, its "ngoài " in white), never the own.
    const others = othersShown(text, cell);
    const keys = others.length === 0 ? [key] : others.filter((o) => o !== UNREADABLE_SHOWN).map(keyOf);
    for (const shown of keys) {
      const first = rows.get(shown);
      if (first?.row === row) first.addresses.push(address);
      else if (row < (first?.row ?? Infinity))
        rows.set(shown, {
          row,
          addresses: [address],
          ...(cell.underDrawing ? { underDrawing: cell.underDrawing } : {}),
        });
    }
  }
  return rows;
}

/** Where a label is first met: its row, the cells of that row showing it, whether a drawing lies over the first. */
interface LabelAt {
  readonly row: number;
  readonly addresses: string[];
  readonly underDrawing?: DrawingKind;
}

/** The corners of the cells the form's names point at on its sheet, where any is there. */
function figuresOn(reads: readonly CellRead[], name: string): FigureArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const read of reads) {
    const at = read.sheet === name && read.address ? fromA1(read.address) : null;
    if (!at) continue;
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  if (top === Infinity) return undefined;
  return { first: { row: top, col: left }, last: { row: bottom, col: right } };
}

/**
 * The form's unit and period lines: each cell where the template puts one, below the form's title as
 * its frame finds it (a blank text where the cell holds none), and any other text above its figures
 * that reads like one, however spaced.
 */
function identityLinesOf(sheet: GridSheet, above: number, title: RowCol | undefined): IdentityLineRead[] {
  const out: IdentityLineRead[] = [];
  const placed = new Set<string>();
  for (const lang of title ? (["vi", "en"] as const) : []) {
    const address = toA1(title!.row + IDENTITY_LINE_ROWS[lang], title!.col);
    placed.add(address);
    out.push(lineRead(sheet, address, lang));
  }
  for (const at of sheetTexts(sheet)) {
    const { address, row } = at;
    if (row >= above || placed.has(address)) continue;
    const lang = lineLanguageOf(at);
    if (lang) out.push(lineRead(sheet, address, lang));
  }
  return out;
}

/**
 * The two cells of the form's status line, below its title, each as the text it holds (a blank text where
 * it holds none): a unit's template writes a formula there over its own check of the form; a roll-up's
 * report has none.
 */
function statusLinesOf(sheet: GridSheet, title: RowCol): PlacedText[] {
  return [0, 1].map((offset) => {
    const address = toA1(title.row + STATUS_LINE_ROW, title.col + offset);
    const cell = sheet.cells.get(address);
    const mayShow = cell && mayShowOf(cell);
    return {
      sheet: sheet.name,
      address,
      text: cell?.value === undefined ? "" : String(cell.value.value),
      ...(mayShow ? { mayShow } : {}),
    };
  });
}

/** The line a cell holds, as a text: a figure as written, nothing as blank. */
function lineRead(sheet: GridSheet, address: string, lang: "vi" | "en"): IdentityLineRead {
  const cell = sheet.cells.get(address);
  const mayShow = cell && mayShowOf(cell);
  const text = cell?.value === undefined ? "" : String(cell.value.value);
  return {
    sheet: sheet.name,
    address,
    lang,
    text,
    ...(mayShow ? { mayShow } : {}),
    ...(cell?.underDrawing ? { underDrawing: cell.underDrawing } : {}),
    ...(cell && (hiddenFromView(cell) || cutByMerge(text, cell)) ? { unseen: true } : {}),
  };
}

/** A roll-up's closing stocks that hold a figure (or nothing) where the form has a formula. */
function givenClosings(def: TemplateDef, reads: readonly CellRead[]): ReadonlySet<FormCell> | null {
  const balances = balanceCells(def);
  const given = new Set(
    reads
      .filter((r) => balances.has(r.cell) && r.address && !r.formula && !r.computedBy && !isText(r))
      .map((r) => r.cell),
  );
  return given.size > 0 ? given : null;
}

const isText = (read: CellRead) => read.value !== undefined && read.value.type !== "number";

/**
 * Nothing in the cell: "not reported", never the same as 0. A text of spaces is a text: it looks blank,
 * but the form's formulas that add it show #VALUE! (red team, round 41), so it is named (`validate`).
 */
export const isBlank = (read: CellRead) => !read.formula && !read.computedBy && !read.value;

/**
 * An optional input left blank (no transfer this round): in a unit's own report it counts as 0, said
 * nowhere. In a roll-up's report it does not: the roll-up wrote each unit's blank as 0 in its sum, so a
 * blank there is a figure no counted unit gave (an own plan of Biểu 05 none of them holds, a plan unknown
 * from rounds whose units changed), and read as 0 it made the level above's total plan the other
 * provinces' alone against every province's payments (a helper round).
 */
export const countsAsZero = (read: CellRead, rolledUp: boolean) =>
  !rolledUp && !read.cell.formula && !read.cell.required && read.address !== undefined && isBlank(read);

function readCells({ names, sheets }: Lookup, def: TemplateDef): CellRead[] {
  // A form's names point at a few sheets: each sheet name is upper-cased once, not once per cell.
  const bySheetName = new Map<string, GridSheet | undefined>();
  const sheetNamed = (name: string) => {
    if (!bySheetName.has(name)) bySheetName.set(name, sheets.get(name.toUpperCase()));
    return bySheetName.get(name);
  };
  const keys = nameKeys(def);
  const cells = formCells(def);
  // Pushed one by one rather than made by `map`: V8's optimised `map` makes an array of another kind than
  // its unoptimised one, so once this function was optimised (near a reading thread's 430th report) the
  // ten functions that walk a form's cells were thrown away and compiled again: 11 % of a thread's CPU on
  // 500 reports, with the deoptimisations that followed.
  const reads: CellRead[] = [];
  for (let i = 0; i < cells.length; i++) {
    const target = names.get(keys[i]!);
    const sheet = target && sheetNamed(target.sheet);
    reads.push(
      !target || !sheet
        ? cellRead(cells[i]!)
        : cellRead(cells[i]!, { sheet, address: target.address }, sheet.cells.get(target.address), sheets),
    );
  }
  return reads;
}

/**
 * A form cell as read, every one of one shape: each field there, undefined where the cell has none, so
 * the checks that walk a form's cells meet one kind of object rather than one per mix of fields.
 */
function cellRead(
  cell: FormCell,
  at?: { sheet: GridSheet; address: string },
  found?: GridCell,
  sheets?: ReadonlyMap<string, GridSheet>,
): CellRead {
  return {
    cell,
    sheet: at?.sheet.name,
    address: at?.address,
    visibility: at?.sheet.visibility,
    value: found?.value?.type === "number" ? asComputed(found.value) : found?.value,
    formula: found?.formula || undefined,
    formulaResult:
      at && sheets && found?.formula && !cell.formula
        ? formulaResult(sheets, at.sheet, at.address)
        : undefined,
    computedBy: found?.computedBy || undefined,
    shown: found?.shown,
    mayShow: found && mayShowOf(found),
    hidden: found?.hidden || undefined,
    inks: found?.inks,
    drawnSizes: found?.drawnSizes,
    generalSizes: found?.generalSizes,
    underDrawing: found?.underDrawing || undefined,
    textLayout: found?.textLayout,
    struck: found?.struck || undefined,
    crossed: found?.crossed || undefined,
  };
}

const NAME_KEYS = new WeakMap<TemplateDef, readonly string[]>();

/** The form's cell names as `nameIndex` keys them, in `formCells` order: made once per definition. */
function nameKeys(def: TemplateDef): readonly string[] {
  let keys = NAME_KEYS.get(def);
  if (!keys) NAME_KEYS.set(def, (keys = formCells(def).map((cell) => cell.name.toUpperCase())));
  return keys;
}

/**
 * The figures read at the cells `taken` picks (the inputs, or a roll-up's closing stocks): numbers, and 0
 * for a unit's optional input left blank. Text, even text that looks like a number, is left for validation.
 */
function figuresRead(
  def: TemplateDef,
  reads: readonly CellRead[],
  taken: (cell: FormCell) => boolean,
  rolledUp: boolean,
): FormValues {
  const values = emptyValues(def);
  for (const read of reads) {
    if (!taken(read.cell)) continue;
    if (read.value?.type === "number" && Number.isFinite(read.value.value))
      values[read.cell.row.key]![read.cell.col.key] = read.value.value;
    else if (countsAsZero(read, rolledUp)) values[read.cell.row.key]![read.cell.col.key] = 0;
  }
  return values;
}

/**
 * A form's figures in the current version of its template, so that roll-ups and parent reports deal
 * with one shape: what an earlier version did not ask for is blank (not reported), never 0.
 */
function currentValues(form: FormRead, { indicators, subRows }: Shape): FormValues {
  const current = formDef(form.def.id, indicators, subRows);
  if (form.def === current) return form.values;
  const inputs = emptyValues(current);
  for (const { row, col } of inputCells(current))
    inputs[row.key]![col.key] = valueAt(form.values, row.key, col.key);
  const given = isGiven(form);
  return computeForm(current, inputs, form.values, given);
}

/** Whether a cell of any version of the form is one the roll-up's report gave as a figure. */
function isGiven(form: FormRead): (cell: FormCell) => boolean {
  const key = (cell: FormCell) => `${cell.row.key}\u0000${cell.col.key}`;
  const given = new Set([...(form.given ?? [])].map(key));
  return (cell) => given.has(key(cell));
}

/**
 * The figures a report gives: a computed cell over inputs all left blank (two blank "Mái ấm" counts) is
 * 0 on the sheet, as in Excel, but the unit reported nothing there, so a roll-up must not add, show or
 * compare a 0. A roll-up's closing stock written as a figure stands as given.
 */
function reportedOnly(form: FormRead, values: FormValues, { indicators, subRows }: Shape): FormValues {
  const def = formDef(form.def.id, indicators, subRows);
  const given = isGiven(form);
  let out: FormValues | null = null;
  for (const cell of unreportedCells(def, values)) {
    const [row, col] = [cell.row.key, cell.col.key];
    if (values[row]?.[col] === null || given(cell)) continue;
    out ??= Object.fromEntries(Object.entries(values).map(([r, cols]) => [r, { ...cols }]));
    out[row]![col] = null;
  }
  return out ?? values;
}

/**
 * The targets a report carries, and those marked not applicable to its unit ("-"). An empty target of
 * one that has a built-in default is one too: the product wrote "" for "Không áp dụng" before it wrote
 * "-", and for nothing else there, so such a report is read as its form shows it.
 */
function carriedTargets(
  meta: DecodedMeta,
  templates: readonly TemplateId[],
  indicators: readonly Indicator[],
): { targets: Targets; notApplicable: Set<string> } {
  const targets = defaultTargets(templates, indicators);
  const notApplicable = new Set<string>();
  for (const target of targetsOf(templates, indicators)) {
    const text = meta.targets.get(target.key);
    if (text === undefined) continue;
    const marked = text === NOT_APPLICABLE_TARGET || (text === "" && target.default !== undefined);
    if (marked) notApplicable.add(target.key);
    targets[target.key] = text === "" || marked ? null : parseTargetValue(text, target.kind);
  }
  return { targets, notApplicable };
}

function buildReport(meta: DecodedMeta, forms: readonly FormRead[], shape: Shape): Report | null {
  const { indicators, subRows } = shape;
  const period = periodFromMeta(meta);
  if (!meta.unitCode || !period) return null;
  const templates = forms.map((f) => f.def.id);
  const { targets, notApplicable } = carriedTargets(meta, templates, indicators);
  const unit: ReportingUnit = {
    code: meta.unitCode,
    name: meta.unitName ?? meta.unitCode,
    ...(meta.unitKind && isUnitKind(meta.unitKind) ? { kind: meta.unitKind } : {}),
    ...(meta.parentCode ? { parentCode: meta.parentCode } : {}),
  };
  const values: Partial<Record<TemplateId, FormValues>> = {};
  for (const form of forms) values[form.def.id] = reportedOnly(form, currentValues(form, shape), shape);
  const rolledUp = Array.isArray(meta.rollupUnits)
    ? {
        rollupUnits: meta.rollupUnits,
        ...(meta.rollupCampaign ? { rollupCampaign: meta.rollupCampaign } : {}),
        ...(meta.rollupShort ? { rollupShort: meta.rollupShort } : {}),
        ...(meta.budgetCountedTo && meta.budgetBasis === BUDGET_BASIS_WRITTEN
          ? { budgetCountedTo: meta.budgetCountedTo }
          : {}),
      }
    : {};
  const own = indicators.length > 0 ? { indicators } : {};
  const split = subRows.length > 0 ? { subRows } : {};
  const marked = notApplicable.size > 0 ? { notApplicable } : {};
  // Any other value is refused (validate): read as the year's, a budget of the founded unit's days only
  // would be prorated twice.
  const basis: Pick<Report, "budgetBasis"> =
    meta.budgetBasis === BUDGET_BASIS_WRITTEN ? { budgetBasis: BUDGET_BASIS_WRITTEN } : {};
  return {
    unit,
    period,
    templates,
    targets,
    forms: values,
    ...marked,
    ...rolledUp,
    ...own,
    ...split,
    ...basis,
  };
}

/**
 * Reads a workbook grid into a report. Every figure is found by its defined name, so inserted rows,
 * moved columns and re-ordered sheets do not matter; computed cells are recomputed from the inputs.
 */
export function extract(grid: WorkbookGrid): Extraction {
  const read = readMetaEntries(grid);
  if (!read)
    return { meta: null, forms: [], report: null, ...(isCampaignBook(grid) ? { campaignBook: true } : {}) };
  const meta = decodeMeta(read.entries, read.cells);
  const lookup = lookupOf(grid);
  const rolledUp = Array.isArray(meta.rollupUnits);
  const shape = declaredShape(meta);
  const reading = {
    rolledUp,
    computedOnOpening: grid.computedOnOpening === true,
    savedBy: savingProgram(grid.application),
  };
  // Biểu 05 comes after the forms its linked rows read.
  const forms: FormRead[] = [];
  const figures: CellReader = (at) => {
    const form = forms.find((f) => f.def.id === at.template);
    return form ? valueAt(form.values, at.row, at.col) : null;
  };
  for (const def of knownForms(meta, shape)) forms.push(readForm(lookup, def, reading, figures));
  const lookAlikes = lookAlikeSheets(grid.sheets, forms, grid.opensOn, rolledUp);
  const outOfView = formsOutOfView(grid.sheets, forms);
  const offPrint = formsOffPrint(grid.sheets, forms);
  const printedSmall = formsPrintedSmall(grid.sheets, forms);
  const zerosHidden = formsZerosHidden(grid.sheets, forms);
  const formulasShown = formsFormulasShown(grid.sheets, forms);
  const onBackground = formsOnBackground(grid.sheets, forms);
  const nominations = readNominations(read.entries, read.cells, lookup.names, lookup.sheets);
  const built = buildReport(meta, forms, shape);
  const report = built && nominations ? { ...built, nominations: nominations.nominations } : built;
  const pageTexts = formsPageTexts(grid.sheets, forms, report ?? undefined);
  return {
    meta,
    forms,
    report,
    ...(lookAlikes.length > 0 ? { lookAlikes } : {}),
    ...(outOfView.length > 0 ? { outOfView } : {}),
    ...(offPrint.length > 0 ? { offPrint } : {}),
    ...(printedSmall.length > 0 ? { printedSmall } : {}),
    ...(zerosHidden.length > 0 ? { zerosHidden } : {}),
    ...(formulasShown.length > 0 ? { formulasShown } : {}),
    ...(onBackground.length > 0 ? { onBackground } : {}),
    ...(pageTexts.length > 0 ? { pageTexts } : {}),
    ...(nominations ? { nominations } : {}),
    ...(grid.looksAsSet && forms.length > 0 ? { looksAsSet: true as const } : {}),
  };
}
