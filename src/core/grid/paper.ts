import type { Extent } from "./grid";

const INCH = 72;
const MM = 72 / 25.4;

const inches = (width: number, height: number): Extent => ({ width: width * INCH, height: height * INCH });
const mm = (width: number, height: number): Extent => ({ width: width * MM, height: height * MM });

/** A4, portrait, in points: the paper of every template, and of a sheet that names none. */
export const A4: Extent = mm(210, 297);

/**
 * The papers an .xlsx's `paperSize` and an .xls's SETUP record name by code (ECMA-376 part 1, 18.3.1.63),
 * portrait, in points: the ones a program prints on by that code.
 */
const PAPERS: Readonly<Record<number, Extent>> = {
  1: inches(8.5, 11),
  2: inches(8.5, 11),
  3: inches(11, 17),
  4: inches(17, 11),
  5: inches(8.5, 14),
  6: inches(5.5, 8.5),
  7: inches(7.25, 10.5),
  8: mm(297, 420),
  9: A4,
  10: A4,
  11: mm(148, 210),
  12: mm(257, 364),
  13: mm(182, 257),
  14: inches(8.5, 13),
  15: mm(215, 275),
  16: inches(10, 14),
  17: inches(11, 17),
  18: inches(8.5, 11),
  19: inches(3.875, 8.875),
  20: inches(4.125, 9.5),
  21: inches(4.5, 10.375),
  22: inches(4.75, 11),
  23: inches(5, 11.5),
  24: inches(17, 22),
  25: inches(22, 34),
  26: inches(34, 44),
  27: mm(110, 220),
  28: mm(162, 229),
  29: mm(324, 458),
  30: mm(229, 324),
  31: mm(114, 162),
  32: mm(114, 229),
  33: mm(250, 353),
  34: mm(176, 250),
  35: mm(176, 125),
  36: mm(110, 230),
  37: inches(3.875, 7.5),
  38: inches(3.625, 6.5),
  39: inches(14.875, 11),
  40: inches(8.5, 12),
  41: inches(8.5, 13),
  66: mm(420, 594),
  70: mm(105, 148),
};

/** The paper a code names, portrait, where it is one of those known. */
export const paperOfCode = (code: number): Extent | undefined =>
  Object.prototype.hasOwnProperty.call(PAPERS, code) ? PAPERS[code] : undefined;

/** A paper turned as it prints: landscape lies wider than tall, portrait taller than wide. */
export function turned(paper: Extent, landscape: boolean): Extent {
  const [short, long] = [Math.min(paper.width, paper.height), Math.max(paper.width, paper.height)];
  return landscape ? { width: long, height: short } : { width: short, height: long };
}

const UNITS: Readonly<Record<string, number>> = { mm: MM, cm: 10 * MM, in: INCH, pt: 1, pc: 12, pi: 12 };

/**
 * A length as an .xlsx's `paperWidth` or an .ods's `fo:page-width` writes it ("210mm", "8.2681in"), in
 * points; undefined where it is none of those.
 */
export function lengthPoints(text: string | undefined): number | undefined {
  const m = text === undefined ? null : /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(mm|cm|in|pt|pc|pi)\s*$/i.exec(text);
  return m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : undefined;
}
