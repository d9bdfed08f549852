import type { GridCell, Ink } from "../../core/grid/grid";

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
