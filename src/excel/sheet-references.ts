import { quoteSheet } from "../core/grid/a1";

/**
 * A plan's formulas name other sheets by their final names. A sheet is built under a temporary name and
 * must be named by that one: Excel then follows the rename at the swap, where a reference to the name it
 * will have would end as #REF! (or point at the sheet it replaces).
 */
export function sheetRenamer(builtAs: ReadonlyMap<string, string>): (formula: string) => string {
  const pairs = [...builtAs]
    .filter(([name, built]) => name !== built)
    .map(([name, built]) => [`${quoteSheet(name)}!`, `${quoteSheet(built)}!`] as const);
  return (formula) =>
    pairs.length === 0 || !formula.includes("!")
      ? formula
      : pairs.reduce((text, [from, to]) => text.split(from).join(to), formula);
}
