import type { GridCell, GridSheet } from "../../core/grid/grid";
import { Budget } from "../../core/form/formula-value";
import { formulaValue } from "../../core/report/formula-result";

const EMPTY_TEXT = { type: "string", value: "" } as const;
/**
 * The work computing them may cost a workbook, in cells and formula text read: an officer's campaign of
 * a hundred units' targets left blank by formulas takes a few thousand; past it, a cell keeps its 0.
 */
const WORK = 200_000;
/** What the reader measured of the 0 drawn, which the empty text does not draw. */
const DRAWN_ZERO_DROPPED = {
  shown: undefined,
  mayShow: undefined,
  drawnRuns: undefined,
  drawnSizes: undefined,
  generalSizes: undefined,
} as const;

/** Whether LibreOffice may have saved the cell's formula giving "" with 0 as its result. */
const mayGiveEmptyText = (cell: GridCell) =>
  cell.formula?.includes('""') === true && cell.value?.type === "number" && cell.value.value === 0;

/**
 * LibreOffice saves an .xls cell whose formula gives an empty text (=IF(C5="";"";C5*1,1), a target an
 * officer leaves blank) with 0 as its result, and computes it again on opening, as Excel does: a person
 * sees a blank, and read as the file holds it the target was 0. Such a cell is read as the empty text the
 * same sheet saved as .xlsx or .ods holds, where its formula computed here gives one; the text the 0 drew
 * goes with it.
 */
export function withEmptyTextResults(sheets: readonly GridSheet[]): readonly GridSheet[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name.toUpperCase(), sheet]));
  const budget = new Budget(WORK);
  return sheets.map((sheet) => {
    const blanked: [string, GridCell][] = [];
    for (const [address, cell] of sheet.cells)
      if (mayGiveEmptyText(cell) && formulaValue(byName, sheet, address, budget) === "")
        blanked.push([address, cell]);
    if (blanked.length === 0) return sheet;
    const cells = new Map(sheet.cells);
    for (const [address, cell] of blanked)
      cells.set(address, { ...cell, value: EMPTY_TEXT, ...DRAWN_ZERO_DROPPED });
    return { ...sheet, cells };
  });
}
