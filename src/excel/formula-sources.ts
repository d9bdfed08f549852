import { areaA1 } from "../core/grid/a1";
import type { GridCell, GridSheet } from "../core/grid/grid";
import { FormulaSources, newFormulas, type FoundFormula } from "../core/report/formula-sources";

/** What a range read for its values alone holds: no other property of it is loaded. */
interface PlainContents {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

const plain = ({ address, values, formulas, valueTypes }: Excel.Range): PlainContents => ({
  address,
  values,
  formulas,
  valueTypes,
});

/**
 * The sheets read with the cells of the user's own sheets that formulas on our sheets read (a clerk's
 * `=SUM('Thu KP'!B2:B7)` in an input), one request a round, a few rounds at most and none where no
 * such formula is met: the pane checks such a figure against its result as the page and the command
 * line do. References into our sheets are not followed: what a form's formulas read there is read
 * already, and the check sheet's counts are computed by no one here.
 */
export async function withUserSheetSources(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  sheets: readonly GridSheet[],
  ours: ReadonlySet<number>,
  cellsOf: (contents: PlainContents) => ReadonlyMap<string, GridCell>,
): Promise<GridSheet[]> {
  const out = [...sheets];
  const sources = new FormulaSources((index) => !ours.has(index));
  let fresh: FoundFormula[] = out.flatMap((sheet, index) =>
    ours.has(index)
      ? [...sheet.cells.values()].flatMap((cell) => (cell.formula ? [[index, cell.formula] as const] : []))
      : [],
  );
  for (let wanted = sources.wanted(out, fresh); wanted.size > 0; wanted = sources.wanted(out, fresh)) {
    const loads = [...wanted].map(([index, areas]) => ({
      index,
      areas,
      ranges: areas.map((area) =>
        worksheets[index]!.getRange(areaA1(area)).load("address,values,formulas,valueTypes"),
      ),
    }));
    // Each round reads what the one before found, so it cannot join it; FormulaSources allows four at most.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    fresh = [];
    for (const { index, areas, ranges } of loads) {
      const before = out[index]!;
      const cells = new Map(before.cells);
      for (const range of ranges)
        for (const [address, cell] of cellsOf(plain(range))) cells.set(address, cell);
      const partial = {
        listed: before.partial?.listed ?? new Set<string>(),
        areas: [...(before.partial?.areas ?? []), ...areas],
      };
      const after: GridSheet = { ...before, cells, partial };
      out[index] = after;
      fresh.push(...newFormulas(index, before, after));
    }
  }
  return out;
}
