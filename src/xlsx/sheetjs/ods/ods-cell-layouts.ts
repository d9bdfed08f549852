import { strFromU8 } from "fflate";
import { odsTurn, odsUpsideDownBy } from "../../../core/report/turned-text";
import { symbolFontOf } from "../../../core/report/symbol-fonts";
import { streamXml, type XmlAttributes } from "../../xml/xml-stream";
import { FO_NS, points, signedPoints, STYLE_NS, SVG_NS } from "./odf-units";
import { MAX_CHAIN, MAX_MAPS, OdsStyleParents } from "./ods-style-parents";

/**
 * A cell style's layout of a text as LibreOffice writes it: whether its alignment is its own (rather than
 * by the value's type, as General), the alignment and its indent (points).
 */
export interface OdsAlignment {
  fixed?: boolean;
  align?: string;
  margin?: number;
  /** Whether its cell prints nothing (`style:print-content="false"`: Hide when printing). */
  unprinted?: boolean;
  /**
   * Whether its paragraph's margins may draw its text out of its cell, or not at all: one below zero on
   * any side, one on the right, or one on the left past what LibreOffice can hold (see `displacedBy`).
   */
  displaced?: boolean;
  /** The room its cell's padding (`fo:padding`, `-left`, `-right`) takes across, in points. */
  padding?: number;
  rightToLeft?: boolean;
  /** Its text turned (`style:rotation-angle`) or stacked (`style:direction` "ttb"). */
  rotation?: number | "stacked";
  /** Its text turned over (`style:rotation-angle` past 90 either way), in degrees counter-clockwise. */
  upsideDownBy?: number;
  /** Its text shrunk to fit its cell (`style:shrink-to-fit`). */
  shrinks?: boolean;
  /** Its text wrapped within its cell (`fo:wrap-option`), which then never runs on over the cells beside it. */
  wraps?: boolean;
  /** Whether it repeats what its cell shows to fill the cell's width (`style:repeat-content`): 1 as 111. */
  repeats?: boolean;
  /** Its font, where it draws letters as symbols (`symbolFontOf`). */
  symbolFont?: string;
}

/** The writing modes of a text read right to left (ODF's `style:writing-mode`). */
const RIGHT_TO_LEFT = new Set(["rl-tb", "rl"]);

/** The family's default style (`style:default-style`), which the named Default takes from. */
const DEFAULT = "\u0000default";

/**
 * Each cell style's layout of a text, through its parents: a cell style a clerk defines and applies in
 * LibreOffice (a named style of styles.xml) keeps its turn, padding or Hide when printing there, its
 * cells' automatic styles naming it as their parent. Elements are given as read, styles.xml's first:
 * an automatic style of content.xml named as a named style stands in its place.
 */
export class OdsCellLayouts {
  private readonly own = new Map<string, OdsAlignment>();
  private readonly parents = new Map<string, string>();
  /** The styles each style's own conditions (`style:map`) apply. */
  private readonly maps = new Map<string, string[]>();
  /** Links styles to their parents; `odsDataStyles`' own judges the names, over the same parts. */
  private readonly links = new OdsStyleParents(false);
  private readonly faces = new Map<string, string>();
  /** Styles by their display names, which LibreOffice's own conditional formats name them by. */
  private readonly shownNames = new Map<string, string>();
  /** Every cell style's own name: a display name stands for a style only where no style has it as its name. */
  private readonly names = new Set<string>();
  private readonly resolved = new Map<string, OdsAlignment>();
  private current: string | null = null;
  private currentDepth = -1;

  /** Reads styles.xml's styles, where the file has it; the elements `open` is given next are content.xml's. */
  readPart(part: Uint8Array | undefined): void {
    if (part)
      streamXml(strFromU8(part), {
        open: (name, attributes, _, namespace, depth) => this.open(namespace, name, attributes, depth),
        close: (_, __, depth) => this.close(depth),
      });
    // What `open` is given after it is content.xml's.
    this.links.reading("content");
  }

  open(namespace: string, name: string, attributes: XmlAttributes, depth: number): void {
    this.links.open(namespace, name, attributes, depth);
    if (!STYLE_NS.has(namespace)) return;
    if (name === "font-face") takeFontFace(this.faces, attributes);
    else if (name === "style" || name === "default-style") {
      const named = name === "default-style" ? DEFAULT : attributes.get("name", STYLE_NS);
      const applied = name === "default-style" || this.links.kindAt(depth) !== null;
      this.current = attributes.get("family", STYLE_NS) === "table-cell" && applied ? (named ?? null) : null;
      this.currentDepth = depth;
      if (this.current === null) return;
      this.own.delete(this.current);
      this.maps.delete(this.current);
      this.names.add(this.current);
      const shownName = name === "style" ? attributes.get("display-name", STYLE_NS) : undefined;
      if (shownName !== undefined && shownName !== this.current) this.shownNames.set(shownName, this.current);
      const parent = name === "style" ? attributes.get("parent-style-name", STYLE_NS) : undefined;
      if (parent !== undefined) this.parents.set(this.current, parent);
      else this.parents.delete(this.current);
    } else if (this.current !== null && name === "map") {
      const applied = attributes.get("apply-style-name", STYLE_NS);
      const maps = this.maps.get(this.current) ?? [];
      if (applied !== undefined && maps.length < MAX_MAPS) this.maps.set(this.current, [...maps, applied]);
    } else if (this.current !== null) readAlignment(this.own, this.current, name, attributes, this.faces);
  }

  close(depth: number): void {
    this.links.close(depth);
    if (depth === this.currentDepth) [this.current, this.currentDepth] = [null, -1];
  }

  /** The style a cell or column naming `style` is drawn in (see `OdsStyleParents.ownStyle`). */
  ownStyle(style: string): string {
    return this.links.ownStyle(style);
  }

  /**
   * The styles cell style `style`'s own conditions (`style:map`) apply, whether or not they hold: none of
   * its parents', which LibreOffice never applies.
   */
  mapped(style: string): readonly string[] {
    return this.maps.get(style) ?? [];
  }

  /**
   * Cell style `style`'s layout: what it sets, over what its parents set (as `OdsStyleParents` links them),
   * over the default style's.
   */
  of(named: string): OdsAlignment {
    const style = this.names.has(named) ? named : (this.shownNames.get(named) ?? named);
    let found = this.resolved.get(style);
    if (found) return found;
    const chain: OdsAlignment[] = [];
    const seen = new Set<string>();
    for (
      let at: string | undefined = style;
      at !== undefined && !seen.has(at);
      at = this.links.parentOf(at, this.parents.get(at))
    ) {
      if (seen.size > MAX_CHAIN) break;
      seen.add(at);
      chain.push(this.own.get(at) ?? {});
    }
    chain.push(this.own.get(DEFAULT) ?? {});
    found = Object.assign({}, ...chain.reverse()) as OdsAlignment;
    this.resolved.set(style, found);
    return found;
  }
}

/** Takes a font face's family by its name (a `style:font-face` of `office:font-face-decls`). */
export function takeFontFace(faces: Map<string, string>, attributes: XmlAttributes): void {
  const face = attributes.get("name", STYLE_NS);
  const family = attributes.get("font-family", SVG_NS);
  if (face !== undefined && family !== undefined) faces.set(face, family);
}

/** The font family a `text-properties` sets: by its face's name (`style:font-name`) or its own family. */
export function fontFamilyOf(
  attributes: XmlAttributes,
  faces: ReadonlyMap<string, string>,
): string | undefined {
  const face = attributes.get("font-name", STYLE_NS);
  const family =
    (face !== undefined ? faces.get(face) : undefined) ?? face ?? attributes.get("font-family", FO_NS);
  return family?.replace(/^['"]|['"]$/g, "");
}

const MARGIN_SIDES = ["left", "right", "top", "bottom"] as const;
/** LibreOffice keeps a cell's indent in a 16-bit count of twips: a margin past it wraps round below zero. */
const MOST_LEFT_MARGIN = 32_767 / 20;

/**
 * Whether a paragraph's margins (points: left, right, top, bottom) draw its text out of its cell or not at
 * all, as LibreOffice prints it (red team, round 46): any below zero left the figure out (even -0.01 in),
 * a margin on the right printed "###" or nothing, a left one past `MOST_LEFT_MARGIN` nothing, a top one
 * below zero grew the row past a page. No report's style sets any of them; an indent is a left margin.
 */
function displacedBy([left = 0, right = 0, top = 0, bottom = 0]: (number | undefined)[]): boolean {
  return left < 0 || left > MOST_LEFT_MARGIN || right !== 0 || top < 0 || bottom < 0;
}

/** Takes what a cell style's element says of how it lays out a text. */
function readAlignment(
  alignments: Map<string, OdsAlignment>,
  style: string,
  name: string,
  attributes: XmlAttributes,
  faces: ReadonlyMap<string, string>,
): void {
  if (name === "text-properties") {
    const symbolFont = symbolFontOf(fontFamilyOf(attributes, faces));
    if (symbolFont !== undefined) alignments.set(style, { ...alignments.get(style), symbolFont });
    return;
  }
  if (name !== "table-cell-properties" && name !== "paragraph-properties") return;
  const found = alignments.get(style) ?? {};
  // Either element may set the reading order: a program that reads either may draw the text right to left.
  if (RIGHT_TO_LEFT.has(attributes.get("writing-mode", STYLE_NS)?.trim() ?? "")) found.rightToLeft = true;
  if (name === "table-cell-properties") {
    // ODF's default is "fix": a style that names no source aligns as it says (red team, round 46: a
    // left-aligned figure with 1.2 in of margin and no source printed "###", read as General).
    const source = attributes.get("text-align-source", STYLE_NS)?.trim();
    if (source !== undefined) found.fixed = source !== "value-type";
    const stacked = attributes.get("direction", STYLE_NS)?.trim() === "ttb";
    const angle = attributes.get("rotation-angle", STYLE_NS);
    const turn = stacked ? "stacked" : odsTurn(angle);
    const over = stacked ? undefined : odsUpsideDownBy(angle);
    if (turn !== undefined) found.rotation = turn;
    if (over !== undefined) found.upsideDownBy = over;
    if (attributes.get("shrink-to-fit", STYLE_NS)?.trim() === "true") found.shrinks = true;
    const wrap = attributes.get("wrap-option", FO_NS)?.trim();
    if (wrap === "wrap" || wrap === "no-wrap") found.wraps = wrap === "wrap";
    // Set either way, it stands over a parent's (red team, round 37: LibreOffice's save of a figure in
    // Excel's fill alignment printed 1,442 as 1,4421,4421,442, read as ready).
    const repeats = attributes.get("repeat-content", STYLE_NS)?.trim();
    if (repeats === "true" || repeats === "false") found.repeats = repeats === "true";
    // Printing set either way stands over a parent's.
    const printed = attributes.get("print-content", STYLE_NS)?.trim();
    if (printed === "false" || printed === "true") found.unprinted = printed === "false";
    const padding = (side: string) =>
      Math.max(0, points(attributes.get(`padding-${side}`, FO_NS) ?? attributes.get("padding", FO_NS)) ?? 0);
    const across = padding("left") + padding("right");
    if (across > 0) found.padding = across;
  } else {
    const align = attributes.get("text-align", FO_NS);
    const margin = (side: string) =>
      attributes.get(`margin-${side}`, FO_NS) ?? attributes.get("margin", FO_NS);
    const left = points(margin("left"));
    if (align !== undefined) found.align = align;
    // Its own alignment, of a style that names no source, stands over a parent's source (LibreOffice's
    // Default names "value-type"): LibreOffice printed such a figure aligned, indented, as "###".
    if (align !== undefined && found.fixed === undefined) found.fixed = true;
    if (left !== undefined && left > 0) found.margin = left;
    const sides = MARGIN_SIDES.map((side) => margin(side));
    if (sides.some((given) => given !== undefined)) found.displaced = displacedBy(sides.map(signedPoints));
  }
  alignments.set(style, found);
}
