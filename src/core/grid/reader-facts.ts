import type { GridCell } from "./grid";

/** A fact a reader gives of a cell: a field of `GridCell`. */
export type CellFact = keyof GridCell;

/**
 * What a reader gives of the cells it reads: each fact it gives wherever the file (or the open workbook)
 * holds what the fact says. A fact it does not list it never gives, so its absence from a cell that
 * reader read says nothing of the cell: a lie only that fact tells is not seen in that format
 * (docs/threat-model.md). A test keeps each reader's list true both ways (test/core/grid/reader-facts*).
 */
export interface ReaderFacts {
  /** The format it reads, as the threat model names it: ".xlsx", ".xls", ".ods", "Excel". */
  readonly format: string;
  readonly cell: readonly CellFact[];
}

/**
 * The facts of the figure itself, which every reader gives: what a person is shown is judged against
 * them, and they tell no lie alone.
 */
export const FIGURE_FACTS: readonly CellFact[] = ["value", "formula"];

/** Whether a reader can tell a class of lie that judges `facts`: it gives one of them beyond the figure's own. */
export const tells = (reader: ReaderFacts, facts: readonly CellFact[]): boolean =>
  facts.some((fact) => !FIGURE_FACTS.includes(fact) && reader.cell.includes(fact));
