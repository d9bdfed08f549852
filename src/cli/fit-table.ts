import { displayed } from "../core";
import { cutTo, displayWidth, padTo } from "./display-width";

/** Spaces between two columns. */
const GAP = 2;

export interface Column {
  readonly header: string;
  /** One cell per row; "" leaves it empty. */
  readonly cells: readonly string[];
  /** Columns with a number are dropped when the width runs out, the highest first; the others never. */
  readonly drop?: number;
  /** A column that may be narrowed to this many terminal columns, its cells cut with "…" (a name). */
  readonly shrinkTo?: number;
}

const natural = (c: Column) => Math.max(displayWidth(c.header), ...c.cells.map(displayWidth));
const least = (c: Column) => Math.min(natural(c), c.shrinkTo ?? Infinity);
const needs = (columns: readonly Column[], widthOf: (c: Column) => number) =>
  columns.reduce((sum, c) => sum + widthOf(c), 0) + GAP * Math.max(0, columns.length - 1);

/** Whether the columns fit in `width` with every shrinkable one at its narrowest. */
export const fits = (columns: readonly Column[], width: number) => needs(columns, least) <= width;

/** The width the columns take at their natural widths: the table as wide as its longest cells. */
export const naturalWidth = (columns: readonly Column[]) => needs(columns, natural);

/**
 * The columns that fit in `width`: droppable ones go, highest `drop` first, until the rest fit with the
 * shrinkable ones at their narrowest (or nothing droppable is left).
 */
export function keptColumns(columns: readonly Column[], width: number): Column[] {
  const kept = [...columns];
  while (!fits(kept, width)) {
    const droppable = kept.filter((c) => c.drop !== undefined);
    if (droppable.length === 0) break;
    const last = droppable.reduce((a, b) => (b.drop! > a.drop! ? b : a));
    kept.splice(kept.indexOf(last), 1);
  }
  return kept;
}

/**
 * The table's lines, header first, none wider than `width`: the shrinkable columns share what room is
 * left beyond the others' natural widths, in order, up to their own natural widths.
 */
export function tableLines(given: readonly Column[], width: number): string[] {
  // Text from files is measured as it will be shown: a line break or zero-width character as "?".
  const columns = given.map((c) => ({ ...c, header: displayed(c.header), cells: c.cells.map(displayed) }));
  const widths = columns.map(least);
  let room = width - needs(columns, least);
  columns.forEach((c, i) => {
    const more = Math.max(0, Math.min(room, natural(c) - widths[i]!));
    widths[i]! += more;
    room -= more;
  });
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => padTo(cutTo(cell, widths[i]!), widths[i]!))
      .join(" ".repeat(GAP))
      .trimEnd();
  const rows = Math.max(0, ...columns.map((c) => c.cells.length));
  return [
    line(columns.map((c) => c.header)),
    ...Array.from({ length: rows }, (_, r) => line(columns.map((c) => c.cells[r] ?? ""))),
  ];
}
