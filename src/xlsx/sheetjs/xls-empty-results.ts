import type { GridCell, GridSheet } from "../../core/grid/grid";
import { formulaValue } from "../../core/report/formula-result";

const EMPTY_TEXT = { type: "string", value: "" } as const;
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
  return sheets.map((sheet) => {
    const blanked = [...sheet.cells].filter(
      ([address, cell]) => mayGiveEmptyText(cell) && formulaValue(byName, sheet, address) === "",
    );
    if (blanked.length === 0) return sheet;
    const cells = new Map(sheet.cells);
    for (const [address, cell] of blanked)
      cells.set(address, { ...cell, value: EMPTY_TEXT, ...DRAWN_ZERO_DROPPED });
    return { ...sheet, cells };
  });
}
