import type { CellSizes } from "../grid/grid";
import { DEFAULT_FONT_SIZE } from "../layout/row-heights";

/**
 * The room a column gives a figure beside its digits, in characters: Excel keeps 5 pixels of a 7-pixel
 * digit (an auto-fitted column of 9 digits is 9.71 wide), LibreOffice half a character (it shows
 * 999,999,999 whole from a width of 9.5, and "1E+05" from 5.75).
 */
const PADDING = 0.7;

/** The shortest a number in General is written in scientific form, as "1E+08": narrower shows "###". */
const SHORTEST_SCIENTIFIC = 5;

/**
 * The characters a number's digits take in General, its sign included, and the rounding its decimals may
 * carry into them (9,999.7 shows 10000): decimals that do not fit are dropped, which rounds as #,##0 does.
 */
function wholeDigits(value: number): number {
  const whole = Math.round(Math.abs(value));
  return (whole >= 1 ? Math.floor(Math.log10(whole)) + 1 : 1) + (value < 0 ? 1 : 0);
}

/**
 * The shortest scientific form a number in General may be shown in ("1E+08"), where its column (the
 * width in its file's units, characters of the default font, and the size of its font, which widens
 * each digit) is too narrow for its digits but wide enough for that form: Excel and LibreOffice then
 * write it rounded to what fits ("1E+08", "1.23E+08" for 123,456,789) rather than "###", and a person
 * reads another figure than the one counted. Measured in LibreOffice, 11 pt: every integer of n digits
 * shows whole from a width of n + 0.5, "1E+0n" from 5.75 up to there, "###" below; 14 pt widens both
 * about 1.27 times. Undefined where the digits fit or where the column shows "###" (honest), or where
 * the width is not known.
 */
export function generalRounded(value: number, sizes: CellSizes): string | undefined {
  if (sizes.columnWidth === undefined || !Number.isFinite(value)) return undefined;
  const room = (sizes.columnWidth - PADDING) / ((sizes.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE);
  const digits = wholeDigits(value);
  const scientific = SHORTEST_SCIENTIFIC + (value < 0 ? 1 : 0);
  if (digits <= room || scientific > room) return undefined;
  const [mantissa, exponent] = value.toExponential(0).split("e") as [string, string];
  return `${mantissa}E${exponent[0]}${exponent.slice(1).padStart(2, "0")}`;
}

/**
 * What a reader reports of a number in General: its column's width and its font's size where they
 * show it rounded (`generalRounded`), none for the cells whose digits fit (nearly all).
 */
export function reportedGeneralRoom(value: number, sizes: CellSizes): CellSizes | undefined {
  if (generalRounded(value, sizes) === undefined) return undefined;
  return {
    columnWidth: sizes.columnWidth!,
    ...(sizes.fontSize !== undefined ? { fontSize: sizes.fontSize } : {}),
  };
}
