import { fromA1 } from "../core/grid/a1";
import type { RowCol, SheetView } from "../core/grid/grid";

/**
 * Queues where a sheet's panes are frozen (ExcelApi 1.7): the cells of its top- and left-most pane, a
 * null object where none are.
 */
export const queueFrozenPanes = (sheet: Excel.Worksheet): Excel.Range =>
  sheet.freezePanes.getLocationOrNullObject().load("address");

/**
 * The first cell of a range's address ("'Biểu 01'!C10:D12", whole rows "'Biểu 01'!10:12", whole
 * columns "'Biểu 01'!C:D"), from 0; undefined where it cannot be read. A sheet name may hold "!", an
 * address never does.
 */
export function firstCell(address: string): RowCol | undefined {
  const first = address
    .slice(address.lastIndexOf("!") + 1)
    .split(":")[0]!
    .replaceAll("$", "");
  if (/^\d+$/.test(first)) return { row: Number(first) - 1, col: 0 };
  if (/^[A-Z]+$/i.test(first)) return fromA1(`${first}1`) ?? undefined;
  return fromA1(first) ?? undefined;
}

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
