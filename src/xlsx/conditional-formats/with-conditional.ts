import type { DrawnSizes, GridCell, Ink, Mutable } from "../../core/grid/grid";

/**
 * A cell with what its conditional formats may show besides what it holds: other texts and inks, each
 * once, after those it had (the .xlsx and .xls readers alike).
 */
export function withConditional(held: GridCell, mayShow: Iterable<string>, inks: Iterable<Ink>): GridCell {
  // Every kept cell a rule covers passes here: one set and one array each, no more.
  const shows = new Set(held.mayShow);
  for (const text of mayShow) shows.add(text);
  const heldInks = held.inks ?? [];
  let allInks: Ink[] | undefined;
  for (const ink of inks) if (!holdsInk(heldInks, ink)) (allInks ??= [...heldInks]).push(ink);
  const cell: Mutable<GridCell> = { ...held };
  if (shows.size > 0) cell.mayShow = [...shows];
  if (allInks) cell.inks = allInks;
  return cell;
}

function holdsInk(inks: readonly Ink[], ink: Ink): boolean {
  for (const held of inks) if (held.text === ink.text && held.background === ink.background) return true;
  return false;
}

/**
 * A cell's sizes with the font sizes its conditional formats may draw it in (`fonts`), each once, over the
 * row and column of its own style: the core judges them (`GridCell.drawnSizes`).
 */
export function withFonts(held: DrawnSizes | undefined, fonts: Iterable<number>): DrawnSizes {
  const conditionalFonts = [...new Set([...(held?.conditionalFonts ?? []), ...fonts])];
  return { styles: held?.styles ?? [], conditionalFonts };
}
