/**
 * A number attribute as LibreOffice reads it, by the number it starts with: "2pt" and "2,5" are 2, ""
 * is 0 (Excel asks to repair such a file; LibreOffice draws the column 2 wide: red team, round 12).
 * Undefined where no number starts it.
 */
export function leadingNumber(text: string): number | undefined {
  const value = text.trim() === "" ? 0 : parseFloat(text);
  return Number.isNaN(value) ? undefined : value;
}

/** A size a program sizes a row, column or font by: a positive number (0 hides; programs ignore less). */
export function size(text: string | undefined): number | undefined {
  const value = text === undefined ? undefined : leadingNumber(text);
  return value !== undefined && value > 0 ? value : undefined;
}
