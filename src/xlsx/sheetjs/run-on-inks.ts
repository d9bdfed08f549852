import type { CellConcealment, CellSizes, GridCell } from "../../core/grid/grid";
import { lineRun, ranOn } from "../../core/report/run-over";
import { indentOf } from "../../core/report/column-room";
import type { CellLooks } from "./cell-looks";

/** A text of the form read where a person reads it: its row and column (from 0) and its address. */
export interface FramedText {
  readonly r: number;
  readonly c: number;
  readonly address: string;
}

/** What a run on needs of where the sheet places its cells (read-sheet's SheetPlaces). */
export interface RunPlaces {
  concealment(row: number, col: number): CellConcealment | undefined;
  inMerge(row: number, col: number): boolean;
  sizesOf(row: number, col: number): CellSizes;
}

/**
 * Gives each of the form's texts too long for its column the inks it is drawn in over the empty cells it
 * runs on over, their fills under its font (red team, round 55: the unit and period line in a narrowed
 * column A vanished over dark cells beside it, while its own cell was white), and where a cell holding
 * something cuts it, that cell's column. `holds`: whether a cell of the sheet holds something.
 */
export function inkRunsOn(
  cells: Map<string, GridCell>,
  texts: readonly FramedText[],
  places: RunPlaces,
  looks: CellLooks,
  holds: (r: number, c: number) => boolean,
): void {
  for (const { r, c, address } of texts) {
    const cell = cells.get(address)!;
    if (cell.value?.type !== "string" || cell.hidden || places.inMerge(r, c)) continue;
    const horizontal = looks.lineAlignments(r, c);
    if (horizontal.length === 0) continue;
    const width = (k: number) =>
      places.concealment(r, k) === "column" ? 0 : looks.room(places.sizesOf(r, k)).columnWidth;
    const { fontSize } = looks.room(places.sizesOf(r, c));
    const text = cell.value.value;
    const layout = looks.textLayout(r, c);
    const indent = indentOf(layout);
    const runs = looks.lineRuns(r, c);
    const pieces = runs?.map((run) => {
      const size = run.fontSize === undefined ? undefined : looks.room({ fontSize: run.fontSize }).fontSize;
      return { text: run.text, ...(size !== undefined ? { fontSize: size } : {}) };
    });
    const { over, cutBy, passing } = lineRun(
      text,
      {
        horizontal,
        indent,
        ...(fontSize ? { fontSize } : {}),
        ...(pieces ? { pieces } : {}),
        ...(looks.bold(r, c) ? { bold: true } : {}),
      },
      c,
      { width, holds: (k) => holds(r, k) || places.inMerge(r, k) },
    );
    // A run in no colour of its own is drawn in the cell's.
    const colours =
      runs &&
      passing.flatMap((index): (string | undefined)[] => {
        const { colours: own } = runs[index]!;
        return own.length > 0 ? [...own] : [undefined];
      });
    const inks = over.flatMap((k) => looks.inksOver(r, c, k, text, colours));
    const ran = ranOn(cell, inks, cutBy, () => layout ?? { horizontal, indent: 0 });
    if (ran) cells.set(address, ran);
  }
}
