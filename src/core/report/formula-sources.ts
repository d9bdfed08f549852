import { inArea, toA1, type Area } from "../grid/a1";
import type { GridSheet } from "../grid/grid";
import { referencesIn } from "../form/formula-syntax";

/** Rounds of formulas reading formulas followed, each reading the sheets again: a clerk's go two deep. */
const MAX_ROUNDS = 4;
/** Cells read again for formulas, in all: a reference over more is left unread, its formula unknown. */
const MAX_CELLS = 20_000;

const sizeOf = (area: Area) => (area.bottom - area.top + 1) * (area.right - area.left + 1);

/** Whether the reader looked at every cell of `area` (a sheet read whole has them all). */
function covered({ partial }: GridSheet, area: Area): boolean {
  if (!partial) return true;
  if (partial.areas.some((a) => inArea(a, area.top, area.left) && inArea(a, area.bottom, area.right)))
    return true;
  return sizeOf(area) === 1 && partial.listed.has(toA1(area.top, area.left));
}

/** A formula met on the sheet of that index. */
export type FoundFormula = readonly [index: number, formula: string];

/** The formulas of the cells `after` holds that `before` did not (a sheet read again). */
export const newFormulas = (index: number, before: GridSheet, after: GridSheet): FoundFormula[] =>
  [...after.cells].flatMap(([address, cell]) =>
    cell.formula && !before.cells.has(address) ? [[index, cell.formula] as const] : [],
  );

/**
 * The cells a clerk's formula in an input reads, where the first reading of a workbook, which keeps only
 * the cells a report needs, left them out: `=SUM('Thu KP'!B2:B7)` is checked against its cached result
 * (`formulaResult`) only if those cells are there. Each round names, sheet by sheet, the areas to read
 * again for the formulas met (those of the named cells first, then those the areas read hold), within a
 * few rounds and a bound on the cells; the reader (a file's, or Excel's in one request a round) reads them.
 */
export class FormulaSources {
  private cells = MAX_CELLS;
  private rounds = 0;

  /** `follows`: whether references into the sheet of that index are read (all, unless told). */
  constructor(private readonly follows: (index: number) => boolean = () => true) {}

  /** By sheet index, the areas to read again for `formulas`; none once the rounds are spent. */
  wanted(sheets: readonly GridSheet[], formulas: readonly FoundFormula[]): Map<number, Area[]> {
    const wanted = new Map<number, Area[]>();
    if (formulas.length === 0 || this.rounds++ >= MAX_ROUNDS) return wanted;
    const byName = new Map<string, number>();
    sheets.forEach((sheet, index) => {
      const key = sheet.name.toUpperCase();
      if (!byName.has(key)) byName.set(key, index);
    });
    for (const [index, formula] of formulas)
      for (const { sheet, area } of referencesIn(formula)) {
        const target = sheet === undefined ? index : byName.get(sheet.toUpperCase());
        if (target === undefined || !this.follows(target) || covered(sheets[target]!, area)) continue;
        if (sizeOf(area) > this.cells) continue;
        this.cells -= sizeOf(area);
        wanted.set(target, [...(wanted.get(target) ?? []), area]);
      }
    return wanted;
  }
}
