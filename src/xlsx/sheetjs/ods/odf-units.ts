/** XSL-FO's namespace, in which ODF styles give colours, sizes, alignments and margins. */
export const FO_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"]);
export const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);
export const SVG_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"]);
export const OFFICE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:office:1.0"]);
export const TABLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:table:1.0"]);

/** Points in one of each length unit ODF writes. */
const POINTS: Readonly<Record<string, number>> = {
  pt: 1,
  pc: 12,
  in: 72,
  cm: 72 / 2.54,
  mm: 72 / 25.4,
  px: 0.75,
};

/**
 * An ODF length ("0.2083in", "0.05cm") in points; undefined for none or another kind. The unit in any
 * case, as LibreOffice reads it: "1PT" is a font of 1 pt, "0.01IN" a row 0.72 pt high (red team, round 50).
 */
export function points(length: string | undefined): number | undefined {
  const match = /^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?\d+)?)\s*(pt|pc|in|cm|mm|px)\s*$/i.exec(length ?? "");
  return match ? Number(match[1]) * POINTS[match[2]!.toLowerCase()]! : undefined;
}

/** A length that may be below zero (a margin), in points: `points` of its magnitude, signed. */
export function signedPoints(length: string | undefined): number | undefined {
  const sign = /^\s*([-+])/.exec(length ?? "")?.[1];
  const magnitude = points(sign ? length!.trim().slice(1) : length);
  return magnitude === undefined ? undefined : sign === "-" ? -magnitude : magnitude;
}
