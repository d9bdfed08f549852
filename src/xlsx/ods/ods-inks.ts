import type { Ink } from "../../core/grid/grid";
import { AUTO_TEXT, NO_FILL, reportedInks } from "../../core/report/legible";
import type { XmlAttributes } from "../xml/xml-stream";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);
const FO_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"]);

/** How far a style's parent chain is followed: past it, its colours cannot be told. */
const MAX_DEPTH = 8;

/** A colour a style sets, "RRGGBB"; null where it sets one that cannot be told (not an ODF `#rrggbb`). */
type Colour = string | null;

/** The colours a cell style sets itself, each absent where it leaves it to the style it is based on. */
export interface CellColours {
  text?: Colour;
  background?: Colour;
}

/** A cell style as its colours are followed: what it sets, its parent, the styles its `style:map`s apply. */
interface ColouredStyle extends CellColours {
  readonly parent: string | undefined;
  readonly maps: readonly string[];
}

/** An ODF colour (`#rrggbb`, or a background's `transparent`, which shows the sheet's white). */
function colourOf(value: string): Colour {
  if (value === "transparent") return NO_FILL;
  return /^#[0-9a-f]{6}$/i.test(value) ? value.slice(1).toUpperCase() : null;
}

/**
 * Takes into `colours` what a style's `text-properties` (its font's colour, or the window's text colour)
 * or `table-cell-properties` (its background) set.
 */
export function takeColours(colours: CellColours, name: string, attributes: XmlAttributes): void {
  if (name === "text-properties") {
    const colour = attributes.get("color", FO_NS);
    if (attributes.get("use-window-font-color", STYLE_NS) === "true") colours.text = AUTO_TEXT;
    else if (colour !== undefined) colours.text = colourOf(colour);
  } else if (name === "table-cell-properties") {
    const background = attributes.get("background-color", FO_NS);
    if (background !== undefined) colours.background = colourOf(background);
  }
}

/**
 * The inks a cell's text is written in, other than black on white, from its document's cell styles and
 * its default cell style (see `OdsDataStyles.inks`). A style's colours are worked out once per document;
 * a name defined twice gives each definition's.
 */
export function odsInks(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
): (own: readonly string[], applied: readonly string[]) => readonly Ink[] {
  const known = new Map<string, readonly (Colour | undefined)[]>();
  /** The colours a style or those it is based on may set (undefined: none sets one). */
  const setIn = (name: string, part: keyof CellColours, depth: number): readonly (Colour | undefined)[] => {
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
  const ownColours = (name: string, part: keyof CellColours) =>
    setIn(name, part, 0).map((colour) => (colour === undefined ? fallback[part] : colour));
  const combined = (texts: readonly Colour[], backgrounds: readonly Colour[]): Ink[] =>
    texts.flatMap((text) =>
      backgrounds.flatMap((background) =>
        text !== null && background !== null ? [{ text, background }] : [],
      ),
    );
  return (own, applied) =>
    reportedInks(
      own.flatMap((name) => {
        const [texts, backgrounds] = [ownColours(name, "text"), ownColours(name, "background")];
        const over = (part: keyof CellColours, layer: string, under: readonly Colour[]) =>
          setIn(layer, part, 0).flatMap((colour) => (colour === undefined ? under : [colour]));
        const layers = [...applied, ...(styles.get(name) ?? []).flatMap((style) => style.maps)];
        return [
          ...combined(texts, backgrounds),
          ...layers.flatMap((layer) =>
            combined(over("text", layer, texts), over("background", layer, backgrounds)),
          ),
        ];
      }),
    );
}
