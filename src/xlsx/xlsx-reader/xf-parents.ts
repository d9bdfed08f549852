import type { XmlAttributes } from "../xml/xml-stream";

/** A style part's value as an xf gives it (`of`, that of no xf where it has none) and when two draw alike. */
export interface XfPart<T> {
  /** The xf's `apply…` attribute for the part. */
  readonly flag: string;
  /** Whether the xf gives the part itself (an id; an alignment always has one, General by default). */
  readonly given: (xf: XmlAttributes) => boolean;
  readonly of: (xf: XmlAttributes | undefined) => T;
  /** Whether two values draw alike: ids by their number, fills and alignments by what they hold. */
  readonly same: (a: T, b: T) => boolean;
}

/** The styles part's cell styles: `cellStyleXfs`, those a named `cellStyle` names, and Normal's. */
export interface StyleXfs {
  readonly parents: readonly XmlAttributes[];
  readonly named: ReadonlySet<number>;
  readonly normal: number;
}

const isOn = (value: string | undefined) => value === "1" || value === "true";
const isOff = (value: string | undefined) => value === "0" || value === "false";

/**
 * The value of a part LibreOffice (7.4) draws a cell xf with, where Excel draws the xf's own. It takes the
 * xf's own where its `apply…` flag is on, where the style it is based on (its `xfId` in `cellStyleXfs`)
 * turns the part off, or where the two differ; otherwise, and where the xf gives none, the part of the
 * cell style it draws the cell in: the based-on style where a `cellStyle` names it, else its Default
 * style, made of Normal's (red team, round 37: an xf giving the same ids as an unnamed style it was based
 * on drew its figures in Normal's white font, thousands format or fill alignment, read as ready). An
 * absent flag counts as off: LibreOffice reads it so for fonts and alignments.
 */
export function drawnByLibreOffice<T>(
  xf: XmlAttributes,
  parentIndex: number,
  styles: StyleXfs,
  part: XfPart<T>,
): T {
  const parent = styles.parents[parentIndex];
  const sheet = parent && styles.named.has(parentIndex) ? parent : styles.parents[styles.normal];
  if (!part.given(xf)) return part.of(sheet);
  const own = part.of(xf);
  if (isOn(xf.get(part.flag)?.trim())) return own;
  if (parent && (isOff(parent.get(part.flag)?.trim()) || !part.same(own, part.of(parent)))) return own;
  return part.of(sheet);
}
