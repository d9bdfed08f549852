import type { Area } from "../../core/grid/a1";
import type { GridSheet } from "../../core/grid/grid";
import { FormulaSources, newFormulas, type FoundFormula } from "../../core/report/formula-sources";

/**
 * The sheets with the cells their named cells' formulas read (see FormulaSources), each sheet a formula
 * reaches into read again (`reread`) with the areas it reads. A formula elsewhere (the check sheet's
 * counts over the forms) is computed by no one here; the template's own formulas read named cells,
 * which are read already: a report without a clerk's formula is read once.
 */
export function withFormulaSources(
  sheets: readonly GridSheet[],
  reread: (index: number, areas: readonly Area[]) => GridSheet,
): GridSheet[] {
  const out = [...sheets];
  const sources = new FormulaSources();
  let fresh: FoundFormula[] = [];
  out.forEach((sheet, index) => {
    const listed = sheet.partial?.listed;
    if (listed)
      for (const [address, cell] of sheet.cells)
        if (cell.formula && listed.has(address)) fresh.push([index, cell.formula]);
  });
  for (let wanted = sources.wanted(out, fresh); wanted.size > 0; wanted = sources.wanted(out, fresh)) {
    fresh = [];
    for (const [index, areas] of wanted) {
      const before = out[index]!;
      const after = reread(index, [...(before.partial?.areas ?? []), ...areas]);
      out[index] = after;
      fresh.push(...newFormulas(index, before, after));
    }
  }
  return out;
}
