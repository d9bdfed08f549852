import { fromA1 } from "../core/grid/a1";
import type { RowCol } from "../core/grid/grid";

/** Excel's last row and column, from 0: where a whole column or row ends. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** One end of an address ("C10"; "10" a whole row's, "C" a whole column's), from 0; undefined if unread. */
function endOf(reference: string, last: boolean): RowCol | undefined {
  if (/^\d+$/.test(reference)) return { row: Number(reference) - 1, col: last ? LAST_COLUMN : 0 };
  if (/^[A-Z]+$/i.test(reference)) {
    const column = fromA1(`${reference}1`);
    return column ? { row: last ? LAST_ROW : 0, col: column.col } : undefined;
  }
  return fromA1(reference) ?? undefined;
}

/**
 * The first and last cells of a range's address as Excel gives it ("'Biểu 01'!C10:D12", one cell
 * "'Biểu 01'!C10" twice, whole rows "'Biểu 01'!10:12", whole columns "'Biểu 01'!C:D"), from 0; undefined
 * where it cannot be read. A sheet name may hold "!", an address never does.
 */
export function corners(address: string): [RowCol, RowCol] | undefined {
  const [first, last = first] = address
    .slice(address.lastIndexOf("!") + 1)
    .replaceAll("$", "")
    .split(":");
  const [from, to] = [endOf(first!, false), endOf(last!, true)];
  return from && to ? [from, to] : undefined;
}

/** The first cell of a range's address (`corners`). */
export const firstCell = (address: string): RowCol | undefined => corners(address)?.[0];
