import type { Ink } from "../../core/grid/grid";
import { AUTO_TEXT, NO_FILL, reportedInks } from "../../core/report/legible";
import type { XmlAttributes } from "../xml/xml-stream";
import { FO_NS, points } from "./ods-visibility";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);

/** How far a style's parent chain is followed: past it, its colours cannot be told. */
const MAX_DEPTH = 8;

/** A colour a style sets, "RRGGBB"; null where it sets one that cannot be told (not an ODF `#rrggbb`). */
export type Colour = string | null;

/**
 * The colours a cell style sets itself, and its font's size (points), each absent where it leaves it to
 * the style it is based on.
 */
export interface CellColours {
  text?: Colour;
  background?: Colour;
  fontSize?: number;
}

type ColourPart = "text" | "background";

/** A cell style as its colours are followed: what it sets, its parent, the styles its `style:map`s apply. */
export interface ColouredStyle extends CellColours {
  readonly parent: string | undefined;
  readonly maps: readonly string[];
}

/** An ODF colour (`#rrggbb`, or a background's `transparent`, which shows the sheet's white). */
function colourOf(value: string): Colour {
  if (value === "transparent") return NO_FILL;
  return /^#[0-9a-f]{6}$/i.test(value) ? value.slice(1).toUpperCase() : null;
}

/**
 * Takes into `colours` what a style's `text-properties` (its font's size and colour, or the window's text colour)
 * or `table-cell-properties` (its background) set.
 */
export function takeColours(colours: CellColours, name: string, attributes: XmlAttributes): void {
  if (name === "text-properties") {
    const size = points(attributes.get("font-size", FO_NS));
    if (size !== undefined) colours.fontSize = size;
    const colour = attributes.get("color", FO_NS);
    if (attributes.get("use-window-font-color", STYLE_NS) === "true") colours.text = AUTO_TEXT;
    else if (colour !== undefined) colours.text = colourOf(colour);
  } else if (name === "table-cell-properties") {
    const background = attributes.get("background-color", FO_NS);
    if (background !== undefined) colours.background = colourOf(background);
  }
}

/**
 * The inks a cell's text is written in, other than black on white, from its document's cell styles, its
 * default cell style and the colours `formatColours` says a cell style's data style writes a content in
 * (none where it names no data style; undefined where it leaves the font's) (see `OdsDataStyles.inks`).
 * A style's colours are worked out once per document; a name defined twice gives each definition's.
 */
export function odsInks(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
  formatColours: (style: string, content: number | string) => readonly (Colour | undefined)[],
): (own: readonly string[], applied: readonly string[], content: number | string) => readonly Ink[] {
  const known = new Map<string, readonly (Colour | undefined)[]>();
  /** The colours a style or those it is based on may set (undefined: none sets one). */
  const setIn = (name: string, part: ColourPart, depth: number): readonly (Colour | undefined)[] => {
    const key = `${part}\u0000${name}`;
    const found = known.get(key);
    if (found) return found;
    if (depth > MAX_DEPTH) return [null];
    // A style based on itself, through others, sets what cannot be told.
    known.set(key, [null]);
    const defined = styles.get(name) ?? [];
    const colours = new Set(
      defined.length === 0
        ? [undefined]
        : defined.flatMap((style) =>
            style[part] !== undefined
              ? [style[part]]
              : style.parent !== undefined
                ? setIn(style.parent, part, depth + 1)
                : [undefined],
          ),
    );
    known.set(key, [...colours]);
    return known.get(key)!;
  };
  const fallback = { text: defaults.text ?? AUTO_TEXT, background: defaults.background ?? NO_FILL };
  const ownColours = (name: string, part: ColourPart) =>
    setIn(name, part, 0).map((colour) => (colour === undefined ? fallback[part] : colour));
  const combined = (texts: readonly Colour[], backgrounds: readonly Colour[]): Ink[] =>
    texts.flatMap((text) =>
      backgrounds.flatMap((background) =>
        text !== null && background !== null ? [{ text, background }] : [],
      ),
    );
  /** The colours a content is written in: its format's where it sets one, else its font's. */
  const written = (format: readonly (Colour | undefined)[], fonts: readonly Colour[]) =>
    format.flatMap((colour) => (colour === undefined ? fonts : [colour]));
  return (own, applied, content) =>
    reportedInks(
      own.flatMap((name) => {
        const [texts, backgrounds] = [ownColours(name, "text"), ownColours(name, "background")];
        const format = formatColours(name, content);
        const ownFormat = format.length > 0 ? format : [undefined];
        const over = (part: ColourPart, layer: string, under: readonly Colour[]) =>
          setIn(layer, part, 0).flatMap((colour) => (colour === undefined ? under : [colour]));
        // A conditional style without a data style of its own keeps the cell's.
        const formatOf = (layer: string) => {
          const layerFormat = formatColours(layer, content);
          return layerFormat.length > 0 ? layerFormat : ownFormat;
        };
        const layers = [...applied, ...(styles.get(name) ?? []).flatMap((style) => style.maps)];
        return [
          ...combined(written(ownFormat, texts), backgrounds),
          ...layers.flatMap((layer) =>
            combined(
              written(formatOf(layer), over("text", layer, texts)),
              over("background", layer, backgrounds),
            ),
          ),
        ];
      }),
    );
}

/**
 * The smallest font size (points) a cell's styles write in: each style's own, else the one it is based
 * on sets, else the default cell style's. A chain that loops or runs past MAX_DEPTH gives none that can
 * be told: that style is left out.
 */
export function odsFontSize(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
): (own: readonly string[]) => number | undefined {
  const fallback = defaults.fontSize ?? null;
  /** Each style's sizes, worked out once: a name defined many times costs its definitions, not their paths. */
  const known = new Map<string, readonly (number | null)[]>();
  const sizesOf = (name: string, depth: number): readonly (number | null)[] => {
    const found = known.get(name);
    if (found) return found;
    if (depth > MAX_DEPTH) return [null];
    // A style based on itself, through others, sets a size that cannot be told.
    known.set(name, [null]);
    const defined = styles.get(name) ?? [];
    const sizes =
      defined.length === 0
        ? [fallback]
        : defined.flatMap((style) =>
            style.fontSize !== undefined
              ? [style.fontSize]
              : style.parent !== undefined
                ? sizesOf(style.parent, depth + 1)
                : [fallback],
          );
    known.set(name, [...new Set(sizes)]);
    return known.get(name)!;
  };
  return (own) => {
    const sizes = own.flatMap((name) => sizesOf(name, 0)).filter((s): s is number => s !== null);
    return sizes.length > 0 ? Math.min(...sizes) : undefined;
  };
}
