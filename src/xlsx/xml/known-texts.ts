/**
 * Texts already read, as written and as delivered: every report of a template repeats its headings,
 * labels and formulas, written by openpyxl with a character reference for each letter outside ASCII, and
 * decoding them was a tenth of reading a report. A text met again, the very same characters, was checked
 * and decoded when it was first met and is delivered as it was then, unscanned. Only texts of `SHORTEST`
 * to `LONGEST` characters, in `SLOTS` slots, each the last text whose characters hash to it: the table
 * holds a few MiB at most, whatever it is sent.
 */
const SLOTS = 4096;
const SHORTEST = 16;
const LONGEST = 512;
const raws: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const reads: string[] = new Array<string>(SLOTS).fill("");
/**
 * The slot of the text that came after each one when it was last met: a template's texts come in the
 * same order in every report, and comparing with the one expected costs less than hashing.
 */
const nexts = new Int32Array(SLOTS).fill(-1);
/** The slot of the text last met, or -1. */
let last = -1;

/** A text's slot, from all its characters: a form's formulas differ from row to row in a digit or two. */
function slotOf(xml: string, start: number, length: number): number {
  let hash = length;
  for (let i = start, end = start + length; i < end; i++)
    hash = (Math.imul(hash, 31) + xml.charCodeAt(i)) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x9e3779b1);
  return (hash ^ (hash >>> 15)) & (SLOTS - 1);
}

/** Whether the slot holds the text from `start` to `end` (a slice compared whole: faster than startsWith). */
const holds = (slot: number, xml: string, start: number, end: number) => {
  const raw = raws[slot];
  return raw !== undefined && raw.length === end - start && xml.slice(start, end) === raw;
};

const met = (slot: number) => {
  if (last >= 0) nexts[last] = slot;
  last = slot;
  return reads[slot];
};

/** The text from `start` to `end` as delivered when it was read before, if it was and is still known. */
export function knownText(xml: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length < SHORTEST || length > LONGEST) return undefined;
  const expected = last < 0 ? -1 : nexts[last]!;
  if (expected >= 0 && holds(expected, xml, start, end)) return met(expected);
  const slot = slotOf(xml, start, length);
  return holds(slot, xml, start, end) ? met(slot) : undefined;
}

/**
 * A string of its own, flat, holding no slice of the part it came from (which it would keep alive): V8
 * copies a joined string's characters into one before it takes a slice of it, or a number from it.
 */
const ownCopy = (text: string) => `${text} `.slice(0, -1);
const flattened = (text: string) => {
  // ToNumber flattens the joined pieces `decodeText` returns.
  void (+text | 0);
  return text;
};

/**
 * Keeps a text read inside the root, checked, as written and, where references or line ends made it
 * another, as `decoded`.
 */
export function rememberText(xml: string, start: number, end: number, decoded: string | undefined): void {
  const length = end - start;
  if (length < SHORTEST || length > LONGEST) return;
  const slot = slotOf(xml, start, length);
  const raw = ownCopy(xml.slice(start, end));
  raws[slot] = raw;
  reads[slot] = decoded === undefined ? raw : flattened(decoded);
  met(slot);
}
