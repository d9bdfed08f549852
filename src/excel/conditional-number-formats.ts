import { toA1 } from "../core/grid/a1";
import type { GridValue, RowCol } from "../core/grid/grid";
import { shownText } from "../core/number-formats/format-pieces";
import {
  isPlainFormat,
  needsRendering,
  shownNumberWith,
  writingIn,
  type FormatRenderer,
} from "../core/number-formats/number-formats";
import { HASHES, type NumberWriting } from "../core/report/column-room";
import {
  blanksCondition,
  cellValueCondition,
  errorsCondition,
  operandFigure,
  type RuleCondition,
} from "../core/report/rule-conditions";

/** A conditional format's number format over a cell, and where it is read, whether its condition may hold. */
export interface RuleNumberFormat {
  readonly format: string;
  readonly holds?: RuleCondition | undefined;
}

/** The number formats of the conditional formats over each cell read (by A1 address), where any sets one. */
export type ConditionalNumberFormats = ReadonlyMap<string, readonly RuleNumberFormat[]>;

/** The kinds of conditional format that set a style (ConditionalRangeFormat), by their property's name. */
const STYLED = ["custom", "cellValue", "textComparison", "topBottom", "preset"] as const;

/**
 * What is loaded of the conditional formats over a cell (Range.conditionalFormats, ExcelApi 1.6): each
 * one's number format, through the null object of its own kind (Excel refuses a kind's properties on
 * another kind: office-js#2180), and the conditions the .xlsx reader reads too (a cell-value rule's
 * comparison with figures, a preset rule on errors or blanks, a custom rule of FALSE alone).
 */
const LOAD = [
  "items/id",
  "items/type",
  ...STYLED.map((kind) => `items/${kind}OrNullObject/format/numberFormat`),
  "items/cellValueOrNullObject/rule",
  "items/presetOrNullObject/rule",
  "items/customOrNullObject/rule/formula",
].join(",");

/** Excel's cell-value operators as a file's `cellIs` rule names them (`cellValueCondition`). */
const OPERATORS: Readonly<Record<string, string>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

/** A cell-value rule's condition, where it compares with figures; undefined (it may hold) otherwise. */
function cellValueOf(rule: Excel.ConditionalCellValueRule): RuleCondition | undefined {
  const operator = OPERATORS[rule.operator];
  if (operator === undefined) return undefined;
  const operands = [rule.formula1, ...(operator.endsWith("etween") ? [rule.formula2] : [])];
  return cellValueCondition(
    operator,
    operands.map((formula) =>
      typeof formula === "string" ? operandFigure(formula.replace(/^\s*=/, "")) : undefined,
    ),
  );
}

/** Excel's preset rules on errors and blanks, as a file's rules of those types are read. */
const PRESETS: Readonly<Record<string, RuleCondition>> = {
  Errors: errorsCondition(true),
  NonErrors: errorsCondition(false),
  Blanks: blanksCondition(true),
  NonBlanks: blanksCondition(false),
};

/** A rule's condition where it is read, as the .xlsx reader reads a file's; undefined: it may hold. */
function conditionOf(
  item: Excel.ConditionalFormat,
  kind: (typeof STYLED)[number],
): RuleCondition | undefined {
  if (kind === "cellValue") return cellValueOf(item.cellValueOrNullObject.rule);
  if (kind === "preset") return PRESETS[item.presetOrNullObject.rule.criterion];
  // A formula of FALSE alone never holds (red team, round 59).
  if (kind === "custom" && /^\s*=?\s*FALSE\s*$/i.test(item.customOrNullObject.rule.formula ?? ""))
    return () => false;
  return undefined;
}

/** A conditional format's number format, where its kind sets a style and it sets one. */
function numberFormatOf(item: Excel.ConditionalFormat): RuleNumberFormat | undefined {
  for (const kind of STYLED) {
    const typed = item[`${kind}OrNullObject`];
    if (typed.isNullObject) continue;
    const format: unknown = typed.format.numberFormat;
    if (typeof format !== "string" || format === "") return undefined;
    const holds = conditionOf(item, kind);
    return { format, ...(holds ? { holds } : {}) };
  }
  return undefined;
}

/**
 * Queues, for a form's sheet, the conditional formats over `area` (from A1 to its last named cell) with
 * their number formats and conditions, and for each of its named `cells` the ids of those over it:
 * Office.js tells a format's range only by a call that needs a sync more (ConditionalFormat.getRanges),
 * so each cell is asked alone, for ids only, in the read's second sync. Gives, once it is sent, the number
 * formats they set over each cell.
 */
export function queueConditionalNumberFormats(
  sheet: Excel.Worksheet,
  area: Excel.Range,
  cells: readonly RowCol[],
): () => ConditionalNumberFormats {
  const all = area.conditionalFormats.load(LOAD);
  const addresses = [...new Set(cells.map(({ row, col }) => toA1(row, col)))];
  const over = addresses.map(
    (address) => [address, sheet.getRange(address).conditionalFormats.load("items/id")] as const,
  );
  return () => {
    const byId = new Map(all.items.flatMap((item) => [[item.id, numberFormatOf(item)] as const]));
    return new Map(
      over.flatMap(([address, formats]) => {
        const found = formats.items.flatMap(({ id }) => byId.get(id) ?? []);
        return found.length > 0 ? [[address, found] as const] : [];
      }),
    );
  };
}

/** Whether any of the formats must be rendered by SheetJS's formatter to know what it shows. */
const rendersAny = (formats: readonly ConditionalNumberFormats[]): boolean =>
  formats.some((byCell) => [...byCell.values()].some((rules) => rules.some((r) => needsRendering(r.format))));

/**
 * SheetJS's formatter, loaded only where a conditional format's number format needs it (`rendersAny`):
 * most reports have none, and the pane's first bundle leaves SheetJS out. Not loaded, a format that needs
 * it shows nothing trusted (`shownNumberWith` reads a renderer that fails so).
 */
export async function rendererFor(formats: readonly ConditionalNumberFormats[]): Promise<FormatRenderer> {
  if (!rendersAny(formats))
    return () => {
      throw new Error("SheetJS's formatter is not loaded");
    };
  const { SSF } = await import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx");
  return (code, value) => String(SSF.format(code, value));
}

/**
 * What the conditional formats over a figure or a text may make it show besides what it holds, as the
 * .xlsx reader judges a rule's number format: the text a format renders where it is another, and "###"
 * where the figure so written does not fit its column (`overflows`).
 */
export function conditionallyShown(
  rules: readonly RuleNumberFormat[] | undefined,
  value: GridValue | undefined,
  render: FormatRenderer,
  overflows: (writing: NumberWriting) => boolean,
): string[] {
  if (!rules || (value?.type !== "number" && value?.type !== "string")) return [];
  const shown = new Set<string>();
  for (const { format, holds } of rules) {
    if (holds && !holds(value)) continue;
    if (value.type === "string") {
      const text: string = isPlainFormat(format) ? value.value : shownText(format, value.value);
      if (text !== value.value) shown.add(text);
      continue;
    }
    const rendered: string | undefined = shownNumberWith(format, value.value, render);
    if (rendered !== undefined) shown.add(rendered);
    const writing = writingIn(format, rendered);
    if (writing && overflows(writing)) shown.add(HASHES);
  }
  return [...shown];
}
