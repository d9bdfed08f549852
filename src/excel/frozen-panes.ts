import { fromA1 } from "../core/grid/a1";
import type { RowCol, SheetView } from "../core/grid/grid";

/**
 * Queues where a sheet's panes are frozen (ExcelApi 1.7): the cells of its top- and left-most pane, a
 * null object where none are.
 */
export const queueFrozenPanes = (sheet: Excel.Worksheet): Excel.Range =>
  sheet.freezePanes.getLocationOrNullObject().load("address");

/**
 * The first cell of a frozen range's address ("'Biểu 01'!C10:D12", whole rows "'Biểu 01'!10:12", whole
 * columns "'Biểu 01'!C:D"), from 0; undefined where it cannot be read. A sheet name may hold "!", an
 * address never does.
 */
function firstCell(address: string): RowCol | undefined {
  const first = address
    .slice(address.lastIndexOf("!") + 1)
    .split(":")[0]!
    .replaceAll("$", "");
  if (/^\d+$/.test(first)) return { row: Number(first) - 1, col: 0 };
  if (/^[A-Z]+$/i.test(first)) return fromA1(`${first}1`) ?? undefined;
  return fromA1(first) ?? undefined;
}

/**
 * What a sheet's view says of how far back a person can scroll: its frozen pane stays put from its first
 * cell on, so the rows above it and the columns left of it are out of reach (a clerk scrolled down, then
 * froze the panes), as a file's reader reads a frozen pane's `topLeftCell` (`SheetView.reach`). Where
 * Office.js tells no more, the view says nothing: the cell the sheet opens at (`opensAt`) is not given, nor
 * whether it shows zeros, formulas or a background.
 */
export function frozenView(frozen: Excel.Range | undefined): SheetView | undefined {
  if (!frozen || frozen.isNullObject) return undefined;
  const reach = firstCell(frozen.address);
  return reach && (reach.row > 0 || reach.col > 0) ? { reach } : undefined;
}
