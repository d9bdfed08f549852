import type { GridValue } from "./grid";

/** The significant digits a spreadsheet keeps of a number: Excel and LibreOffice show and count 15. */
const DIGITS = 15;

/**
 * A number as spreadsheets show and compute it, to 15 significant digits: a file written by another
 * program may hold 85.00000000000001 (0.07 × 700 pasted as a value), which every program shows as 85 and
 * LibreOffice reads as 85 (red team, round 41: refused as "must be whole (85)", and 5 signed agreements
 * read as more than 5 enterprises). A figure that differs within those digits (1,000,000.000001 đồng)
 * keeps it.
 */
export function asComputed(value: GridValue & { type: "number" }): GridValue {
  // A whole number of 15 digits or fewer, as most figures are, is kept whole by them.
  if (Number.isInteger(value.value) && Math.abs(value.value) < 1e15) return value;
  const rounded = Number(value.value.toPrecision(DIGITS));
  return rounded === value.value || !Number.isFinite(value.value)
    ? value
    : { type: "number", value: rounded };
}
