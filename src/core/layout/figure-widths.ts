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
/** A percentage's format, and its decimals: "0.0%", "0.0000000%" (see resultFormat). */
const PERCENT = /^0(?:\.(0+))?%$/;

/** The characters a column needs for a percentage of `decimals` decimals, counted as groupedWidth counts. */
function percentWidth(value: number, decimals: number): number {
  const whole = Math.floor(Math.abs(value * 100));
  const digits = whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1;
  return Math.ceil((digits + (decimals > 0 ? decimals + 1 : 0) + 1 + (value < 0 ? 1 : 0)) * 1.1) + 1;
}

/** What a figure of the layout's own formats needs, where it may need more than a column is given. */
function neededWidth(value: number, format: string): number | undefined {
  if (GROUPED.has(format)) return Math.abs(value) < 1e6 ? undefined : groupedWidth(value);
  const percent = PERCENT.exec(format);
  return percent ? percentWidth(value, percent[1]?.length ?? 0) : undefined;
}

/**
 * A sheet's column widths, each widened where a figure of its own (not one merged across columns) needs
 * more room than the layout gave its column: a summary's figures run to whatever its units add up to, and
 * a column too narrow shows "###" on screen and paper (red team, round 35: a province's own indicator of
 * 4,027,858,641,288 đồng, in a column laid out for counts, printed "###" on the form it signs, which was
 * then refused when rolled up again), or a rate shown with the decimals that tell it from its target
 * ("99.9999996%", see resultFormat). Widths are never narrowed.
 */
export function widenedForFigures(
  cells: readonly PlanCell[],
  widths: readonly number[],
  merges: readonly Area[],
): number[] {
  const out = [...widths];
  const merged = new Set(merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  for (const cell of cells) {
    if (typeof cell.value !== "number" || !Number.isFinite(cell.value)) continue;
    const needed = neededWidth(cell.value, cell.numFmt ?? "");
    if (needed === undefined || (merged.size > 0 && merged.has(`${cell.row}:${cell.col}`))) continue;
    for (let col = out.length; col <= cell.col; col++) out[col] = DEFAULT_COLUMN_WIDTH;
    if (needed > out[cell.col]!) out[cell.col] = needed;
  }
  return out;
}
