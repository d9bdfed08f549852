import { AUTO_TEXT, NO_FILL } from "../../core/report/legible";
import type { XmlAttributes } from "../xml/xml-stream";
import { colourOf, resolveColour, type Palette, type StyleColour } from "../colours/colours";
import { mixed, WHOLE } from "../colours/mixed-colours";

/** A gradient's colour at a point of it, from 0 (its start) to 1. */
interface GradientStop {
  readonly position: number;
  readonly colour: StyleColour;
}

/** A fill, filled in as its colours are read: a pattern's fgColor and bgColor, or a gradient's stops. */
export interface Fill {
  /** The pattern's type, or "gradient" for a `gradientFill`. */
  readonly pattern: string;
  fg?: StyleColour;
  bg?: StyleColour;
  readonly stops?: GradientStop[];
}

const GRADIENT = "gradient";

/**
 * Reads a `fill` element from the elements inside it, each with its depth below the fill: a `patternFill`
 * whose type defaults to `defaultPattern` (a cell's none, a conditional format's solid) or a
 * `gradientFill`.
 */
export class FillReader {
  fill: Fill | undefined;
  private position = 0;

  constructor(private readonly defaultPattern: string) {}

  open(name: string, attributes: XmlAttributes, below: number): void {
    if (below === 1 && name === "patternFill")
      this.fill = { pattern: attributes.get("patternType") ?? this.defaultPattern };
    else if (below === 1 && name === "gradientFill") this.fill = { pattern: GRADIENT, stops: [] };
    else if (below === 2 && this.fill?.stops && name === "stop")
      this.position = Number(attributes.get("position") ?? 0);
    else if (below === 3 && this.fill?.stops && name === "color") this.takeStop(attributes);
    else if (below === 2 && this.fill && (name === "fgColor" || name === "bgColor")) {
      const colour = colourOf(attributes);
      if (colour) this.fill[name === "fgColor" ? "fg" : "bg"] = colour;
    }
  }

  private takeStop(attributes: XmlAttributes): void {
    const colour = colourOf(attributes);
    if (colour && Number.isFinite(this.position)) this.fill!.stops!.push({ position: this.position, colour });
  }
}

/**
 * How much of a pattern's foreground LibreOffice mixes into its background, in 128ths, where it draws a
 * pattern as one colour (its oox import; red team, round 13: `darkGray` of 000000 over 202020 drawn
 * #080808, `lightGray` of F8F8F8 over white #FEFEFE). Excel draws the pattern's dots, which a person
 * reads about as that mix. A pattern it does not know is drawn solid.
 */
const PATTERN_SHARES: ReadonlyMap<string, number> = new Map([
  ["darkDown", 0x40],
  ["darkGray", 0x60],
  ["darkGrid", 0x40],
  ["darkHorizontal", 0x40],
  ["darkTrellis", 0x60],
  ["darkUp", 0x40],
  ["darkVertical", 0x40],
  ["gray0625", 0x08],
  ["gray125", 0x10],
  ["lightDown", 0x20],
  ["lightGray", 0x20],
  ["lightGrid", 0x38],
  ["lightHorizontal", 0x20],
  ["lightTrellis", 0x30],
  ["lightUp", 0x20],
  ["lightVertical", 0x20],
  ["mediumGray", 0x40],
]);
/**
 * The colours a cell's fill may be drawn in (none where one cannot be told). A pattern's foreground left
 * out, or automatic, is the window's text colour (black: a `solid` fill of no fgColor is black), its
 * background the window's; an index naming no colour draws none (white).
 */
export function fillBackgrounds(fill: Fill | undefined, palette: Palette): string[] {
  if (!fill || fill.pattern === "none") return [NO_FILL];
  if (fill.stops) return gradientBackgrounds(fill.stops, palette);
  const fg = fill.fg ? resolveColour(fill.fg, palette, AUTO_TEXT, NO_FILL) : AUTO_TEXT;
  if (fill.pattern === "solid" || !PATTERN_SHARES.has(fill.pattern)) return fg === undefined ? [] : [fg];
  const bg = fill.bg ? resolveColour(fill.bg, palette, NO_FILL) : NO_FILL;
  return fg === undefined || bg === undefined ? [] : [mixed(fg, bg, PATTERN_SHARES.get(fill.pattern)!)];
}

/**
 * The colours a conditional format's fill may be drawn in, or undefined where it sets none (the cell's
 * shows): a pattern's solid colour is given as its background colour (or, lacking one, its foreground).
 */
export function dxfBackgrounds(fill: Fill, palette: Palette): string[] | undefined {
  if (fill.stops) return fill.stops.length > 0 ? gradientBackgrounds(fill.stops, palette) : undefined;
  const colour = fill.bg ?? fill.fg;
  if (!colour) return undefined;
  const rgb = resolveColour(colour, palette, NO_FILL);
  return rgb === undefined ? [] : [rgb];
}

/**
 * A gradient as each program draws it (red team, round 13: both stops black under black figures):
 * LibreOffice as one colour, its first two stops mixed half and half; Excel through its stops, the
 * figure over its middle.
 */
function gradientBackgrounds(stops: readonly GradientStop[], palette: Palette): string[] {
  const byPosition = [...new Map(stops.map((stop) => [stop.position, stop.colour])).entries()].sort(
    ([a], [b]) => a - b,
  );
  const colours = byPosition.map(([, colour]) => resolveColour(colour, palette, NO_FILL));
  if (colours.length === 0) return [NO_FILL];
  if (colours.some((colour) => colour === undefined)) return [];
  const rgbs = colours as string[];
  if (rgbs.length === 1) return rgbs;
  const libreOffice = mixed(rgbs[0]!, rgbs[1]!, WHOLE / 2);
  return [
    ...new Set([
      libreOffice,
      middleOf(
        byPosition.map(([position]) => position),
        rgbs,
      ),
    ]),
  ];
}

/** A gradient's colour halfway along it, between the stops either side of its middle. */
function middleOf(positions: readonly number[], rgbs: readonly string[]): string {
  const after = positions.findIndex((position) => position >= 0.5);
  if (after <= 0) return rgbs[after === 0 ? 0 : rgbs.length - 1]!;
  const [from, to] = [positions[after - 1]!, positions[after]!];
  const share = to === from ? 1 : (0.5 - from) / (to - from);
  return mixed(rgbs[after]!, rgbs[after - 1]!, Math.round(share * WHOLE));
}
