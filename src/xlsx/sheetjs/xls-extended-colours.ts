import type { StyleColour } from "../colours/colours";
import { dword, word } from "./xls-records";

/** A palette index (icv), or an extended colour (an RGB, a theme colour with its tint). */
export type XlsColour = number | StyleColour;

/** A font's automatic colour (icv 0x7FFF): the system's window text. */
export const AUTO_ICV = 0x7fff;

/** The colours a list of extensions sets: its text's, its fill's fore and back colours. */
export type ExtensionColours = Partial<Record<"text" | "fore" | "back", XlsColour>>;

/**
 * A list of extensions (XFExtNoFRT, MS-XLS 2.5.283, in a CFEx's DXFN12; and the same after an XFEXT's
 * header, 2.4.355): three reserved words (an XFEXT's second is the XF it extends), the count, then each
 * ExtProp (its type, its size with this header, its data). The colours among them (FullColorExt, 2.5.155):
 * the cell's fore and back colours, its font's, and a gradient fill, which is not read.
 */
const EXTENSIONS = 8;
const EXT_HEADER = 4;
const EXT_GRADIENT = 0x06;
const COLOUR_EXTENSIONS: ReadonlyMap<number, keyof ExtensionColours> = new Map([
  [0x04, "fore"],
  [0x05, "back"],
  [0x0d, "text"],
]);
/** FullColorExt's xclrType (2.5.285): automatic, a palette index, an RGB, a theme colour, none. */
const [AUTO_COLOUR, INDEXED_COLOUR, RGB_COLOUR, THEME_COLOUR, NO_COLOUR] = [0, 1, 2, 3, 4];
const FULL_COLOUR_LENGTH = 8;
/**
 * nTintShade: MS-XLS says only that below 0 darkens and above lightens; taken, as an .xlsx's tint, as a
 * fraction of its largest, 32,767.
 */
const TINT_SCALE = 32_767;

/** A FullColorExt as a colour; undefined for none, "unreadable" for a type MS-XLS does not define. */
function fullColour(body: Uint8Array, at: number): XlsColour | undefined | "unreadable" {
  const type = word(body, at);
  const tintShade = (word(body, at + 2) << 16) >> 16;
  const value = dword(body, at + 4);
  const tint = tintShade === 0 ? {} : { tint: tintShade / TINT_SCALE };
  if (type === AUTO_COLOUR) return AUTO_ICV;
  if (type === INDEXED_COLOUR) return value;
  // A ColorTheme (2.5.49) counts Dark 1, Light 1, Dark 2, Light 2 first; a palette, as Excel's styles
  // index a theme, Light 1 before Dark 1 and Light 2 before Dark 2.
  if (type === THEME_COLOUR) return { theme: value < 4 ? value ^ 1 : value, ...tint };
  if (type === NO_COLOUR) return undefined;
  if (type !== RGB_COLOUR) return "unreadable";
  // A LongRGBA: red, green, blue, then a byte of no colour.
  const rgb = [0, 1, 2].map((i) => body[at + 4 + i]!.toString(16).padStart(2, "0")).join("");
  return { rgb: rgb.toUpperCase(), ...tint };
}

/**
 * The colours a list of extensions (from `start` to `end`) sets for a cell's text and fill;
 * "unreadable" where they are cut short, a colour is of no known type, or a gradient fills the cell.
 */
export function extensionColours(
  body: Uint8Array,
  start: number,
  end: number,
): ExtensionColours | "unreadable" {
  if (start + EXTENSIONS > end) return "unreadable";
  const colours: ExtensionColours = {};
  let at = start + EXTENSIONS;
  for (let count = word(body, start + 6); count > 0; count--) {
    if (at + EXT_HEADER > end) return "unreadable";
    const [type, size] = [word(body, at), word(body, at + 2)];
    if (size < EXT_HEADER || at + size > end) return "unreadable";
    if (type === EXT_GRADIENT) return "unreadable";
    const kind = COLOUR_EXTENSIONS.get(type);
    if (kind !== undefined) {
      if (size < EXT_HEADER + FULL_COLOUR_LENGTH) return "unreadable";
      const colour = fullColour(body, at + EXT_HEADER);
      if (colour === "unreadable") return colour;
      if (colour !== undefined) colours[kind] = colour;
    }
    at += size;
  }
  return colours;
}

/**
 * Whether a colour is one of a theme's first four, which Excel may count as MS-XLS's ColorTheme does
 * (Dark 1 first) or as its .xlsx styles do (Light 1 first): not known here, and Excel writes the palette
 * colour nearest to it beside it.
 */
export const isAmbiguousTheme = (colour: XlsColour | undefined) =>
  typeof colour === "object" && colour.theme !== undefined && colour.theme < 4;
