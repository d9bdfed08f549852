/**
 * What XML makes of the characters between markup: line ends normalized, the five predefined entities
 * and character references replaced, attribute whitespace folded to spaces (XML 1.0 §2.11, §4.6, §3.3.3).
 * Anything else an XML parser would refuse is refused here, so no two readers can see different text.
 */

/** The longest reference worth reading: `&#x10FFFF;` and no name of the five is longer. */
const LONGEST_REFERENCE = 10;

export const malformed = (what: string, at: number): never => {
  throw new Error(`malformed XML: ${what} at ${at}`);
};

/**
 * Whether XML 1.0 forbids the character `c` (a UTF-16 unit of a decoded part) anywhere in a document. No
 * lone surrogate can be among them: a part's text comes from decoding UTF-8, which gives U+FFFD for every
 * byte that encodes none.
 */
export const forbidden = (c: number) =>
  (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;

/** Refuses text holding a character no XML parser accepts (Excel reports such a file as damaged). */
export function checkCharacters(xml: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (forbidden(c)) malformed(`character U+${c.toString(16).toUpperCase()}`, i);
  }
}

const allowedReference = (code: number) =>
  code === 9 ||
  code === 10 ||
  code === 13 ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** The five entities XML predefines, each with the text it stands for. */
const PREDEFINED: readonly (readonly [name: string, text: string])[] = [
  ["lt;", "<"],
  ["gt;", ">"],
  ["amp;", "&"],
  ["apos;", "'"],
  ["quot;", '"'],
];

/**
 * Where the reference `reference` read last ends: set there rather than returned with the text, since a
 * part written by openpyxl holds a character reference for every letter outside ASCII.
 */
let referenceEnd = 0;

function characterReference(xml: string, at: number, end: number): string {
  const hex = xml.charCodeAt(at + 2) === 120; /* x */
  let code = 0;
  let i = at + (hex ? 3 : 2);
  const first = i;
  for (; i < end && i - at <= LONGEST_REFERENCE; i++) {
    const c = xml.charCodeAt(i);
    const digit =
      c >= 48 && c <= 57
        ? c - 48
        : hex && c >= 97 && c <= 102
          ? c - 87
          : hex && c >= 65 && c <= 70
            ? c - 55
            : -1;
    if (digit < 0) break;
    code = code * (hex ? 16 : 10) + digit;
  }
  if (i === first || xml.charCodeAt(i) !== 59 /* ; */ || !allowedReference(code))
    malformed("a character reference that stands for no character", at);
  referenceEnd = i + 1;
  return String.fromCodePoint(code);
}

/** The text of the reference starting with the "&" at `at`; `referenceEnd` is set to where it ends. */
function reference(xml: string, at: number, end: number): string {
  if (xml.charCodeAt(at + 1) === 35 /* # */) return characterReference(xml, at, end);
  for (const [name, text] of PREDEFINED)
    if (xml.startsWith(name, at + 1) && at + name.length < end) {
      referenceEnd = at + 1 + name.length;
      return text;
    }
  return malformed("a bare & or an undeclared entity", at);
}

/** Literal line ends as XML delivers them: CR LF and a lone CR become LF. */
export const lineEnds = (raw: string) => (raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));

/**
 * The text of `xml` from `start` to `end` as an XML parser delivers it: references replaced, line ends
 * joined; `attribute` for an attribute's value, whose literal whitespace becomes spaces (a referenced
 * one stays what it is). Called only for text holding "&" or a line end to fold.
 */
export function decodeText(xml: string, start: number, end: number, attribute: boolean): string {
  let text = "";
  let from = start;
  for (let i = start; i < end; ) {
    const c = xml.charCodeAt(i);
    if (c === 38 /* & */) {
      text += xml.slice(from, i) + reference(xml, i, end);
      i = from = referenceEnd;
    } else if (c === 13 /* CR */) {
      text += xml.slice(from, i) + (attribute ? " " : "\n");
      i += xml.charCodeAt(i + 1) === 10 && i + 1 < end ? 2 : 1;
      from = i;
    } else if (attribute && (c === 9 || c === 10)) {
      text += xml.slice(from, i) + " ";
      from = ++i;
    } else i++;
  }
  return text + xml.slice(from, end);
}

/** Excel writes characters XML cannot carry (a carriage return, say) as "_x000D_". */
export const decodeExcelEscapes = (text: string) =>
  text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * A number as spreadsheet XML writes one, XML's white space around it allowed and no other: LibreOffice
 * reads a no-break, ideographic or zero-width space before the digits as 0 (red team, round 14).
 */
export const XML_NUMBER = /^[ \t\r\n]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[ \t\r\n]*$/;
