import type { Fact } from "../grid/reader-facts";

/** Where a class of lie is told: by one form cell, by a sheet, by the workbook, or by the file's container. */
export type ThreatScope = "cell" | "sheet" | "workbook" | "container";

/**
 * A class of the threat model (docs/threat-model.md): what a person can make with a spreadsheet
 * program's ordinary commands, or a hostile container, to show one figure and send another — each with
 * the honest twin a clerk makes that looks alike, and the tests that prove both are told apart.
 */
export interface ThreatCard {
  readonly id: string;
  readonly scope: ThreatScope;
  /** The rule codes of its findings, or for a container the words' keys of its refusal (`file.tooLarge`). */
  readonly rules: readonly string[];
  readonly title: string;
  /** What a person sees, and what is sent instead (or, for a container, what it attacks). */
  readonly lie: string;
  /** What an honest clerk does that looks alike, and is accepted. */
  readonly twin: string;
  /** How the check tells it, format by format, with the red-team rounds that found it. */
  readonly how?: string;
  /** What the check cannot see, or sees otherwise than a program draws it. */
  readonly limits?: readonly string[];
  /**
   * The facts of a cell or a sheet it judges (a cell's class: `CellLie.facts`): the formats whose reader
   * gives one beyond the figure's own can tell it (`tells`); none where a class is judged otherwise.
   */
  readonly facts?: readonly Fact[];
  /** The module that judges it, from src/. */
  readonly checkedBy: string;
  /**
   * Test files, from the repository's root: `lie`, those where a program's own commands make the lie and
   * it is refused; `twin`, those where the honest twin is accepted. An honest corpus case is named by its
   * change's key, `honest-corpus:<key>`.
   */
  readonly proof: { readonly lie: readonly string[]; readonly twin: readonly string[] };
}

/** The long part of a card, kept apart from the class that judges it as its proofs are. */
export type ThreatDetail = Pick<ThreatCard, "how" | "limits">;
