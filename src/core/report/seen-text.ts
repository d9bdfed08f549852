import type { DrawnRuns, GridCell, TextRun } from "../grid/grid";
import { DEFAULT_FONT_SIZE, isDrawnSize, isLegible, LEAST_ROW_PER_FONT } from "./legible";
import { symbolFontOf } from "./symbol-fonts";

/**
 * Letters set closer by this part of their font's size or more lie on one another: a letter is about half
 * its font's size wide (red team, round 19: -0.35 cm in 11-pt type piled a label's letters on one spot).
 */
const OVERLAP = 0.4;

/**
 * The size a run is judged at, of those it may be drawn at: one too small or too large to draw its
 * letters, else the largest, which takes the most of its row.
 */
const judgedSize = (sizes: readonly number[] | undefined): number | undefined =>
  sizes === undefined || sizes.length === 0
    ? undefined
    : (sizes.find((points) => !isDrawnSize(points)) ?? Math.max(...sizes));

/** Whether a person reads a run's words, in a row `rowHeight` high (spaces are spaces in any ink). */
function isShown(run: TextRun, rowHeight: number | undefined): boolean {
  if (run.text.trim() === "") return true;
  if (run.struck || run.fonts?.some((font) => symbolFontOf(font) !== undefined)) return false;
  const fontSize = judgedSize(run.fontSizes);
  const crowded =
    run.letterSpacing !== undefined && run.letterSpacing <= -OVERLAP * (fontSize ?? DEFAULT_FONT_SIZE);
  const fits = (points: number) => rowHeight === undefined || rowHeight >= points * LEAST_ROW_PER_FONT;
  return (
    !crowded &&
    run.inks.every(isLegible) &&
    (fontSize === undefined || (isDrawnSize(fontSize) && fits(fontSize)))
  );
}

/**
 * The text a person reads of a cell written in runs, where that is not the whole of it: a run in an ink
 * its fill hides, too small or too large to read is none, and the words either side of it close up (red
 * team, round 17: "Doanh nghiệp ngoài nhà nước trong nước" with "ngoài " and " trong nước" in white 1-pt
 * type reads "Doanh nghiệp nhà nước"); so is one struck through, read as taken out, or in a font whose
 * letters are symbols (Symbol's Greek, Wingdings' pictures), or too large for its row (`rowHeight`, as a
 * cell's font: round 19, a 300-pt run in a 30-pt row), or with its letters piled on one another. Spaces
 * are spaces in any ink.
 */
export function seenText({ runs, rowHeight }: DrawnRuns): string | undefined {
  const seen = runs
    .filter((run) => isShown(run, rowHeight))
    .map(({ text }) => text)
    .join("");
  return seen === runs.map(({ text }) => text).join("") ? undefined : seen;
}

/** The texts judged of each cell written in runs, once: several checks ask of one cell. */
const judged = new WeakMap<GridCell, readonly string[] | undefined>();

/**
 * What else a cell may show, besides its own text: what its reader says a format may show
 * (`GridCell.mayShow`), then what a person reads of its runs in each way a program may draw them, where
 * that is not the whole text. A cell written in no runs is answered at once, nothing made.
 */
export function mayShowOf(cell: GridCell): readonly string[] | undefined {
  const drawn = cell.drawnRuns;
  if (drawn === undefined) return cell.mayShow;
  if (judged.has(cell)) return judged.get(cell);
  const seen = drawn.flatMap((runs) => seenText(runs) ?? []);
  const texts = seen.length === 0 ? cell.mayShow : [...new Set([...(cell.mayShow ?? []), ...seen])];
  judged.set(cell, texts);
  return texts;
}
