import type { GridCell, SheetPrint, SheetView } from "./grid";

/** A fact a reader gives of a cell: a field of `GridCell`. */
export type CellFact = keyof GridCell;

/**
 * A fact a reader gives of a sheet: a field of how its view opens (`view.…`, `SheetView`) or of how its
 * pages are set up (`print.…`, `SheetPrint`), its print areas or its headers' and footers' texts.
 */
export type SheetFact = `view.${keyof SheetView}` | `print.${keyof SheetPrint}` | "printAreas" | "pageTexts";

/**
 * What a reader gives of the cells and sheets it reads: each fact it gives wherever the file (or the open
 * workbook) holds what the fact says. A fact it does not list it never gives, so its absence from a cell
 * or a sheet that reader read says nothing of it (a sheet's view without `zerosHidden` may hide zeros all
 * the same): a lie only that fact tells is not seen in that format (docs/threat-model.md). Tests keep each
 * reader's lists true both ways (test/xlsx/reader-facts.test.ts, test/xlsx/sheetjs/reader-facts.interop.test.ts,
 * test/excel/cell-facts.test.ts).
 */
export interface ReaderFacts {
  /** The format it reads, as the threat model names it: ".xlsx", ".xls", ".ods", "Excel". */
  readonly format: string;
  readonly cell: readonly CellFact[];
  readonly sheet: readonly SheetFact[];
}

/** Every fact of a cell, each once: a field added to `GridCell` is not compiled until it is named here. */
const CELL_FACTS: Readonly<Record<CellFact, true>> = {
  value: true,
  formula: true,
  computedBy: true,
  shown: true,
  mayShow: true,
  hidden: true,
  inks: true,
  drawnSizes: true,
  generalSizes: true,
  drawnRuns: true,
  underDrawing: true,
  struck: true,
  crossed: true,
  textLayout: true,
  mergedRoom: true,
};

/** The facts of a cell a reader of a file that holds every look a program draws gives: all of them. */
export const EVERY_CELL_FACT = Object.keys(CELL_FACTS) as readonly CellFact[];

/** A fact a reader gives of a cell or of a sheet. */
export type Fact = CellFact | SheetFact;

/**
 * The facts of the figure itself, which every reader gives: what a person is shown is judged against
 * them, and they tell no lie alone.
 */
export const FIGURE_FACTS: readonly CellFact[] = ["value", "formula"];

/** Whether a reader can tell a class of lie that judges `facts`: it gives one of them beyond the figure's own. */
export const tells = (reader: ReaderFacts, facts: readonly Fact[]): boolean =>
  facts.some(
    (fact) =>
      !(FIGURE_FACTS as readonly Fact[]).includes(fact) &&
      ((reader.cell as readonly Fact[]).includes(fact) || (reader.sheet as readonly Fact[]).includes(fact)),
  );
