import {
  CUSTOM_FORM,
  formDef,
  indicatorRow,
  isTemplateId,
  NOMINATION_LINES,
  subRowTexts,
  NOMINATION_VERSION,
  nominationAwardsText,
  nominationLineCount,
  type Indicator,
  type Nomination,
  type NominationAward,
  type SubRow,
  type TemplateDef,
  type TemplateId,
} from "../catalog";
import { isIsoDate, isValidPeriodId, parsePeriod, spanText, type Period } from "../model/period";
import { targetsOf, type Targets } from "../model/targets";
import { isValidUnitCode, unitKey, type ReportingUnit } from "../model/units";
import type { BudgetBasis, Existence } from "../model/budget-year";
import { GENERATOR } from "../version";
import { remembered } from "../remembered";

/** The hidden sheet holding what identifies a report; its first two columns are key and value. */
export const META_SHEET = "TD_META";
export const META_SCHEMA = "thidua-report/1";

export interface MetaSource {
  readonly unit: ReportingUnit;
  readonly period: Period;
  readonly templates: readonly TemplateId[];
  readonly targets: Targets;
  /** The campaign's own indicators, the rows of its Biểu 05, when `templates` holds it. */
  readonly indicators?: readonly Indicator[];
  /** The rows the campaign adds under built-in forms' input rows (TD_Rows), when it adds any. */
  readonly subRows?: readonly SubRow[];
  /**
   * The campaign's awards to people and works, when it has any: the report then holds the "Đề nghị khen
   * thưởng" sheet, its awards the drop-down's.
   */
  readonly nominationAwards?: readonly NominationAward[];
  /**
   * On a roll-up's report to the level above: the proposals it passes on, for that level's awards
   * (`nominationAwards` then holds only those), written into its "Đề nghị khen thưởng".
   */
  readonly proposed?: readonly Nomination[];
  /** The targets the province marked not applicable to the unit (`-`): its template says so. */
  readonly notApplicable?: ReadonlySet<string>;
  /** Earlier versions to write instead of the current ones, as an older build wrote its files. */
  readonly earlier?: readonly TemplateDef[];
  /**
   * Set on the report a roll-up writes: the codes of the units whose reports it sums, and of the units
   * inside those that were summaries themselves, so no level above counts a unit twice.
   */
  readonly rollupUnits?: readonly string[];
  /**
   * With `rollupUnits`: the summarising unit (TD_Parent) of the campaign the roll-up was made with, whose
   * codes they are. Each province picks its units' codes, so a level above compares them with codes of
   * the same campaign and with its own units' alone (see `codesCampaign`); absent when the roll-up's
   * campaign names none.
   */
  readonly rollupCampaign?: string;
  /**
   * On a unit's template: the days the campaign's list dates the unit (founded, moved in or dissolved in
   * the year). Its plan forms say what budget to type, the roll-up counting it for those days only.
   */
  readonly existence?: Existence;
  /**
   * With `rollupUnits`: its units that did not report the whole period, when it has any (see RollupShort);
   * "broken" when a report read back had a list that did not hold up, written again as one.
   */
  readonly rollupShort?: RollupShort | "broken";
  /** With `rollupUnits`: the day its units' budgets were counted to, when before its budget year's end. */
  readonly budgetCountedTo?: string;
}

/**
 * What a roll-up lacked: the listed units it has no report of, and the units it sums whose reports do not
 * cover the whole period, with the spans they leave out (none known of a summary short inside). The level
 * above reads it to say a summary is incomplete; a summary that writes none claims nothing either way.
 */
export interface RollupShort {
  readonly missing: readonly string[];
  readonly partial: readonly { readonly code: string; readonly gaps: readonly ShortSpan[] }[];
}

/** A span a unit left out: every form, or only `templates` (the report covering it leaves those out). */
export interface ShortSpan {
  readonly start: string;
  readonly end: string;
  readonly templates?: readonly TemplateId[];
}

/** The definitions a report is written in, in the order of its templates. */
export function definitionsOf(source: MetaSource): TemplateDef[] {
  return source.templates.map(
    (id) => source.earlier?.find((d) => d.id === id) ?? formDef(id, source.indicators, source.subRows),
  );
}

export const META_KEYS = [
  "schema",
  "generator",
  "templates",
  "unit_code",
  "unit_name",
  "unit_kind",
  "parent_code",
  "period",
  "period_start",
  "period_end",
  "period_label",
  "period_label_en",
  "period_due",
] as const;

/**
 * What the budgets typed in a report cover (see BudgetBasis): every report this build writes, a unit's
 * template and a summary alike, says "from_start"; one without the key was made when forms asked for the
 * year's budget and is read so. A summary's budgets are its units' for the days each existed, so they
 * cover the summarising unit's own days: a province founded on 01/07 passes its units' half-year budgets
 * up, which the level above must not prorate again.
 */
export const BUDGET_BASIS = "budget_basis";
export const BUDGET_BASIS_WRITTEN: BudgetBasis = "from_start";
const BUDGET_COUNTED_TO = "budget_counted_to";

/** Only a roll-up's report has it: its closing stocks are sums of the units' figures, not formulas. */
const ROLLUP_UNITS = "rollup_units";
/** The codes a roll-up's report sums, comma-separated over as many rows as a cell's length needs. */
const ROLLUP_CODES = "rollup_unit_codes";
/** Whose campaign coded a roll-up's units: its summarising unit's code (TD_Parent). */
const ROLLUP_CAMPAIGN = "rollup_campaign";
/**
 * A report in Biểu 05 carries the indicators it was made with, one TD_Indicators row a cell
 * (`indicator_1`, `indicator_2`…, as JSON), and their number, so it can be checked without the campaign.
 */
const INDICATORS = "indicators";
const INDICATOR = "indicator_";
/**
 * A report whose forms have rows the campaign added (TD_Rows) carries them, one row a cell (`sub_row_1`…,
 * as JSON), and their number, so its forms are rebuilt as it was made; a report without any has neither.
 */
const SUB_ROWS = "sub_rows";
const SUB_ROW = "sub_row_";
/** A report with a list of people and works proposed: its version, and the awards it offered (JSON). */
export const NOMINATIONS = "nominations";
export const NOMINATION_AWARDS = "nomination_awards";
/** The list's lines, only where a roll-up's report passes on more than a unit's list has. */
export const NOMINATION_LINE_COUNT = "nomination_lines";
/** A roll-up's units with no report: their number, then their codes as `rollup_unit_codes` holds them. */
const SHORT_MISSING = "rollup_missing";
const SHORT_MISSING_CODES = "rollup_missing_codes";
/**
 * Its units short of the period: their number, then `CODE:start/end+start/end` each, comma-separated, a span
 * of some forms only ending `/B02.B03`.
 */
const SHORT_PARTIAL = "rollup_partial";
const SHORT_PARTIAL_UNITS = "rollup_partial_units";
/** Below Excel's 32,767 characters a cell, with room for one more code of 40. */
const CODES_PER_CELL = 32_000;

/** Codes joined by commas, a new row (`rollup_unit_codes`, `_2`, `_3`…) before a cell would overflow. */
function codeRows(codes: readonly string[], key = ROLLUP_CODES): [string, string][] {
  const rows: string[] = [];
  let row = "";
  for (const code of codes) {
    if (row && row.length + 1 + code.length > CODES_PER_CELL) {
      rows.push(row);
      row = code;
    } else row = row ? `${row},${code}` : code;
  }
  rows.push(row);
  return rows.map((text, i) => [i === 0 ? key : `${key}_${i + 1}`, text]);
}

/** A list's count as `codeRows`' lists are written: a whole number from 1, at most seven digits. */
const LIST_COUNT = /^[1-9]\d{0,6}$/;

/** The rows a list written by `codeRows` spans, joined again: `key`, `key_2`, `key_3`… while they follow. */
function joinedRows(entries: ReadonlyMap<string, string>, key: string): string[] {
  const rows: string[] = [];
  for (let at = key, i = 2; entries.has(at); at = `${key}_${i++}`) rows.push(entries.get(at)!);
  return rows
    .join(",")
    .split(",")
    .map((item) => item.trim());
}

const spanItem = ({ start, end, templates }: ShortSpan) =>
  templates ? `${start}/${end}/${templates.join(".")}` : `${start}/${end}`;

/** A roll-up's short units as metadata rows; none when it lacks nothing. */
function shortEntries(short: RollupShort | "broken" | undefined): [string, string][] {
  // A report read with a list that did not hold up is written again as short, never as lacking nothing.
  if (short === "broken") return [[SHORT_PARTIAL, short]];
  const entries: [string, string][] = [];
  if (short && short.missing.length > 0)
    entries.push(
      [SHORT_MISSING, String(short.missing.length)],
      ...codeRows(short.missing, SHORT_MISSING_CODES),
    );
  if (short && short.partial.length > 0) {
    const items = short.partial.map(({ code, gaps }) =>
      gaps.length > 0 ? `${code}:${gaps.map(spanItem).join("+")}` : code,
    );
    entries.push([SHORT_PARTIAL, String(items.length)], ...codeRows(items, SHORT_PARTIAL_UNITS));
  }
  return entries;
}

export function metaEntries(source: MetaSource): [string, string][] {
  const fixed: Record<(typeof META_KEYS)[number], string> = {
    schema: META_SCHEMA,
    generator: GENERATOR,
    templates: definitionsOf(source)
      .map((def) => `${def.id}@${def.version}`)
      .join(","),
    unit_code: source.unit.code,
    unit_name: source.unit.name,
    unit_kind: source.unit.kind ?? "",
    parent_code: source.unit.parentCode ?? "",
    period: source.period.id,
    period_start: source.period.start,
    period_end: source.period.end,
    period_label: source.period.label.vi,
    period_label_en: source.period.label.en,
    period_due: source.period.due ?? "",
  };
  const entries: [string, string][] = META_KEYS.map((key) => [key, fixed[key]]);
  entries.push([BUDGET_BASIS, BUDGET_BASIS_WRITTEN]);
  if (source.rollupUnits !== undefined)
    entries.push([ROLLUP_UNITS, String(source.rollupUnits.length)], ...codeRows(source.rollupUnits));
  if (source.rollupUnits !== undefined && source.rollupCampaign !== undefined)
    entries.push([ROLLUP_CAMPAIGN, source.rollupCampaign]);
  if (source.rollupUnits !== undefined) entries.push(...shortEntries(source.rollupShort));
  if (source.rollupUnits !== undefined && source.budgetCountedTo !== undefined)
    entries.push([BUDGET_COUNTED_TO, source.budgetCountedTo]);
  if (source.templates.includes(CUSTOM_FORM)) {
    const own = source.indicators ?? [];
    entries.push([INDICATORS, String(own.length)]);
    own.forEach((i, n) => entries.push([`${INDICATOR}${n + 1}`, JSON.stringify(indicatorRow(i))]));
  }
  const split = (source.subRows ?? []).filter((s) => source.templates.includes(s.template));
  if (split.length > 0) {
    entries.push([SUB_ROWS, String(split.length)]);
    split.forEach((s, n) => entries.push([`${SUB_ROW}${n + 1}`, JSON.stringify(subRowTexts(s))]));
  }
  if (source.nominationAwards && source.nominationAwards.length > 0) {
    entries.push(
      [NOMINATIONS, String(NOMINATION_VERSION)],
      [NOMINATION_AWARDS, nominationAwardsText(source.nominationAwards)],
    );
    const lines = nominationLineCount(source.proposed?.length ?? 0);
    if (lines > NOMINATION_LINES) entries.push([NOMINATION_LINE_COUNT, String(lines)]);
  }
  for (const target of targetsOf(source.templates, source.indicators))
    entries.push([`target_${target.key}`, targetText(target.key, source)]);
  return entries;
}

/**
 * How a target is stored: "-" where the province marked it not applicable to the unit, as its campaign
 * writes it. Never an empty text for that: LibreOffice, openpyxl and Excel drop a cell holding "" when
 * they save, and a reader finding no value would take the built-in default (70 %) for "Không áp dụng".
 */
function targetText(key: string, source: MetaSource): string {
  if (source.notApplicable?.has(key)) return NOT_APPLICABLE_TARGET;
  const value = source.targets[key];
  return value === null || value === undefined ? "" : String(value);
}

/** A target not applicable to the unit, in the metadata as in the campaign's targets table. */
export const NOT_APPLICABLE_TARGET = "-";

/** The defined name that points at a metadata value, for tools that read reports by name. */
export function metaName(key: string): string {
  return `TD_META_${key}`;
}

/** A list TD_META carries a row a cell: the number it says, and each row's JSON text and where it is. */
export interface MetaRows {
  readonly count: string;
  readonly rows: readonly { text?: string; cell?: string }[];
}

export interface DecodedMeta {
  readonly schema?: string;
  readonly generator?: string;
  /** As declared, including ids and versions this build does not know. */
  readonly templates: readonly { readonly id: string; readonly version: number | null }[];
  readonly unitCode?: string;
  readonly unitName?: string;
  readonly unitKind?: string;
  readonly parentCode?: string;
  /**
   * What a roll-up's report says it sums: the units' codes when its list is whole (as many codes as it
   * says, each once, none its own), or "broken"; absent in a unit's own report.
   */
  readonly rollupUnits?: readonly string[] | "broken";
  /**
   * Whose campaign coded a roll-up's units, when it names a valid code; one written before, or naming none,
   * is read as the receiving level's own, as every summary was.
   */
  readonly rollupCampaign?: string;
  /** A roll-up's short units as it lists them, or "broken" when the list does not hold up; absent when it lists none. */
  readonly rollupShort?: RollupShort | "broken";
  /** A roll-up's day its units' budgets were counted to, when it is a date; see Report.budgetCountedTo. */
  readonly budgetCountedTo?: string;
  /** What its budgets cover, as written (`BUDGET_BASIS_WRITTEN` the only one known); absent in older reports. */
  readonly budgetBasis?: string;
  readonly periodId?: string;
  readonly periodStart?: string;
  readonly periodEnd?: string;
  readonly periodLabel?: string;
  readonly periodLabelEn?: string;
  readonly periodDue?: string;
  /**
   * The rows of Biểu 05's indicators as written (JSON texts) and where each is, in order; absent when the
   * report does not say how many it has. Fewer rows than it says is a list cut short.
   */
  readonly indicators?: MetaRows;
  /** The rows added to its forms (TD_Rows) as written, in the same way; absent when it has none. */
  readonly subRows?: MetaRows;
  /** Raw target texts by target key. */
  readonly targets: ReadonlyMap<string, string>;
  /** Where each key's value sits on the metadata sheet (A1), for findings that point at it. */
  readonly cells: ReadonlyMap<string, string>;
}

/**
 * One row of the metadata sheet: its key (the first column's text; undefined when it holds no text), its
 * value as text and, for findings about it, where that value is.
 */
export interface MetaRow {
  readonly key: string | undefined;
  readonly value: string;
  readonly cell?: string;
}

/** The metadata's values by key, and each value's address for findings about it: a key counts on its first row. */
export function metaEntriesOf(rows: Iterable<MetaRow>): {
  entries: Map<string, string>;
  cells: Map<string, string>;
} {
  const entries = new Map<string, string>();
  const cells = new Map<string, string>();
  for (const row of rows) {
    const key = row.key?.trim();
    if (key === undefined || entries.has(key)) continue;
    entries.set(key, row.value);
    if (row.cell !== undefined) cells.set(key, row.cell);
  }
  return { entries, cells };
}

export function decodeMeta(
  entries: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, string> = new Map(),
): DecodedMeta {
  const get = (key: string) => {
    const value = entries.get(key)?.trim();
    return value ? value : undefined;
  };
  const templates = (get("templates") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((token) => {
      const [id, version] = token.split("@");
      return { id: id!.toUpperCase(), version: version && /^\d+$/.test(version) ? Number(version) : null };
    });
  const targets = new Map<string, string>();
  for (const [key, value] of entries) if (key.startsWith("target_")) targets.set(key.slice(7), value.trim());
  const optional = (key: string, field: string) => {
    const value = get(key);
    return value === undefined ? {} : { [field]: value };
  };
  const count = get(INDICATORS);
  const indicators = count === undefined ? {} : { indicators: metaRows(INDICATOR, count, entries, cells) };
  const split = get(SUB_ROWS);
  const subRows = split === undefined ? {} : { subRows: metaRows(SUB_ROW, split, entries, cells) };
  return {
    templates,
    targets,
    cells,
    ...indicators,
    ...subRows,
    ...optional("schema", "schema"),
    ...optional("generator", "generator"),
    ...optional("unit_code", "unitCode"),
    ...optional("unit_name", "unitName"),
    ...optional("unit_kind", "unitKind"),
    ...optional("parent_code", "parentCode"),
    ...rollupUnitsOf(get(ROLLUP_UNITS), entries, get("unit_code")),
    ...rollupCampaignOf(get(ROLLUP_CAMPAIGN)),
    ...rollupShortOf(get(SHORT_MISSING), get(SHORT_PARTIAL), entries),
    ...optional(BUDGET_BASIS, "budgetBasis"),
    ...countedToOf(get(BUDGET_COUNTED_TO)),
    ...optional("period", "periodId"),
    ...optional("period_start", "periodStart"),
    ...optional("period_end", "periodEnd"),
    ...optional("period_label", "periodLabel"),
    ...optional("period_label_en", "periodLabelEn"),
    ...optional("period_due", "periodDue"),
  };
}

/** The rows of a list a report says it has (`indicator_1`…, `sub_row_1`…), up to 999. */
function metaRows(
  prefix: string,
  count: string,
  entries: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, string>,
) {
  const n = /^\d{1,3}$/.test(count) ? Number(count) : 0;
  const rows = Array.from({ length: n }, (_, i) => {
    const key = `${prefix}${i + 1}`;
    const [text, cell] = [entries.get(key), cells.get(key)];
    return { ...(text !== undefined ? { text } : {}), ...(cell !== undefined ? { cell } : {}) };
  });
  return { count, rows };
}

/**
 * The codes a roll-up's report lists. A report that says it is a roll-up has its closing stocks taken as
 * figures rather than formulas, so a list that does not hold up (a count it does not match, a code
 * twice or not a code, the report's own unit among them) makes it no roll-up but a broken report.
 */
function rollupUnitsOf(
  count: string | undefined,
  entries: ReadonlyMap<string, string>,
  ownCode: string | undefined,
): { rollupUnits?: readonly string[] | "broken" } {
  if (count === undefined) return {};
  const codes = joinedRows(entries, ROLLUP_CODES);
  const keys = new Set(codes.map(unitKey));
  const whole =
    LIST_COUNT.test(count) &&
    codes.length === Number(count) &&
    keys.size === codes.length &&
    codes.every(isValidUnitCode) &&
    (ownCode === undefined || !keys.has(unitKey(ownCode)));
  return { rollupUnits: whole ? codes : "broken" };
}

/** A unit's gaps as `rollup_partial_units` writes them: at most a span a day of a year, each in order. */
const MOST_GAPS = 366;

/** `CODE` or `CODE:start/end+start/end`, or null when it is neither. */
function partialItem(item: string): RollupShort["partial"][number] | null {
  const [code = "", spans, ...rest] = item.split(":");
  if (rest.length > 0 || !isValidUnitCode(code)) return null;
  if (spans === undefined) return { code, gaps: [] };
  const parts = spans.split("+");
  if (parts.length > MOST_GAPS) return null;
  const gaps = parts.map(shortSpan);
  return gaps.every((g) => g !== null) ? { code, gaps: gaps as ShortSpan[] } : null;
}

/** `start/end` or `start/end/B02.B03`, or null when it is neither. */
function shortSpan(text: string): ShortSpan | null {
  const [start = "", end = "", forms, ...rest] = text.split("/");
  if (rest.length > 0 || !isIsoDate(start) || !isIsoDate(end) || start > end) return null;
  if (forms === undefined) return { start, end };
  const templates = forms.split(".");
  const known = templates.every((id) => isTemplateId(id) || id === CUSTOM_FORM);
  return known && new Set(templates).size === templates.length ? { start, end, templates } : null;
}

/**
 * A roll-up's short units. They are what stops the level above signing a province as complete, so a list
 * that does not hold up (a count it does not match, a code twice or not a code, dates that are none) is
 * "broken", read as incomplete, never as nothing missing.
 */
function rollupShortOf(
  missingCount: string | undefined,
  partialCount: string | undefined,
  entries: ReadonlyMap<string, string>,
): { rollupShort?: RollupShort | "broken" } {
  if (missingCount === undefined && partialCount === undefined) return {};
  const listed = (count: string | undefined, key: string) =>
    count === undefined ? [] : LIST_COUNT.test(count) ? joinedRows(entries, key) : null;
  const missing = listed(missingCount, SHORT_MISSING_CODES);
  const items = listed(partialCount, SHORT_PARTIAL_UNITS);
  const partial = (items ?? []).map(partialItem);
  const codes = [...(missing ?? []), ...partial.map((p) => p?.code ?? "")];
  const whole =
    missing !== null &&
    items !== null &&
    missing.length === Number(missingCount ?? 0) &&
    items.length === Number(partialCount ?? 0) &&
    missing.every(isValidUnitCode) &&
    partial.every((p) => p !== null) &&
    new Set(codes.map(unitKey)).size === codes.length;
  return { rollupShort: whole ? { missing, partial: partial as RollupShort["partial"] } : "broken" };
}

/** Only a real date is read: any other value is as if none were written, the budgets counted to 31/12. */
const countedToOf = (date: string | undefined) =>
  date !== undefined && isIsoDate(date) ? { budgetCountedTo: date } : {};

/** A roll-up's campaign as named; a text that is no code names none, its codes compared as the receiver's own. */
const rollupCampaignOf = (code: string | undefined) =>
  code !== undefined && isValidUnitCode(code) ? { rollupCampaign: code } : {};

/** A round's reports name one period: its default dates and words, made once (never changed: each read copies it). */
const defaultPeriod = remembered(parsePeriod, 256);

/**
 * The period a report declares. A default id (2025-D1) is that default period, and its dates, when
 * given, must be that period's; any other id needs valid dates, so a campaign's own rounds (a sprint, a quarter) travel with the report.
 */

export function periodFromMeta(meta: DecodedMeta): Period | null {
  const id = meta.periodId;
  if (!id || !isValidPeriodId(id)) return null;
  const known = defaultPeriod(id);
  const { periodStart: start, periodEnd: end } = meta;
  const due = meta.periodDue && isIsoDate(meta.periodDue) ? { due: meta.periodDue } : {};
  // A default id with other dates says two things at once: which one a reader sees depends on where
  // it looks, so it is no period at all.
  if (known) {
    if (start && end && (start !== known.start || end !== known.end)) return null;
    // The province may title a standard round in its own words ("Đợt 1 năm 2020: Mừng Đảng quang vinh…"):
    // its forms carry that title, and are read against it.
    const titled = meta.periodLabel
      ? { label: { vi: meta.periodLabel, en: meta.periodLabelEn ?? meta.periodLabel } }
      : {};
    return { ...known, ...titled, ...due };
  }
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || start > end) return null;
  const span = spanText(start, end);
  const vi = meta.periodLabel ?? `${id} (${span})`;
  return { id, start, end, label: { vi, en: meta.periodLabelEn ?? vi }, ...due };
}
