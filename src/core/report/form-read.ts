import type { TargetDef, TemplateDef } from "../catalog";
import type { SavingProgram } from "./saving-program";
import type { FormCell, FormValues } from "../form/form";
import type { FormFrame } from "./form-frame";
import type { JudgedText } from "./judged-texts";
import type { DrawingKind, GridCell, GridSheet, RowCol } from "../grid/grid";

/** What was found at one form cell, located by its defined name: the grid's cell, and where it is. */
export interface CellRead extends GridCell {
  readonly cell: FormCell;
  /**
   * What the formula typed into an input gives, computed from the workbook's own cells
   * (`formulaResult`), where it can be: the figure its cached result must be.
   */
  readonly formulaResult?: number;
  /** Absent when the workbook lacks the cell's defined name. */
  readonly sheet?: string;
  readonly address?: string;
  /** The visibility of `sheet`: form cells belong on a visible sheet. */
  readonly visibility?: GridSheet["visibility"];
}

/** The top-left and bottom-right corners of the cells a form's names point at on its sheet. */
export interface FigureArea {
  readonly first: RowCol;
  readonly last: RowCol;
}

/** A cell of a form's target block as read: what it holds, and where. */
export interface PlacedCell extends GridCell {
  readonly sheet: string;
  readonly address: string;
}

/** One row of the target block under a form, found by the target cell's defined name. */
export interface TargetRead {
  readonly target: TargetDef;
  readonly goal: PlacedCell;
  readonly result: PlacedCell;
  readonly assessment: PlacedCell;
  /** The cell where the template puts the target's label, beside its goal (none past the sheet's edge). */
  readonly labelCell?: PlacedCell;
  /** The cell where the template puts the label's English, right of `labelCell`. */
  readonly labelEnCell?: PlacedCell;
  /** The row of the form's own line for the target (its label), where its sheet has one. */
  readonly labelRow?: number;
  /** The cells of that row that show the label. */
  readonly labelCells?: readonly string[];
  /** The label's cell, where a drawing lies over it, and what it is: a person reads the drawing's label there. */
  readonly labelUnderDrawing?: { readonly address: string; readonly kind: DrawingKind };
}

export interface FormRead {
  /** The definition the workbook declares: the current one, or an earlier version still read. */
  readonly def: TemplateDef;
  readonly reads: readonly CellRead[];
  /** The numeric inputs as read, every computed cell recomputed from them, in the shape of `def`. */
  readonly values: FormValues;
  /** A roll-up's closing stocks written as figures: taken as read, not recomputed (`balanceCells`). */
  readonly given?: ReadonlySet<FormCell>;
  /** The visible sheet most of the form's names point at (`formSheetOf`): the form's sheet. */
  readonly sheet?: string;
  /** Where its figures are on that sheet, where its names point at any there. */
  readonly figureArea?: FigureArea;
  /** Where the form's own headings and labels are on its sheet, where the names point at one. */
  readonly frame?: FormFrame;
  /** Its target block's rows, those whose target cell the workbook names. */
  readonly targets?: readonly TargetRead[];
  /** The targets whose cell the workbook does not name. */
  readonly unnamedTargets?: readonly TargetDef[];
  /**
   * Its lines naming a unit and period (`identityLine`): those where the template puts them, found or
   * not, and any other above its figures.
   */
  readonly identityLines?: readonly IdentityLineRead[];
  /** Its status line's two cells, where the template puts them on a unit's report (`statusLinesOf`). */
  readonly statusLines?: readonly PlacedText[];
  /** Cells of its sheet holding several lines where the template writes one (`severalLinesOf`). */
  readonly severalLines?: readonly PlacedText[];
  /** The texts of its sheet a person reads to judge it, where the reader says how they are laid out. */
  readonly judgedTexts?: readonly JudgedText[];
  /** Cells of its sheet stating a unit of measure its figures are not in (`unitNotesOf`). */
  readonly unitNotes?: readonly PlacedText[];
  /** Rows inserted between its rows, each by its first text or figure (`insertedRowsOf`). */
  readonly insertedRows?: readonly InsertedRow[];
  /** Whether its workbook's formulas are shown as computed on opening, whatever is cached (`WorkbookGrid`). */
  readonly computedOnOpening?: true;
  /** The program its workbook says saved it, where advice can name that program's commands. */
  readonly savedBy?: SavingProgram;
}

/** A row a clerk inserted between a form's rows: where it is, and what tells a person which one it is. */
export interface InsertedRow {
  readonly sheet: string;
  /** Its label's cell, or where it has none its first figure's. */
  readonly address: string;
  /** Its first text, the row's label; or where it has none, its first figure. */
  readonly label: { readonly text: string } | { readonly figure: number };
}

/** A text a cell of a sheet holds, what a person may read there instead, and where. */
export interface PlacedText {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
  readonly mayShow?: readonly string[];
  /** A drawing lies over it, of this kind: what a person reads there is the drawing's. */
  readonly underDrawing?: DrawingKind;
}

/** A text read as a form's unit and period line, in the language of its place or of its words. */
export interface IdentityLineRead extends PlacedText {
  readonly lang: "vi" | "en";
  /** Its cell cannot be seen: its row or column hidden or too small, or its text in its fill's colour. */
  readonly unseen?: true;
}
