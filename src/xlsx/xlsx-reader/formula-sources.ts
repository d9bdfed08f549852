import { inArea, toA1, type Area } from "../../core/grid/a1";
import type { GridSheet } from "../../core/grid/grid";
import { referencesIn } from "../../core/form/formula-syntax";

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

/**
 * The sheets with the cells their formulas read, where the first reading, which keeps only the cells a
 * report needs, left them out: a clerk's `=SUM('Thu KP'!B2:B7)` in an input is checked against its cached
 * result (`formulaResult`) only if those cells are there. Each sheet a named cell's formula reaches into
 * is read again (`reread`) with the areas it reads; formulas met there are followed in turn, a few rounds
 * deep. The template's own formulas read named cells, which are read already: a report without a clerk's
 * formula is read once.
 */
export function withFormulaSources(
  sheets: readonly GridSheet[],
  reread: (index: number, areas: readonly Area[]) => GridSheet,
): GridSheet[] {
  const out = [...sheets];
  const byName = new Map<string, number>();
  sheets.forEach((sheet, index) => {
    const key = sheet.name.toUpperCase();
    if (!byName.has(key)) byName.set(key, index);
  });
  let budget = MAX_CELLS;
  // From the named cells, where a clerk's formula is checked: a formula elsewhere (the check sheet's
  // counts over the forms) is computed by no one here.
  let fresh = out.flatMap((sheet, index) =>
    [...sheet.cells].flatMap(([address, cell]) =>
      cell.formula && sheet.partial?.listed.has(address) ? [[index, cell.formula] as const] : [],
    ),
  );
  for (let round = 0; round < MAX_ROUNDS && fresh.length > 0; round++) {
    const wanted = new Map<number, Area[]>();
    for (const [index, formula] of fresh)
      for (const { sheet, area } of referencesIn(formula)) {
        const target = sheet === undefined ? index : byName.get(sheet.toUpperCase());
        if (target === undefined || covered(out[target]!, area)) continue;
        if (sizeOf(area) > budget) continue;
        budget -= sizeOf(area);
        wanted.set(target, [...(wanted.get(target) ?? []), area]);
      }
    fresh = [];
    for (const [index, areas] of wanted) {
      const before = out[index]!;
      const after = reread(index, [...(before.partial?.areas ?? []), ...areas]);
      out[index] = after;
      for (const [address, cell] of after.cells)
        if (cell.formula && !before.cells.has(address)) fresh.push([index, cell.formula]);
    }
  }
  return out;
}
