import type { Area } from "../grid/a1";
import type { PlanCell } from "./plan";
import { NUMBER_FORMATS, placeKey } from "./plan";
import { DEFAULT_COLUMN_WIDTH } from "./row-heights";

/** How many digits a whole number has, one at least. */
const digitsOf = (whole: number) => (whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1);

/**
 * The characters a column needs for `characters` of a figure: a tenth more for a bold total as
 * LibreOffice draws it in DejaVu Sans Bold where it lacks Calibri, and a character of padding.
 */
const columnFor = (characters: number) => Math.ceil(characters * 1.1) + 1;

/** What `#,##0` writes: the digits, the sign and the group marks (half a digit each). */
function groupedWidth(value: number): number {
  const digits = digitsOf(Math.round(Math.abs(value)));
  return columnFor(digits + Math.floor((digits - 1) / 3) / 2 + (value < 0 ? 1 : 0));
}

const GROUPED = new Set<string>([NUMBER_FORMATS.count, NUMBER_FORMATS.money]);
/** A percentage's format, and its decimals: "0.0%", "0.0000000%" (see resultFormat). */
const PERCENT = /^0(?:\.(0+))?%$/;

/** What a percentage of `decimals` decimals writes: its whole digits, the point and decimals, the sign, "%". */
function percentWidth(value: number, decimals: number): number {
  const digits = digitsOf(Math.floor(Math.abs(value * 100)));
  return columnFor(digits + (decimals > 0 ? decimals + 1 : 0) + 1 + (value < 0 ? 1 : 0));
}

/** How a format writes a figure: grouped, as a percentage of so many decimals, or neither (null). */
type FormatKind = "grouped" | number | null;

/** Each format's kind, found once: a summary has a few formats and hundreds of thousands of figures. */
const FORMAT_KINDS = new Map<string, FormatKind>();

function formatKind(format: string): FormatKind {
  let kind = FORMAT_KINDS.get(format);
  if (kind === undefined) {
    const percent = PERCENT.exec(format);
    kind = GROUPED.has(format) ? "grouped" : percent ? (percent[1]?.length ?? 0) : null;
    FORMAT_KINDS.set(format, kind);
  }
  return kind;
}

/** What a figure of the layout's own formats needs, where it may need more than a column is given. */
function neededWidth(value: number, format: string): number | undefined {
  const kind = formatKind(format);
  if (kind === "grouped") return Math.abs(value) < 1e6 ? undefined : groupedWidth(value);
  return kind === null ? undefined : percentWidth(value, kind);
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
  const merged = new Set(merges.filter((m) => m.right > m.left).map((m) => placeKey(m.top, m.left)));
  for (const cell of cells) {
    if (typeof cell.value !== "number" || !Number.isFinite(cell.value)) continue;
    const needed = neededWidth(cell.value, cell.numFmt ?? "");
    if (needed === undefined || (merged.size > 0 && merged.has(placeKey(cell.row, cell.col)))) continue;
    for (let col = out.length; col <= cell.col; col++) out[col] = DEFAULT_COLUMN_WIDTH;
    if (needed > out[cell.col]!) out[cell.col] = needed;
  }
  return out;
}
