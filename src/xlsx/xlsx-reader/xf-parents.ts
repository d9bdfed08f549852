import type { XmlAttributes } from "../xml/xml-stream";

/** An xf of `cellXfs` or `cellStyleXfs`, one object each (attributes alone may be shared by tags of none). */
export interface WrittenXf {
  readonly attributes: XmlAttributes;
}

/**
 * A style part as an xf writes it: a number format, font or fill by its id (`id`), or an alignment; `of`
 * is the xf's value (that of no xf, or of an xf writing none: id 0, General); `same` says when two draw
 * alike (ids by their number, fills and alignments by what they hold).
 */
export interface XfPart<T, X extends WrittenXf> {
  readonly id: boolean;
  /** The xf's `apply…` attribute for the part. */
  readonly flag: string;
  /** Whether a cell xf that gives no `apply…` attribute for the part applies it (a number format's). */
  readonly appliedUnsaid?: boolean;
  /** Whether the xf writes the part: an id, an alignment element. */
  readonly written: (xf: X) => boolean;
  readonly of: (xf: X | undefined) => T;
  readonly same: (a: T, b: T) => boolean;
}

/**
 * The styles part's cell styles: `cellStyleXfs`, those a cell style LibreOffice makes a style of names
 * (the last `cellStyle` naming each: of a name, or built in), and those a built-in Normal names.
 */
export interface StyleXfs<X extends WrittenXf> {
  readonly parents: readonly X[];
  readonly named: ReadonlySet<number>;
  readonly normals: readonly number[];
}

const flagged = (xf: WrittenXf, flag: string, values: readonly string[]) =>
  values.includes(xf.attributes.get(flag)?.trim() ?? "");
const isOn = (xf: WrittenXf, flag: string) => flagged(xf, flag, ["1", "true"]);
const isOff = (xf: WrittenXf, flag: string) => flagged(xf, flag, ["0", "false"]);

/**
 * The values of a part LibreOffice (7.4) may draw a cell xf with, where Excel draws the xf's own (red team,
 * rounds 37 and 38: figures drawn in another style's white font, thousands format, fill alignment or
 * black fill were read as ready). It takes the xf's own where its `apply…` flag is on, where it writes an
 * alignment, where the style it is based on (its `xfId` in `cellStyleXfs`) turns the part off, writes no
 * such id or holds another; otherwise, and where the xf writes no id, the cell style's: the based-on
 * style's where LibreOffice made a style of it and it holds the part (an id it writes, an alignment, not
 * turned off), else the Default style's, which each built-in Normal may write (LibreOffice's own defaults
 * where there is none). An absent flag counts as off: LibreOffice reads it so for fonts and alignments;
 * for a number format as on (red team, round 55: a cell xf based on an unnamed style, its flag absent,
 * was drawn in its own format, not Normal's; said "0", in Normal's).
 */
export function drawnByLibreOffice<T, X extends WrittenXf>(
  xf: X,
  parentIndex: number,
  styles: StyleXfs<X>,
  part: XfPart<T, X>,
): T[] {
  const parent = styles.parents[parentIndex];
  const holds = (style: X | undefined): style is X =>
    style !== undefined && (!part.id || part.written(style)) && !isOff(style, part.flag);
  const defaults = () => {
    const normals = styles.normals.map((index) => styles.parents[index]);
    return normals.length === 0
      ? [part.of(undefined)]
      : normals.map((n) => part.of(holds(n) ? n : undefined));
  };
  const sheet = () =>
    parent !== undefined && styles.named.has(parentIndex) && holds(parent) ? [part.of(parent)] : defaults();
  if (part.id && !part.written(xf)) return sheet();
  const own = part.of(xf);
  const applied =
    isOn(xf, part.flag) || (part.appliedUnsaid === true && xf.attributes.get(part.flag) === undefined);
  if (applied || (!part.id && part.written(xf) && !isOff(xf, part.flag))) return [own];
  if (!parent) return sheet();
  const differs =
    isOff(parent, part.flag) || (part.id && !part.written(parent)) || !part.same(own, part.of(parent));
  return differs ? [own] : sheet();
}
