import type { Ink } from "../../../core/grid/grid";
import { contentValue, type RuleCondition } from "../../../core/report/rule-conditions";
import { AUTO_TEXT, NO_FILL, reportedInks, SCRIPT_SIZE } from "../../../core/report/legible";
import type { XmlAttributes } from "../../xml/xml-stream";
import { FO_NS, points, STYLE_NS } from "./odf-units";
import { MAX_CHAIN } from "./ods-style-parents";

/** How far a style's chain of parents is followed (as `OdsStyleParents` links them): past it, refused. */
const MAX_DEPTH = MAX_CHAIN + 1;

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
  /**
   * Whether its font strikes its text through: `style:text-line-through-style` or `-type` ("none" says not),
   * or a character (`style:text-line-through-text`, "X" or "/"), which LibreOffice draws over every digit
   * whatever the line's style says (red team, round 14).
   */
  struck?: boolean;
  /**
   * Whether a diagonal border of its cell (`style:diagonal-bl-tr`, `-tl-br`) is drawn over its text: a
   * figure crossed out (red team, round 46).
   */
  crossed?: boolean;
  /** Whether its font is bold (`fo:font-weight` bold, or 600 and over). */
  bold?: boolean;
}

/**
 * A text style a cell's span names: its colours, size, strike and font, and the part of its size it is
 * drawn at, raised, lowered or squeezed (see `textScale`), which LibreOffice draws for a span, never for a
 * whole cell.
 */
export interface TextStyleLook extends CellColours {
  scale?: number;
  /** How far its letters are set apart (points; negative: closer). */
  spacing?: number;
  /** Its font's family, where it gives one. */
  font?: string;
}

type ColourPart = "text" | "background";

/**
 * A cell style as its colours are followed: what it sets, its parent as LibreOffice links it
 * (`OdsStyleParents`), the styles its `style:map`s apply.
 */
export interface ColouredStyle extends CellColours {
  readonly parent: string | undefined;
  readonly maps: readonly MappedStyle[];
}

/**
 * A cell's own cell styles (any it may have), those conditional formats of LibreOffice's own may apply over
 * them (`applied`), and whether its own styles' `style:map`s apply (`mapped`; LibreOffice ignores them in a
 * sheet once it has read a conditional format of its own there or in a sheet before it).
 */
export interface CellLayers {
  readonly own: readonly string[];
  readonly applied: readonly string[];
  readonly mapped: boolean;
}

/** A style a cell style's `style:map` applies, and where its condition is read, whether it may hold. */
export interface MappedStyle {
  readonly style: string;
  readonly holds?: RuleCondition | undefined;
}

/** An ODF colour (`#rrggbb`, or a background's `transparent`, which shows the sheet's white). */
export function colourOf(value: string): Colour {
  if (value === "transparent") return NO_FILL;
  return /^#[0-9a-f]{6}$/i.test(value) ? value.slice(1).toUpperCase() : null;
}

/** A raise (per cent of the font's height) that lifts a span out of its line. */
const MOST_RAISE = 100;

/**
 * How far a text style sets its letters apart (`fo:letter-spacing`, points; negative draws them closer),
 * where it gives a length.
 */
export function letterSpacing(attributes: XmlAttributes): number | undefined {
  const given = attributes.get("letter-spacing", FO_NS);
  const sign = given?.trim().startsWith("-") ? -1 : 1;
  const length = points(given?.trim().replace(/^[-+]/, ""));
  return length === undefined ? undefined : sign * length;
}

/**
 * The part of its size a text is drawn at, where a text style shrinks it (none, raised out of its line):
 * raised or lowered (`style:text-position`: "super 58%", "-33% 58%", a bare "super" at LibreOffice's
 * 58 %, "0% 5%" at 5 % not raised: red team, round 18), or squeezed (`style:text-scale`, its width: "1%"
 * draws a line).
 */
export function textScale(attributes: XmlAttributes): number | undefined {
  const position = /^\s*(super|sub|-?[\d.]+%)(?:\s+([\d.]+)%)?\s*$/.exec(
    attributes.get("text-position", STYLE_NS) ?? "",
  );
  // Raised by its whole height or more, a span is drawn above its line, out of its cell (round 19: 900%);
  // LibreOffice draws one lowered by 900 % in its cell still.
  if (position && parseFloat(position[1]!) >= MOST_RAISE) return 0;
  const raised =
    position?.[2] !== undefined
      ? Number(position[2]) / 100
      : position && position[1] !== "0%"
        ? SCRIPT_SIZE
        : 1;
  const width = /^\s*([\d.]+)%\s*$/.exec(attributes.get("text-scale", STYLE_NS) ?? "");
  const squeezed = width ? Math.min(1, Number(width[1]) / 100) : 1;
  return raised * squeezed === 1 ? undefined : raised * squeezed;
}

/** The least font weight drawn bold (CSS's and ODF's semibold). */
const BOLD_WEIGHT = 600;

/** A cell's diagonal borders, each a border ("0.74pt solid #000000") or "none". */
const DIAGONALS = ["diagonal-bl-tr", "diagonal-tl-br"];
/** A border that draws no line. */
const NO_LINE = /^$|\b(none|hidden)\b/i;

/**
 * Takes into `colours` what a style's `text-properties` (its font's size and colour, or the window's text colour)
 * or `table-cell-properties` (its background) set.
 */
export function takeColours(colours: CellColours, name: string, attributes: XmlAttributes): void {
  if (name === "text-properties") {
    const given = attributes.get("font-size", FO_NS);
    // LibreOffice reads a font's size as a number, "+1pt" as 1 pt (round 50); a row's height not so.
    const size = points(given?.trim().replace(/^\+/, ""));
    if (size !== undefined) colours.fontSize = size;
    // A size below nothing is drawn by LibreOffice as a dot (red team, round 15: "-11pt").
    else if (given !== undefined && /^\s*-/.test(given)) colours.fontSize = 0;
    // LibreOffice keeps one strike: any character sets it (a space too), else the line's style or its type
    // does, either alone (it writes a struck run's span with a type of "single" and no style).
    const lines = [
      attributes.get("text-line-through-style", STYLE_NS),
      attributes.get("text-line-through-type", STYLE_NS),
    ]
      .map((line) => line?.trim() ?? "")
      .filter((line) => line !== "");
    if (attributes.get("text-line-through-text", STYLE_NS)) colours.struck = true;
    else if (lines.length > 0) colours.struck = lines.some((line) => line !== "none");
    const weight = attributes.get("font-weight", FO_NS)?.trim();
    if (weight !== undefined) colours.bold = weight === "bold" || Number(weight) >= BOLD_WEIGHT;
    const colour = attributes.get("color", FO_NS);
    if (attributes.get("use-window-font-color", STYLE_NS) === "true") colours.text = AUTO_TEXT;
    else if (colour !== undefined) colours.text = colourOf(colour);
  } else if (name === "table-cell-properties") {
    const background = attributes.get("background-color", FO_NS);
    if (background !== undefined) colours.background = colourOf(background);
    const diagonals = DIAGONALS.flatMap((side) => attributes.get(side, STYLE_NS)?.trim() ?? []);
    if (diagonals.length > 0) colours.crossed = diagonals.some((border) => !NO_LINE.test(border));
  }
}

/** How a cell's inks are told: black on white too (`plainToo`), only as the styles `applied` draw it. */
export interface InkOptions {
  readonly plainToo?: boolean;
  readonly appliedOnly?: boolean;
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
): (layers: CellLayers, content: number | string, options?: InkOptions) => readonly Ink[] {
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
  return ({ own, applied, mapped }, content, { plainToo = false, appliedOnly = false } = {}) =>
    (plainToo ? (inks: Ink[]) => inks : reportedInks)(
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
        const value = contentValue(content);
        const layers =
          appliedOnly || !mapped
            ? applied
            : [
                ...applied,
                ...(styles.get(name) ?? []).flatMap((style) =>
                  style.maps.flatMap(({ style: mapped, holds }) => (!holds || holds(value) ? [mapped] : [])),
                ),
              ];
        return [
          ...(appliedOnly ? [] : combined(written(ownFormat, texts), backgrounds)),
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
 * What each of a cell's styles sets of one property (`pick`): its own, else the one it is based on sets,
 * else the default cell style's. A chain that loops or runs past MAX_DEPTH gives none that can be told
 * (null). Each style's values are worked out once: a name defined many times costs its definitions, not
 * their paths.
 */
function alongChains<T>(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  pick: (style: CellColours) => T | undefined,
  fallback: T | null,
): (own: readonly string[]) => T[] {
  const known = new Map<string, readonly (T | null)[]>();
  const valuesOf = (name: string, depth: number): readonly (T | null)[] => {
    const found = known.get(name);
    if (found) return found;
    if (depth > MAX_DEPTH) return [null];
    // A style based on itself, through others, sets a value that cannot be told.
    known.set(name, [null]);
    const defined = styles.get(name) ?? [];
    const values =
      defined.length === 0
        ? [fallback]
        : defined.flatMap((style) => {
            const value = pick(style);
            return value !== undefined
              ? [value]
              : style.parent !== undefined
                ? valuesOf(style.parent, depth + 1)
                : [fallback];
          });
    known.set(name, [...new Set(values)]);
    return known.get(name)!;
  };
  return (own) => own.flatMap((name) => valuesOf(name, 0)).filter((v): v is T => v !== null);
}

/** Whether a cell's styles all write in a bold font (see `alongChains`). */
export function odsBold(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
): (own: readonly string[]) => boolean {
  const weights = alongChains(styles, (style) => style.bold, defaults.bold ?? false);
  return (own) => {
    const found = weights(own);
    return found.length > 0 && found.every((bold) => bold);
  };
}

/** The smallest font size (points) a cell's styles write in (see `alongChains`). */
export function odsFontSize(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
): (own: readonly string[]) => number | undefined {
  const sizes = alongChains(styles, (style) => style.fontSize, defaults.fontSize ?? null);
  return (own) => {
    const found = sizes(own);
    return found.length > 0 ? Math.min(...found) : undefined;
  };
}

/** The styles a cell's conditional formats may apply: `applied`, and its own styles' `style:map`s where they apply. */
function conditionalStyles(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
): (layers: CellLayers) => string[] {
  const mapsOf = (name: string) =>
    (styles.get(name) ?? []).flatMap((style) => style.maps.map(({ style: applied }) => applied));
  return ({ own, applied, mapped }) => (mapped ? [...applied, ...own.flatMap(mapsOf)] : [...applied]);
}

/**
 * The font sizes (points) the styles a cell's conditional formats may apply set (`applied`, and its own
 * styles' `style:map`s; see `alongChains`): a style that sets none leaves the cell's.
 */
export function odsConditionalFontSizes(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
): (layers: CellLayers) => number[] {
  const sizes = alongChains(styles, (style) => style.fontSize, null);
  const conditional = conditionalStyles(styles);
  return (layers) => [...new Set(sizes(conditional(layers)))];
}

/**
 * Whether any of a cell's styles strikes its text through, or crosses it out with a diagonal border (see
 * `alongChains`): its own, and those its conditional formats may apply (`applied`, and its own styles'
 * `style:map`s).
 */
export function odsLinedOver(
  styles: ReadonlyMap<string, readonly ColouredStyle[]>,
  defaults: CellColours,
  line: "struck" | "crossed",
): (layers: CellLayers) => boolean {
  const lined = alongChains(styles, (style) => style[line], defaults[line] ?? null);
  const conditional = conditionalStyles(styles);
  return (layers) => lined([...layers.own, ...conditional(layers)]).includes(true);
}
