import type { Area } from "../grid/a1";
import type { PlanCell } from "./plan";
import { NUMBER_FORMATS } from "./plan";
import { DEFAULT_COLUMN_WIDTH } from "./row-heights";

/**
 * The characters a column needs for a figure `#,##0` writes: its digits, its sign and its group marks (half
 * a digit each), a tenth more for a bold total as LibreOffice draws it in DejaVu Sans Bold where it lacks
 * Calibri, and a character of padding.
 */
function groupedWidth(value: number): number {
  const whole = Math.round(Math.abs(value));
  const digits = whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1;
  const marks = Math.floor((digits - 1) / 3);
  return Math.ceil((digits + marks / 2 + (value < 0 ? 1 : 0)) * 1.1) + 1;
}

const GROUPED = new Set<string>([NUMBER_FORMATS.count, NUMBER_FORMATS.money]);

/**
 * A sheet's column widths, each widened where a figure of its own (not one merged across columns) needs
 * more room than the layout gave its column: a summary's figures run to whatever its units add up to, and
 * a column too narrow shows "###" on screen and paper (red team, round 35: a province's own indicator of
 * 4,027,858,641,288 đồng, in a column laid out for counts, printed "###" on the form it signs, which was
 * then refused when rolled up again). Widths are never narrowed.
 */
export function widenedForFigures(
  cells: readonly PlanCell[],
  widths: readonly number[],
  merges: readonly Area[],
): number[] {
  const out = [...widths];
  const merged = new Set(merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  for (const cell of cells) {
    if (typeof cell.value !== "number" || !GROUPED.has(cell.numFmt ?? "")) continue;
    if (!Number.isFinite(cell.value) || Math.abs(cell.value) < 1e6) continue;
    if (merged.size > 0 && merged.has(`${cell.row}:${cell.col}`)) continue;
    const needed = groupedWidth(cell.value);
    for (let col = out.length; col <= cell.col; col++) out[col] = DEFAULT_COLUMN_WIDTH;
    if (needed > out[cell.col]!) out[cell.col] = needed;
  }
  return out;
}
