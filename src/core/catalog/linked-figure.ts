import { nameKey } from "../text/fold";
import type { Text } from "../text/text";
import { CATALOG } from "./catalog-forms";
import { splitForm, type SubRow } from "./sub-rows";
import type { Aggregation, ColumnDef, RowDef, TemplateDef, TemplateId, ValueKind } from "./types";

/** A built-in form's cell a linked row of Biểu 05 takes its figure from. */
export interface FigureSource {
  readonly template: TemplateId;
  readonly row: string;
  readonly col: string;
  /** A sub-row's source (TD_Rows): the built-in row it splits, whose cell it holds and combines like. */
  readonly parent?: string;
}

/** A source cell as a linked row follows it: what it holds and how it combines across rounds and units. */
export interface SourceCell extends FigureSource {
  readonly kind: ValueKind;
  readonly aggregation: Aggregation;
}

/** How TD_Indicators and TD_META name a source: its defined name without TD_, e.g. B04_safety_contests_value. */
export const sourceKey = (source: FigureSource) => `${source.template}_${source.row}_${source.col}`;

/**
 * Each cell of the catalog's current forms, as the form's cells are made (see formCells), with the
 * campaign's sub-rows (TD_Rows) among them.
 */
function catalogCells(subRows: readonly SubRow[] = []): { cell: SourceCell; label: Text }[] {
  return CATALOG.flatMap((plain) => {
    const def = splitForm(plain, subRows);
    return def.rows.flatMap((row) =>
      def.columns.map((col) => ({ cell: cellOf(def, row, col, subRows), label: labelOf(def, row, col) })),
    );
  });
}

function cellOf(def: TemplateDef, row: RowDef, col: ColumnDef, subRows: readonly SubRow[]): SourceCell {
  const parent = subRows.find((s) => s.template === def.id && s.key === row.key)?.parent;
  return {
    template: def.id,
    row: row.key,
    col: col.key,
    kind: row.kind ?? col.kind,
    aggregation: row.aggregation ?? col.aggregation,
    ...(parent ? { parent } : {}),
  };
}

/** The label a form prints for a cell: its row's, and its column's after " / " where the form has several. */
const labelOf = (def: TemplateDef, row: RowDef, col: ColumnDef): Text =>
  def.columns.length === 1
    ? row.label
    : { vi: `${row.label.vi} / ${col.label.vi}`, en: `${row.label.en} / ${col.label.en}` };

/**
 * The built-in cell a source names, in the current version of its form; undefined when there is none. A
 * sub-row's cell holds what its parent's does, so it is found without the campaign's split.
 */
export function sourceCell(source: FigureSource): SourceCell | undefined {
  const row = source.parent ?? source.row;
  const found = catalogCells().find(
    ({ cell }) => cell.template === source.template && cell.row === row && cell.col === source.col,
  )?.cell;
  return found && { ...found, row: source.row, ...(source.parent ? { parent: source.parent } : {}) };
}

/**
 * The built-in cell a person names in TD_Indicators: by its key as the defined names write it without TD_
 * (B04_safety_contests_value, in any case), or by its label as the form prints it in either language
 * (row, then " / " and column where the form has several columns); a label two cells share names neither.
 */
export function sourceNamed(text: string, subRows: readonly SubRow[] = []): SourceCell | undefined {
  const typed = nameKey(text.replace(/^TD_/i, ""));
  if (!typed) return undefined;
  const cells = catalogCells(subRows);
  const byKey = cells.find(({ cell }) => nameKey(sourceKey(cell)) === typed);
  if (byKey) return byKey.cell;
  const byLabel = cells.filter(({ label }) => nameKey(label.vi) === typed || nameKey(label.en) === typed);
  return byLabel.length === 1 ? byLabel[0]!.cell : undefined;
}

/** How the campaign workbook writes a source for an officer: its label as the form prints it, or its key where another cell shares the label. */
export function sourceText(source: FigureSource, subRows: readonly SubRow[] = []): string {
  const found = catalogCells(subRows).find(({ cell }) => sourceKey(cell) === sourceKey(source));
  const named = found && sourceNamed(found.label.vi, subRows);
  return named && sourceKey(named) === sourceKey(source) ? found.label.vi : sourceKey(source);
}
