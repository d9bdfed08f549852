import type { Text } from "../text/text";
import { ratio, row } from "./expr-builders";
import { formCache } from "./form-cache";
import { sourceCell, sourceKey, type FigureSource } from "./linked-figure";
import type { Aggregation, RowDef, RuleDef, TargetDef, TemplateDef, TemplateId } from "./types";

/** The supplementary form a campaign with indicators of its own (TD_Indicators) adds to its templates. */
export const CUSTOM_FORM = "B05" as const satisfies TemplateId;

export const INDICATOR_KINDS = ["flow", "stock", "plan", "ratio", "figure", "yesno"] as const;
/**
 * flow: số phát sinh trong kỳ, adds across rounds; stock: số tại thời điểm, the latest round's closing
 * figure; plan: kế hoạch, the same figure in every round, never summed; ratio: numerator ÷ denominator,
 * two other indicators of the table, recomputed from their totals; figure: số của biểu, a built-in form's
 * figure shown again (a computed cell reading it), so it can be given a target and divide or be divided;
 * yesno: có / không, whether the unit itself did something this year (1 or 0), the latest round's answer,
 * added across units into how many did it.
 */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** One of the province's own indicators, a row of Biểu 05. */
export interface Indicator {
  /** Letters, digits and underscores: its input is the defined name TD_B05_<code>_value. */
  readonly code: string;
  readonly name: Text;
  readonly kind: IndicatorKind;
  /** Đơn vị tính, shown after the name. */
  readonly unit?: string;
  /** A blank input of an indicator not required counts as 0, as an optional row of the catalog does. */
  readonly required: boolean;
  /** A ratio's numerator and denominator: codes of other indicators of the table, neither a ratio. */
  readonly parts?: readonly [string, string];
  /** A linked row's figure: a built-in form's cell, neither a ratio nor of Biểu 05. */
  readonly source?: FigureSource;
}

export const INDICATOR_CODE = /^[A-Za-z0-9_]{1,40}$/;

/** The columns of TD_Indicators by key, in order: the campaign table, and each row a report's TD_META carries. */
export const INDICATOR_COLUMNS = [
  "code",
  "name",
  "name_en",
  "kind",
  "numerator",
  "denominator",
  "unit",
  "required",
  "source",
] as const;

/** The columns reports carried before linked rows: their TD_META rows have no source. */
export const INDICATOR_COLUMNS_BEFORE_LINKS = INDICATOR_COLUMNS.length - 1;

/**
 * An indicator as a TD_Indicators row of keys and texts, which TD_META carries so the form can be rebuilt;
 * the source only for a linked row, so a report without any carries what it did before.
 */
export const indicatorRow = (i: Indicator): string[] => [
  i.code,
  i.name.vi,
  i.name.en,
  i.kind,
  i.parts?.[0] ?? "",
  i.parts?.[1] ?? "",
  i.unit ?? "",
  i.required ? "yes" : "no",
  ...(i.source ? [sourceKey(i.source)] : []),
];

export const CUSTOM_VERSION = 1;

/** The most indicators a campaign may add: a form a unit fills by hand, not a database. */
export const MAX_INDICATORS = 200;

const AGGREGATION: Readonly<Record<Exclude<IndicatorKind, "ratio" | "figure" | "yesno">, Aggregation>> = {
  flow: "flow",
  stock: "stock_end",
  plan: "plan",
};

/** An indicator's target key: its figure in JSON and in TD_Targets. */
export const customKey = (code: string) => `${CUSTOM_FORM}_${code}`;

/**
 * A linked row: the source's figure through a formula, typed once on its own form, and combined across
 * rounds and units as the source is (a count of units done year to date stays the latest round's). Nothing
 * is typed there, so the form's note on year-to-date inputs does not speak of it.
 */
function linkedRow(base: Pick<RowDef, "key" | "label">, source: FigureSource): RowDef {
  const cell = sourceCell(source);
  if (!cell)
    throw new Error(`${CUSTOM_FORM}: ${base.key} links no figure of the catalog (${sourceKey(source)})`);
  return {
    ...base,
    kind: cell.kind,
    aggregation: cell.aggregation,
    formula: { ref: { template: source.template, row: source.row, col: source.col } },
  };
}

/**
 * A yes/no row: 1 or 0 typed, asked since the start of the year (a unit that did it in the first round
 * still has it done at the year's end, its label says so), so the latest round's answer stands and units
 * add into how many did it.
 */
function yesNoRow(indicator: Indicator, key: string): RowDef {
  const answer = (lang: "vi" | "en") => `${indicator.name[lang]} (${YES_NO_HINT[lang]})`;
  return {
    key,
    label: { vi: answer("vi"), en: answer("en") },
    kind: "count",
    aggregation: "stock_end",
    yesNo: true,
    ...(indicator.required ? {} : { optional: true as const }),
  };
}

const YES_NO_HINT = {
  vi: "từ đầu năm đến nay: Có = 1, Không = 0",
  en: "since the start of the year: Yes = 1, No = 0",
} as const;

/** A yes/no row takes 1 or 0 alone: a 2 would count the unit twice among those that did it. */
function yesNoRule(row: RowDef): RuleDef {
  return {
    id: `B05.${row.key}_yes_no`,
    severity: "error",
    over: "once",
    test: "le",
    left: { ref: { row: row.key } },
    right: { constant: 1 },
    message: {
      vi: `"${row.label.vi}" ghi {left}; chỉ ghi 1 (Có, đã thực hiện) hoặc 0 (Không).`,
      en: `"${row.label.en}" says {left}; write 1 (yes, done) or 0 (no).`,
    },
  };
}

function rowOf(indicator: Indicator): RowDef {
  if (indicator.kind === "yesno") return yesNoRow(indicator, indicator.code);
  const unit = indicator.kind === "ratio" ? "%" : indicator.unit;
  const label = (lang: "vi" | "en") => (unit ? `${indicator.name[lang]} (${unit})` : indicator.name[lang]);
  const base = { key: indicator.code, label: { vi: label("vi"), en: label("en") } };
  if (indicator.kind === "ratio" && indicator.parts)
    return { ...base, kind: "ratio", formula: ratio(row(indicator.parts[0]), row(indicator.parts[1])) };
  if (indicator.kind === "figure" && indicator.source) return linkedRow(base, indicator.source);
  const aggregation = AGGREGATION[indicator.kind as Exclude<IndicatorKind, "ratio" | "figure" | "yesno">];
  return { ...base, kind: "count", aggregation, ...(indicator.required ? {} : { optional: true as const }) };
}

const targetOf = (indicator: Indicator): TargetDef => ({
  key: customKey(indicator.code),
  label: indicator.name,
  row: indicator.code,
  col: "value",
  // A count's total target adds the units' assigned ones; a rate's is a threshold.
  combine: indicator.kind === "ratio" ? "same" : "sum",
  source: "TD_Indicators",
});

function build(indicators: readonly Indicator[]): TemplateDef {
  const rows = indicators.map(rowOf);
  return {
    id: CUSTOM_FORM,
    version: CUSTOM_VERSION,
    sheetName: "Biểu 05",
    title: { vi: "Biểu 05: Chỉ tiêu riêng", en: "Form 05: The province's own indicators" },
    columns: [{ key: "value", label: { vi: "Kết quả", en: "Result" }, kind: "count", aggregation: "flow" }],
    rows,
    rules: rows.filter((row) => row.yesNo).map(yesNoRule),
    targets: indicators.map(targetOf),
  };
}

const built = formCache();

/** Biểu 05 for a list of indicators; equal lists give the same definition object (see formCache). */
export function customForm(indicators: readonly Indicator[]): TemplateDef {
  return built(indicatorsKey(indicators), () => build(indicators));
}

/** One text per list, the same for equal lists: how the roll-up tells a report's list from the campaign's. */
export function indicatorsKey(indicators: readonly Indicator[]): string {
  return JSON.stringify(
    indicators.map((i) => [
      i.code,
      i.name.vi,
      i.name.en,
      i.kind,
      i.unit ?? "",
      i.required,
      i.parts ?? [],
      i.source ? sourceKey(i.source) : "",
      i.source?.parent ?? "",
    ]),
  );
}
