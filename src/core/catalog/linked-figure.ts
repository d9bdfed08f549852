import { cellLabel, formCells, type FormCell } from "../form/form";
import { nameKey } from "../text/fold";
import { CATALOG } from "./catalog-forms";
import type { TemplateId } from "./types";

/** A built-in form's cell a linked row of Biểu 05 takes its figure from. */
export interface FigureSource {
  readonly template: TemplateId;
  readonly row: string;
  readonly col: string;
}

/** How TD_Indicators and TD_META name a source: its defined name without TD_, e.g. B04_safety_contests_value. */
export const sourceKey = (source: FigureSource) => `${source.template}_${source.row}_${source.col}`;

/** The built-in cell a source names, in the current version of its form; undefined when there is none. */
export function sourceCell(source: FigureSource): FormCell | undefined {
  const def = CATALOG.find((d) => d.id === source.template);
  return def && formCells(def).find((c) => c.row.key === source.row && c.col.key === source.col);
}

/**
 * The built-in cell a person names in TD_Indicators: by its key as the defined names write it without TD_
 * (B04_safety_contests_value, in any case), or by its label as the form prints it in either language
 * (row, then " / " and column where the form has several columns); a label two cells share names neither.
 */
export function sourceNamed(text: string): FormCell | undefined {
  const typed = nameKey(text.replace(/^TD_/i, ""));
  if (!typed) return undefined;
  const cells = CATALOG.flatMap((def) => formCells(def).map((cell) => ({ def, cell })));
  const byKey = cells.find(({ cell }) => nameKey(cell.name.replace(/^TD_/, "")) === typed);
  if (byKey) return byKey.cell;
  const byLabel = cells.filter(({ def, cell }) => {
    const label = cellLabel(def, cell);
    return nameKey(label.vi) === typed || nameKey(label.en) === typed;
  });
  return byLabel.length === 1 ? byLabel[0]!.cell : undefined;
}
