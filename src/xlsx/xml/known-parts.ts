/**
 * Pieces of XML already read, as written and as read: every report of a template repeats its headings,
 * labels and formulas. A piece met again, the very same characters, was checked when it was first met and
 * is taken as it was read then, unscanned. Each slot keeps the last piece whose characters hash to it, and
 * a table keeps pieces of a bounded length and, together, of a bounded number of characters: a few MiB at
 * most, whatever it is sent.
 */

/** A piece's slot, from all its characters: a form's formulas differ from row to row in a digit or two. */
function slotOf(xml: string, start: number, end: number, slots: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + xml.charCodeAt(i)) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x9e3779b1);
  return (hash ^ (hash >>> 15)) & (slots - 1);
}

/**
 * A string of its own, flat, holding no slice of the part it came from (which it would keep alive): V8
 * copies a joined string's characters into one before it takes a slice of it.
 */
export const ownCopy = (text: string) => (text.length < 13 ? text : `${text} `.slice(0, -1));

export class KnownParts<T> {
  private readonly raws: (string | undefined)[];
  private readonly reads: (T | undefined)[];
  /**
   * The slot of the piece that came after each one when it was last met: a template's pieces come in the
   * same order in every report, and comparing with the one expected costs less than hashing.
   */
  private readonly nexts: Int32Array;
  /** The slot of the piece last met, or -1. */
  private last = -1;
  /** The characters of the pieces kept, against `most`. */
  private held = 0;

  /**
   * `slots`: a power of 2; `longest`: the most characters of a piece kept; `most`: of all of them (once
   * that many are kept, a piece replaces only one at least as long).
   */
  constructor(
    private readonly slots: number,
    private readonly longest: number,
    private readonly most: number,
  ) {
    this.raws = new Array<string | undefined>(slots).fill(undefined);
    this.reads = new Array<T | undefined>(slots).fill(undefined);
    this.nexts = new Int32Array(slots).fill(-1);
  }

  /**
   * The piece expected next, if it is the one written at `start` (its length: `knownLength`), or -1. A
   * slice compared whole costs less than startsWith.
   */
  expected(xml: string, start: number): number {
    const slot = this.last < 0 ? -1 : this.nexts[this.last]!;
    if (slot < 0) return -1;
    const raw = this.raws[slot]!;
    return xml.slice(start, start + raw.length) === raw ? slot : -1;
  }

  /** The slot of the piece from `start` to `end`, if it is known, or -1. */
  find(xml: string, start: number, end: number): number {
    if (end - start > this.longest) return -1;
    const slot = slotOf(xml, start, end, this.slots);
    const raw = this.raws[slot];
    return raw !== undefined && raw.length === end - start && xml.slice(start, end) === raw ? slot : -1;
  }

  knownLength(slot: number): number {
    return this.raws[slot]!.length;
  }

  /** What the piece in `slot` was read as; it is now the last met. */
  met(slot: number): T {
    if (this.last >= 0) this.nexts[this.last] = slot;
    this.last = slot;
    return this.reads[slot]!;
  }

  /** Keeps the piece from `start` to `end`, checked, and what it was read as. */
  remember(xml: string, start: number, end: number, read: T): void {
    if (end - start > this.longest) return;
    const slot = slotOf(xml, start, end, this.slots);
    const held = this.held + end - start - (this.raws[slot]?.length ?? 0);
    if (held > this.most) return;
    this.held = held;
    this.raws[slot] = ownCopy(xml.slice(start, end));
    this.reads[slot] = read;
    this.met(slot);
  }
}
