import type { Text } from "../text/text";
import type { Aggregation, ColumnDef, Expr, RowDef, TemplateDef, TemplateId, ValueKind } from "../catalog";

/** One cell of a form: the crossing of a row and a column, with the public defined name it carries. */
export interface FormCell {
  readonly template: TemplateId;
  readonly row: RowDef;
  readonly col: ColumnDef;
  readonly name: string;
  readonly kind: ValueKind;
  readonly aggregation: Aggregation;
  /** Absent for inputs. A column's formula wins over a row's: a ratio column stays a ratio in total rows. */
  readonly formula?: Expr;
  /** For an opening stock: the cell holding the previous round's closing figure it must equal. */
  readonly closingOfPrevious?: { readonly row: string; readonly col: string };
  /**
   * Whether an input must be filled in: a blank required input is an error; a blank optional one (its
   * row or column is optional) counts as 0 and says nothing. Computed cells are never required.
   */
  readonly required: boolean;
}

/** The largest figure a cell may hold: whole đồng of a province's budget fit many times over. */
export const MAX_FIGURE = 999_999_999_999_999;

/**
 * Below this a sum of money is most likely typed in the clerk's own thousands or millions of đồng (850 for
 * 850 million): no unit's funding or dues for a round come to less than a million đồng, and summed as đồng
 * such a figure all but vanishes from the province's total. Worth a look, not a refusal.
 */
export const SMALLEST_LIKELY_MONEY = 1_000_000;

/** Whether `value` in `cell` is such a sum of money (`validate` warns, the template's check marks it ⚠). */
export const smallForMoney = (cell: Pick<FormCell, "kind">, value: number) =>
  cell.kind === "money" && value > 0 && value < SMALLEST_LIKELY_MONEY;

/** Values of one form: values[row][col]; null is "not reported", never the same as 0. */
export type FormValues = Record<string, Record<string, number | null>>;

export function cellName(template: TemplateId, row: string, col: string): string {
  return `TD_${template}_${row}_${col}`;
}

export function targetName(template: TemplateId, targetKey: string): string {
  return `TD_${template}_target_${targetKey.slice(template.length + 1)}`;
}

const cellsCache = new WeakMap<TemplateDef, readonly FormCell[]>();

/** Every cell of the form, row by row. */
export function formCells(def: TemplateDef): readonly FormCell[] {
  let cells = cellsCache.get(def);
  if (!cells) {
    cells = def.rows.flatMap((row) =>
      def.columns.map((col): FormCell => {
        const formula = col.formula ?? row.formula;
        const closing = row.opensFrom
          ? { row: row.opensFrom, col: col.key }
          : col.opensFrom
            ? { row: row.key, col: col.opensFrom }
            : undefined;
        return {
          template: def.id,
          row,
          col,
          name: cellName(def.id, row.key, col.key),
          kind: row.kind ?? col.kind,
          aggregation: row.aggregation ?? col.aggregation,
          required: !formula && !row.optional && !col.optional,
          ...(formula ? { formula } : {}),
          ...(closing ? { closingOfPrevious: closing } : {}),
        };
      }),
    );
    cellsCache.set(def, cells);
  }
  return cells;
}

/** How people name a cell: its row, and its column when the form has more than one. */
export function cellLabel(def: TemplateDef, cell: FormCell): Text {
  const name = (lang: "vi" | "en") =>
    def.columns.length === 1 ? cell.row.label[lang] : `${cell.row.label[lang]} / ${cell.col.label[lang]}`;
  return { vi: name("vi"), en: name("en") };
}

export function inputCells(def: TemplateDef): readonly FormCell[] {
  return formCells(def).filter((c) => !c.formula);
}

export function getCell(def: TemplateDef, row: string, col: string): FormCell {
  const cell = formCells(def).find((c) => c.row.key === row && c.col.key === col);
  if (!cell) throw new Error(`${def.id} has no cell ${row}/${col}`);
  return cell;
}

export function emptyValues(def: TemplateDef): FormValues {
  const values: FormValues = {};
  for (const row of def.rows) {
    values[row.key] = {};
    for (const col of def.columns) values[row.key]![col.key] = null;
  }
  return values;
}

export function valueAt(values: FormValues, row: string, col: string): number | null {
  return values[row]?.[col] ?? null;
}
