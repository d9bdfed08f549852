import type { GridCell } from "../grid/grid";
import type { CellFact } from "../grid/reader-facts";
import type { ValueKind } from "../catalog/types";
import type { finding, Finding } from "../findings/finding";
import type { LookRule } from "./look-rules";
import type { Text } from "../text/text";

export type { CellFact };

/**
 * One figure as the judge sees it — a form's cell, or a cell of the target block under it: the facts
 * read, and what every class needs from them.
 */
export interface FigureView {
  readonly read: GridCell;
  /** The kind of figure the cell holds, whose unit its format must write. */
  readonly kind: ValueKind;
  /**
   * Computed by the template's formula, as a form's totals and rates or the target block's result: not a
   * figure a person types, nor a roll-up's closing stock given as one.
   */
  readonly computed: boolean;
  /** The figure the roll-up uses, where the cell holds a finite number; null otherwise. */
  readonly value: number | null;
  /** What a program may show in the cell: its format's text, a conditional format's. */
  readonly texts: readonly string[];
  /** What a turn or a shrink draws: the text the cell shows, else its figure's digits. */
  readonly drawn: string;
  /** A figure a person must see: an input (or a roll-up's given figure) other than 0. */
  readonly mustShow: boolean;
}

/** What a finding says of its cell: the cell's label, its figure as the form writes it, and where it is. */
export interface About {
  readonly label: Text;
  readonly figure: Text;
  readonly where: NonNullable<Parameters<typeof finding>[3]>;
}

/**
 * When a class is judged: over a finite figure, over a formula saved without its result, or always (a
 * drawing hides whatever the cell holds).
 */
export type LieStage = "figure" | "uncached" | "always";

/**
 * A class of lie told by one cell of a form: what a person sees is not the figure the roll-up counts.
 * Its card (`title`, `lie`, `twin`) is the threat model's entry for it (docs/threat-model.md).
 */
export interface CellLie {
  /** Its name in the threat model, and what `unless` names: its file's name in this folder. */
  readonly id: string;
  readonly rules: readonly LookRule[];
  readonly title: string;
  /** What a person sees, and what is sent instead. */
  readonly lie: string;
  /** What an honest clerk does that looks alike, and is accepted. */
  readonly twin: string;
  /**
   * The facts the class judges; a reader that gives none of them beyond the figure's own (`FIGURE_FACTS`)
   * cannot tell this lie (`tells`).
   */
  readonly facts: readonly CellFact[];
  readonly stage: LieStage;
  /** Classes that, found on the cell, already say its figure is not seen: this one is not judged then. */
  readonly unless?: readonly string[];
  /** What the class finds on the cell, as the finding to make of it; undefined where it finds nothing. */
  detect(view: FigureView): ((about: About) => Finding) | undefined;
}
