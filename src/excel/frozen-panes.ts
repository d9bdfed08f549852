import type { SheetView } from "../core/grid/grid";
import { firstCell } from "./range-corners";

/**
 * Queues where a sheet's panes are frozen (ExcelApi 1.7): the cells of its top- and left-most pane, a
 * null object where none are.
 */
export const queueFrozenPanes = (sheet: Excel.Worksheet): Excel.Range =>
  sheet.freezePanes.getLocationOrNullObject().load("address");

/**
 * What a sheet's frozen panes say of its view: it opens at the frozen pane's first cell (`opensAt`), which
 * stays put, so the rows above it and the columns left of it are out of reach (`reach`: a clerk scrolled
 * down, then froze the panes), as a file's reader reads a frozen view's `topLeftCell`. Undefined where no
 * pane is frozen: where such a view opens Office.js tells only of the active window's sheet (window-view.ts).
 */
export function frozenView(frozen: Excel.Range | undefined): SheetView | undefined {
  if (!frozen || frozen.isNullObject) return undefined;
  const first = firstCell(frozen.address);
  if (!first) return undefined;
  return { opensAt: first, ...(first.row > 0 || first.col > 0 ? { reach: first } : {}) };
}
