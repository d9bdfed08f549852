import type * as XLSX from "@e965/xlsx";
import { fromA1, type Area } from "../../core/grid/a1";
import type { Extent, GridCell } from "../../core/grid/grid";
import type { XlsSheet } from "./xls-sheets";
import { characterPixels, columnPixels, defaultColumnPixels } from "../sheet-geometry/column-widths";

/** A point, ¾ of a pixel. */
const POINTS_PER_PIXEL = 0.75;
/** A row's height where neither its ROW record nor the sheet's DEFAULTROWHEIGHT gives one. */
export const DEFAULT_ROW_POINTS = 12.75;

/** The last row and column of a cell holding something, if any does. */
export function usedOf(cells: ReadonlyMap<string, GridCell>): { row: number; col: number } | undefined {
  let used: { row: number; col: number } | undefined;
  for (const address of cells.keys()) {
    const at = fromA1(address);
    if (at) used = { row: Math.max(used?.row ?? 0, at.row), col: Math.max(used?.col ?? 0, at.col) };
  }
  return used;
}

/**
 * How large an area of an .xls sheet prints at full scale, in points: its shown columns' widths (its
 * COLINFO records' as SheetJS reads them, else the sheet's default width, in characters of the workbook's
 * default font of `defaultFontSize` points) and its shown rows' heights (its ROW records', else
 * DEFAULTROWHEIGHT's) together.
 */
export function xlsExtent(
  ws: XLSX.WorkSheet,
  sheet: XlsSheet,
  defaultFontSize: number | undefined,
): (area: Area) => Extent {
  const cols = ws["!cols"] ?? [];
  const rows = ws["!rows"] ?? [];
  const perCharacter = characterPixels(defaultFontSize);
  const defaultWidth = defaultColumnPixels(sheet.defaultWidth, perCharacter);
  const widthAt = (col: number) => {
    const info = cols[col];
    if (!info) return defaultWidth;
    if (info.hidden) return 0;
    // Its width in characters as the file gives it (COLINFO's coldx), in Excel's pixels: SheetJS's own
    // pixels count a digit as wide as the last file read in the same thread made it (its global MDW), so
    // one form printed at 22 % or 46 % by what came before it (red team, round 16).
    return info.width !== undefined ? columnPixels(info.width, perCharacter) : defaultWidth;
  };
  const rowPoints = (row: number) => {
    const info = rows[row];
    if (info?.hidden) return 0;
    return info?.hpt ?? sheet.rowHeightAt?.(row) ?? sheet.defaultRowHeight ?? DEFAULT_ROW_POINTS;
  };
  return (area) => {
    let width = 0;
    for (let col = area.left; col <= area.right; col++) width += widthAt(col);
    let height = 0;
    for (let row = area.top; row <= area.bottom; row++) height += rowPoints(row);
    return { width: width * POINTS_PER_PIXEL, height };
  };
}
