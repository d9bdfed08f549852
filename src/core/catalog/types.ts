import type { Text } from "../text/text";

/** The fixed forms, and Biểu 05 of a campaign with indicators of its own (see custom-form). */
export type TemplateId = "B01" | "B02" | "B03" | "B04" | "B05";

/** How a figure is typed and checked: counts and money are whole numbers ≥ 0; ratios are computed. */
export type ValueKind = "count" | "money" | "ratio";

/**
 * How a unit's rounds combine into a longer period: flows add up; closing stocks are the latest round's
 * and opening stocks the earliest round's, as reported; a plan quantity (the year's budget) is the same
 * figure repeated in every round, so the latest round's stands and it is never summed.
 */
export type Aggregation = "flow" | "stock_end" | "stock_start" | "plan";

/**
 * A reference to a form cell; a missing row or column means "the same as the cell being computed". With
 * `template`, a cell of another form of the same report (a linked row of Biểu 05): then row and column are
 * given, and the spreadsheet reads it by its defined name.
 */
export interface CellRef {
  readonly row?: string;
  readonly col?: string;
  readonly template?: TemplateId;
}

/** Formulas of computed cells and of rules, as data so they can be rendered for Excel and evaluated here. */
export type Expr =
  | { readonly ref: CellRef }
  | { readonly add: readonly Expr[] }
  | { readonly sub: readonly [Expr, Expr] }
  /** numerator ÷ denominator; empty when the denominator is blank or not positive. */
  | { readonly ratio: readonly [Expr, Expr] }
  | { readonly scale: readonly [number, Expr] }
  /** A fixed figure: the bound of a yes/no row (1). */
  | { readonly constant: number };

export interface ColumnDef {
  readonly key: string;
  readonly label: Text;
  readonly kind: ValueKind;
  readonly aggregation: Aggregation;
  readonly formula?: Expr;
  /** For an opening stock: the column whose closing figure in the previous round it must equal. */
  readonly opensFrom?: string;
  /** Inputs most units have nothing to report in (transfers): left blank, they count as 0. */
  readonly optional?: true;
}

export interface RowDef {
  readonly key: string;
  readonly label: Text;
  /** Overrides the column's kind (single-column templates hold different kinds of figure per row). */
  readonly kind?: ValueKind;
  readonly aggregation?: Aggregation;
  readonly formula?: Expr;
  /** For an opening stock: the row whose closing figure in the previous round it must equal. */
  readonly opensFrom?: string;
  /** A breakdown most units have nothing in (other sectors): its inputs left blank count as 0. */
  readonly optional?: true;
  /**
   * Counts units or people that did something since the start of the year, each once however many rounds
   * it did it in: asked for year to date (lũy kế từ đầu năm), so the latest round's figure is the year's.
   */
  readonly yearToDate?: true;
  /** An answer, not a count: 1 for yes (có), 0 for no (không); the form's input takes no other figure. */
  readonly yesNo?: true;
}

export type Severity = "error" | "warning";

export interface RuleDef {
  readonly id: string;
  readonly severity: Severity;
  /** "rows": checked on every input row, refs name columns; "once": refs name rows of the only column. */
  readonly over: "rows" | "once";
  readonly test: "le" | "eq";
  readonly left: Expr;
  readonly right: Expr;
  /** Placeholders: {row} (row label), {left}, {right} (the figures compared). */
  readonly message: Text;
}

export interface TargetDef {
  /** Unique across the catalog, e.g. B01_nonstate_cla_rate; used on the command line and in metadata. */
  readonly key: string;
  readonly label: Text;
  /**
   * Vietnamese names it had before: campaign workbooks written then head its TD_Targets column and
   * name it in TD_Scoring with them, and still read.
   */
  readonly formerNames?: readonly string[];
  readonly row: string;
  readonly col: string;
  /** Campaign default from the seeds; absent for targets the province assigns to each unit. */
  readonly default?: number;
  /** How a parent's target follows from its units': the same threshold, or the sum of assigned counts. */
  readonly combine: "same" | "sum";
  readonly source: string;
}

export interface TemplateDef {
  readonly id: TemplateId;
  readonly version: number;
  readonly sheetName: string;
  readonly title: Text;
  /** What the rows are, headed above their labels; "Chỉ tiêu" (indicator) when absent. */
  readonly rowsHeading?: Text;
  readonly rows: readonly RowDef[];
  readonly columns: readonly ColumnDef[];
  readonly rules: readonly RuleDef[];
  readonly targets: readonly TargetDef[];
}
