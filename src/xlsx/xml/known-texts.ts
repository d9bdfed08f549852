import { KnownParts, ownCopy } from "./known-parts";

/**
 * Texts already read (see `KnownParts`): openpyxl writes a character reference for each letter outside
 * ASCII, and decoding a template's texts again in every report was a tenth of reading one. Only texts of
 * `SHORTEST` characters or more: a figure is read faster than it is looked up.
 */
const SHORTEST = 16;
/**
 * A form's distinct texts: some 2,100 in the four forms and the check sheet, 135,000 characters. Held as
 * written and as read, a character at most two bytes each: 4 MiB at most. Each slot keeps one text: in
 * 4,096 of them, one text in twenty met in a report had lost its slot to another (measured, the bench's
 * reports) and was decoded again, and its keys looked up as a new string; in 16,384, one in fifty.
 */
const texts = new KnownParts<string>(16_384, 512, 1 << 20);

/** The text from `start` to `end` as delivered when it was read before, if it was and is still known. */
export function knownText(xml: string, start: number, end: number): string | undefined {
  if (end - start < SHORTEST) return undefined;
  let slot = texts.expected(xml, start);
  if (slot < 0 || texts.knownLength(slot) !== end - start) slot = texts.find(xml, start, end);
  return slot < 0 ? undefined : texts.met(slot);
}

const flattened = (text: string) => {
  // ToNumber flattens the joined pieces `decodeText` returns, which hold slices of the part.
  void (+text | 0);
  return text;
};

/**
 * Keeps a text read inside the root, checked, as written and, where references or line ends made it
 * another, as `decoded`.
 */
export function rememberText(xml: string, start: number, end: number, decoded: string | undefined): void {
  if (end - start < SHORTEST) return;
  texts.remember(
    xml,
    start,
    end,
    decoded === undefined ? ownCopy(xml.slice(start, end)) : flattened(decoded),
  );
}
