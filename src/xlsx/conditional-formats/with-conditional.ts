import type { DrawnSizes, GridCell, Ink } from "../../core/grid/grid";

/**
 * A cell with what its conditional formats may show besides what it holds: other texts and inks, each
 * once, after those it had (the .xlsx and .xls readers alike).
 */
export function withConditional(held: GridCell, mayShow: Iterable<string>, inks: Iterable<Ink>): GridCell {
  const shows = [...new Set([...(held.mayShow ?? []), ...mayShow])];
  const heldInks = held.inks ?? [];
  const newInks = [...inks].filter(
    (ink) => !heldInks.some((h) => h.text === ink.text && h.background === ink.background),
  );
  return {
    ...held,
    ...(shows.length > 0 ? { mayShow: shows } : {}),
    ...(heldInks.length + newInks.length > 0 ? { inks: [...heldInks, ...newInks] } : {}),
  };
}

/**
 * A cell's sizes with the font sizes its conditional formats may draw it in (`fonts`), each once, over the
 * row and column of its own style: the core judges them (`GridCell.drawnSizes`).
 */
export function withFonts(held: DrawnSizes | undefined, fonts: Iterable<number>): DrawnSizes {
  const conditionalFonts = [...new Set([...(held?.conditionalFonts ?? []), ...fonts])];
  return { styles: held?.styles ?? [], conditionalFonts };
}
