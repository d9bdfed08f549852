import { quoteSheet } from "../grid/a1";
import { shown } from "../text/text";

/** Equal but for floating-point noise: a result as a program caches it against the same result computed. */
export const sameFigure = (computed: number, held: number) =>
  Math.abs(computed - held) <= 1e-9 * Math.max(1, Math.abs(computed));

/** Text from a received file, cut short so a hostile file cannot flood messages and sheets. */
const QUOTED_MAX = 80;
export const quoted = (text: string) => shown(text, QUOTED_MAX);

/** A formula as compared with the one expected: references to its own sheet, "$", spaces and case aside. */
export const normalizeFormula = (formula: string, sheet: string) =>
  formula
    .replace(/^=/, "")
    .split(`${quoteSheet(sheet)}!`)
    .join("")
    .replace(/[\s$]/g, "")
    .toUpperCase();
