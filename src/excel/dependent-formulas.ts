import { fromA1, toA1 } from "../core/grid/a1";
import type { Text } from "../core";
import { fill } from "../core/text/text";
import { WORDS } from "../core/vocabulary";
import { readBounded, RESPONSE_BUDGET, type BoundedRead } from "./bounded-reads";
import { isOurName } from "./workbook-names";

/** What of the user's points at sheets a write would replace, and would turn to #REF! or lose its data. */
export interface Dependents {
  /**
   * Each place, in sheet order: a cell ("Sheet1!B2"), a workbook name, a sheet's name ("Sheet1!TOTAL"),
   * then drop-down lists and other validation, conditional formats, charts and PivotTables, named with
   * what they are.
   */
  readonly places: readonly (string | Text)[];
  /** Sheets too large to read whole: what the rest of them holds is unknown. */
  readonly unchecked: readonly string[];
  /** What else could not be looked at, and why. */
  readonly unread: readonly Text[];
}

/** A sheet's cells read at most: more would take dozens of requests; such a sheet is "unchecked". */
const MAX_SHEET_CELLS = 2_000_000;

/** What a cell's formula weighs in an answer, estimated: most cells hold a number or a short text. */
const CELL_BYTES = 40;

/** Validated areas a sheet may have, and rounds of cutting an area whose cells hold different rules. */
const MAX_AREAS = 5_000;
const MAX_ROUNDS = 6;

/** What one conditional format, validation rule or chart series weighs, estimated. */
const RULE_BYTES = 600;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a formula names one of `sheets` in a reference: 'Tổng hợp'!A1 (quoted as Excel writes names
 * with spaces or other letters) or Sheet2!A1, in any case, not as the tail of a longer name nor inside
 * a text constant.
 */
export function namesSheet(formula: string, sheets: readonly string[]): boolean {
  // Text in quotes is no reference, whatever it spells.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return sheets.some((sheet) => {
    const quoted = `'${escapeRegExp(sheet.replace(/'/g, "''"))}'!`;
    const plain = `(?<![\\p{L}\\p{N}_.'])${escapeRegExp(sheet)}!`;
    return new RegExp(`${quoted}|${plain}`, "iu").test(code);
  });
}

/** Every text inside a rule (a list's source, a custom formula, a bound), where a reference can be. */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(textsIn);
}

/** An address without its sheet: "'Của tôi'!B2:C9" → "B2:C9". */
const local = (address: string) => address.slice(address.lastIndexOf("!") + 1);

/** "B2:C9" as rows and columns from 0. */
function bounds(address: string) {
  const [first, last] = local(address).split(":");
  const a = fromA1(first!)!;
  const b = fromA1(last ?? first!)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const rangeA1 = (r: { top: number; left: number; bottom: number; right: number }) =>
  r.top === r.bottom && r.left === r.right
    ? toA1(r.top, r.left)
    : `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;

/** Where a kind of place is listed after the cells and names: validation, conditional formats, charts, PivotTables. */
const RANK = { validation: 0, conditionalFormat: 1, chart: 2, pivot: 3 } as const;
const ranks = new WeakMap<Text, number>();
const ranked = (text: Text, kind: keyof typeof RANK): Text => (ranks.set(text, RANK[kind]), text);

/** A place shown with what it is: "Sheet1!C2:C9 (danh sách thả xuống / drop-down list)". */
const labelled = (sheet: string, where: string, kind: Text, rank: keyof typeof RANK): Text =>
  ranked({ vi: `${sheet}!${where} (${kind.vi})`, en: `${sheet}!${where} (${kind.en})` }, rank);

/** Whether Excel can say where a chart series or a PivotTable takes its figures (ExcelApi 1.15). */
const sourcesReadable = () => Office.context.requirements.isSetSupported("ExcelApi", "1.15");

/** A chart series' reference for a dimension; null where Excel cannot say (sourcesReadable). */
const seriesSource = (series: Excel.ChartSeries, dimension: "Values" | "Categories" | "XValues") =>
  Office.context.requirements.isSetSupported("ExcelApi", "1.15")
    ? series.getDimensionDataSourceString(dimension)
    : null;

/** A PivotTable's source; null where Excel cannot say. */
const pivotSource = (pivot: Excel.PivotTable) =>
  Office.context.requirements.isSetSupported("ExcelApi", "1.15") ? pivot.getDataSourceString() : null;

/** Chart types whose series read x values rather than categories. */
const XY_CHART = /^(XYScatter|Bubble)/;

/**
 * Reads what of the user's refers to `replaced`: the formulas of `others` (the sheets a write keeps),
 * the workbook's names (`names`, `name` and `formula` loaded) and each sheet's, the data validation
 * and conditional formats on `others`, their charts' series and the workbook's PivotTables whose
 * source is a replaced sheet. Every request's answer is kept within RESPONSE_BUDGET (see readBounded):
 * one request surveys the sheets, then as many as their contents need. Charts and PivotTables are read
 * where Excel can say what they read (ExcelApi 1.15), and said to be unread otherwise.
 */
export async function dependentsOf(
  context: Excel.RequestContext,
  others: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  replaced: readonly string[],
): Promise<Dependents> {
  const words = WORDS.officeErrors.referencePlaces;
  const points = (formula: unknown) => typeof formula === "string" && namesSheet(formula, replaced);
  const survey = others.map((sheet) => ({
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load("address"),
    names: sheet.names.load("items/name,items/formula"),
    validated: sheet.getRange().getSpecialCellsOrNullObject("DataValidations").load("areaCount"),
    formats: sheet.getRange().conditionalFormats.load("items/type"),
    charts: sheet.charts.load("items/name,items/chartType"),
  }));
  const pivots = context.workbook.pivotTables.load("items/name,items/worksheet/name");
  await context.sync();

  const named: string[] = names.filter((n) => !isOurName(n.name) && points(n.formula)).map((n) => n.name);
  const places: (string | Text)[] = [];
  const unchecked: string[] = [];
  const unread: Text[] = [];
  const reads: BoundedRead<(string | Text)[]>[] = [];
  const later: BoundedRead<(string | Text)[]>[] = [];
  for (const { sheet, used, names: own, validated, formats, charts } of survey) {
    const name = sheet.name;
    named.push(...own.items.filter((n) => points(n.formula)).map((n) => `${name}!${n.name}`));
    if (!used.isNullObject) {
      const area = bounds(used.address);
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (cells > MAX_SHEET_CELLS) unchecked.push(name);
      else reads.push(...cellReads(sheet, area, points));
    }
    if (!validated.isNullObject) {
      if (validated.areaCount > MAX_AREAS) unread.push(fill(words.validationUnread, { sheet: name }));
      else reads.push(validationAreas(sheet, validated.areaCount, points, later, unread));
    }
    for (const format of formats.items) reads.push(conditionalFormatRead(name, format, points));
    if (charts.items.length === 0) continue;
    if (!sourcesReadable()) unread.push(fill(words.chartsUnread, { sheet: name }));
    else reads.push(...charts.items.map((chart) => chartRead(name, chart, points, later)));
  }
  const kept = new Set(others.map((s) => s.name.toUpperCase()));
  const keptPivots = pivots.items.filter((p) => kept.has(p.worksheet.name.toUpperCase()));
  if (keptPivots.length > 0 && !sourcesReadable())
    unread.push(
      fill(words.pivotsUnread, { sheets: [...new Set(keptPivots.map((p) => p.worksheet.name))].join(", ") }),
    );
  else
    for (const pivot of keptPivots)
      reads.push({
        bytes: RULE_BYTES,
        queue: () => {
          const source = pivotSource(pivot);
          return () =>
            points(source?.value)
              ? [ranked(fill(words.pivot, { sheet: pivot.worksheet.name, name: pivot.name }), "pivot")]
              : [];
        },
      });

  // Reads found by reads (a sheet's validated areas, a chart's series) run in the rounds after.
  for (let round = 0, next = reads; next.length > 0 && round <= MAX_ROUNDS; round++) {
    const { results, refused } = await readBounded(context, next);
    places.push(...results.flat());
    if (refused.length > 0) unread.push(fill(words.tooLargeUnread, { count: refused.length }));
    next = later.splice(0);
  }
  if (later.length > 0) unread.push(fill(words.tooLargeUnread, { count: later.length }));
  // Cells first, then names, then the rest, as a user would look for them.
  const cells = places.filter((p) => typeof p === "string");
  const rank = (place: string | Text) => (typeof place === "string" ? -1 : (ranks.get(place) ?? 9));
  const rest = places.filter((p) => typeof p !== "string").sort((a, b) => rank(a) - rank(b));
  return { places: [...cells, ...named, ...rest], unchecked, unread };
}

/** A sheet's formulas in slices of rows, each answer within half the budget; a slice refused is halved. */
function cellReads(
  sheet: Excel.Worksheet,
  area: ReturnType<typeof bounds>,
  points: (formula: unknown) => boolean,
): BoundedRead<string[]>[] {
  const cols = area.right - area.left + 1;
  const read = (top: number, bottom: number): BoundedRead<string[]> => ({
    bytes: (bottom - top + 1) * cols * CELL_BYTES,
    queue: () => {
      const range = sheet.getRange(rangeA1({ ...area, top, bottom })).load("formulas");
      return () =>
        range.formulas.flatMap((row, r) =>
          row.flatMap((formula, c) =>
            typeof formula === "string" && formula.startsWith("=") && points(formula)
              ? [`${sheet.name}!${toA1(top + r, area.left + c)}`]
              : [],
          ),
        );
    },
    split: () => {
      if (top === bottom) return [];
      const middle = Math.floor((top + bottom) / 2);
      return [read(top, middle), read(middle + 1, bottom)];
    },
  });
  const rowsPerRead = Math.max(1, Math.floor(RESPONSE_BUDGET / 2 / (cols * CELL_BYTES)));
  const out: BoundedRead<string[]>[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerRead)
    out.push(read(top, Math.min(area.bottom, top + rowsPerRead - 1)));
  return out;
}

/**
 * The areas of a sheet that have data validation; each is then read for its rule (in `later`). An area
 * whose cells hold different rules is cut, into its columns then halves of rows, and read again.
 */
function validationAreas(
  sheet: Excel.Worksheet,
  areaCount: number,
  points: (formula: unknown) => boolean,
  later: BoundedRead<(string | Text)[]>[],
  unread: Text[],
): BoundedRead<(string | Text)[]> {
  const words = WORDS.officeErrors.referencePlaces;
  const ruleRead = (area: ReturnType<typeof bounds>): BoundedRead<(string | Text)[]> => ({
    bytes: RULE_BYTES,
    queue: () => {
      const validation = sheet.getRange(rangeA1(area)).dataValidation.load("type,rule");
      return () => {
        if (validation.type === "Inconsistent" || validation.type === "MixedCriteria") {
          const parts = cut(area);
          if (parts.length === 0) unread.push(fill(words.validationUnread, { sheet: sheet.name }));
          later.push(...parts.map(ruleRead));
          return [];
        }
        if (!textsIn(validation.rule).some(points)) return [];
        const kind = validation.type === "List" ? words.list : words.validation;
        return [labelled(sheet.name, rangeA1(area), kind, "validation")];
      };
    },
  });
  return {
    bytes: areaCount * 40,
    queue: () => {
      const areas = sheet
        .getRange()
        .getSpecialCellsOrNullObject("DataValidations")
        .load("areas/items/address");
      return () => {
        if (!areas.isNullObject) later.push(...areas.areas.items.map((a) => ruleRead(bounds(a.address))));
        return [];
      };
    },
  };
}

/** An area cut in its columns, or a column in two halves of rows; a single cell is not cut. */
function cut(area: ReturnType<typeof bounds>): ReturnType<typeof bounds>[] {
  if (area.left < area.right)
    return Array.from({ length: area.right - area.left + 1 }, (_, i) => ({
      ...area,
      left: area.left + i,
      right: area.left + i,
    }));
  if (area.top === area.bottom) return [];
  const middle = Math.floor((area.top + area.bottom) / 2);
  return [
    { ...area, bottom: middle },
    { ...area, top: middle + 1 },
  ];
}

/** A conditional format's formulas (a custom rule's, a cell-value rule's bounds), where it applies. */
function conditionalFormatRead(
  sheet: string,
  format: Excel.ConditionalFormat,
  points: (formula: unknown) => boolean,
): BoundedRead<Text[]> {
  return {
    bytes: RULE_BYTES,
    queue: () => {
      const custom = format.type === "Custom" ? format.custom.rule.load("formula") : null;
      const value = format.type === "CellValue" ? format.cellValue.load("rule") : null;
      if (!custom && !value) return () => [];
      const ranges = format.getRanges().load("address");
      return () => {
        const texts = custom ? [custom.formula] : textsIn(value!.rule);
        if (!texts.some(points)) return [];
        const where = ranges.address.split(",").map(local).join(",");
        return [
          labelled(sheet, where, WORDS.officeErrors.referencePlaces.conditionalFormat, "conditionalFormat"),
        ];
      };
    },
  };
}

/** A chart's series (in `later`, one read each): the references their values and categories read. */
function chartRead(
  sheet: string,
  chart: Excel.Chart,
  points: (formula: unknown) => boolean,
  later: BoundedRead<(string | Text)[]>[],
): BoundedRead<Text[]> {
  const found = ranked(fill(WORDS.officeErrors.referencePlaces.chart, { sheet, name: chart.name }), "chart");
  const axis = XY_CHART.test(chart.chartType) ? "XValues" : "Categories";
  let told = false;
  return {
    bytes: RULE_BYTES,
    queue: () => {
      const series = chart.series.load("items/name");
      return () => {
        later.push(
          ...series.items.map((item) => ({
            bytes: RULE_BYTES,
            queue: () => {
              const values = seriesSource(item, "Values");
              const labels = seriesSource(item, axis);
              return () => {
                if (told || !(points(values?.value) || points(labels?.value))) return [];
                told = true;
                return [found];
              };
            },
          })),
        );
        return [];
      };
    },
  };
}
