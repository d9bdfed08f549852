import { strFromU8 } from "fflate";
import type { OdsTextRun } from "./ods-cell-texts";
import { odsLinePieces, odsDrawnRuns } from "./ods-text-runs";
import { odsRuleCondition } from "./ods-rule-conditions";
import type { ColouredPiece } from "../../../core/report/run-over";
import { fontFamilyOf, takeFontFace } from "./ods-cell-layouts";
import { MAX_CHAIN, MAX_MAPS, OdsStyleParents } from "./ods-style-parents";
import { UNREADABLE_SHOWN, type DrawnRuns, type Ink } from "../../../core/grid/grid";
import { bracketsPaired, dashAfterFigure, leavesFigure } from "../../../core/number-formats/format-grammar";
import { streamXml, type XmlAttributes, type XmlHandlers } from "../../xml/xml-stream";
import {
  odsConditionalFontSizes,
  odsBold,
  odsFontSize,
  odsInks,
  odsLinedOver,
  takeColours,
  type CellColours,
  type CellLayers,
  type InkOptions,
  type TextStyleLook,
  textScale,
  letterSpacing,
  type Colour,
  type MappedStyle,
} from "./ods-inks";
import { STYLE_NS } from "./odf-units";

const NUMBER_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"]);
/** LibreOffice's own extension: spelled-out numbers, fills its renderer alone knows. */
const LOEXT_NS = new Set(["urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"]);
const [NUMBER_URI] = NUMBER_NS;
const [STYLE_URI] = STYLE_NS;
const OFFICE_URI = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const [LOEXT_URI] = LOEXT_NS;

/** The data styles ODF defines (`number:number-style`…), by element name. */
const DATA_STYLES = new Set([
  "number-style",
  "percentage-style",
  "currency-style",
  "date-style",
  "time-style",
  "boolean-style",
  "text-style",
]);

/**
 * The data styles, and the parts of one, whose rendering here is trusted to be LibreOffice's: a number
 * with its grouping and decimals, text around it, a currency symbol, a fill of spaces. Anything else —
 * a date, time or truth value shown for a count, an exponent, a fraction, a display factor, an element
 * or attribute of LibreOffice's extension (`loext:fill-character` of a digit repeats it to the column's
 * width, `loext:transliteration-spellout` writes 八百五十一), a transliteration into other numerals — is
 * refused by default, as the .xlsx formats outside their grammar (see `inGrammar`).
 */
const TRUSTED_STYLES = new Set(["number-style", "percentage-style", "currency-style", "text-style"]);
const TRUSTED_PARTS = new Set([
  "number",
  "embedded-text",
  "text",
  "currency-symbol",
  "fill-character",
  "text-content",
]);

/**
 * Text a person reads as no digit, or as a figure the check cannot read: digits of another script,
 * `#` (the check reads "####" as a column too narrow for its figure). Latin digits written in are read
 * as part of what the cell shows.
 */
const UNREAD_TEXT = /[^\P{N}0-9]|#/u;

/**
 * Caps for a hostile file: no program writes more styles than this, nor a data style of more parts or
 * conditions. A style past them shows what cannot be known, and is read as showing nothing trustworthy.
 */
const MAX_DEFINITIONS = 100_000;
const MAX_PARTS = 64;
const MAX_TEXT = 256;
/** How far a chain of conditions to other styles is followed. */
const MAX_DEPTH = 8;
const MAX_DECIMALS = 20;
const MAX_INTEGER_DIGITS = 30;

/** The texts a data style writes beside its figure. */
const writtenBeside = (parts: readonly Part[]): string =>
  parts.flatMap((part) => (part.kind === "text" ? [part.text] : [])).join("");

interface NumberPart {
  readonly kind: "number";
  readonly decimals: number | undefined;
  readonly minInteger: number;
  readonly grouping: boolean;
  readonly replacement: string | undefined;
}

type Part = { readonly kind: "text"; text: string } | NumberPart | { readonly kind: "content" };

interface DataStyle {
  readonly element: string;
  readonly parts: Part[];
  readonly maps: { condition: string; apply: string }[];
  /** Its `number:language` and `number:country` ("vi-VN"), where it gives them. */
  readonly locale: string | undefined;
  /** The colour it writes in (its `style:text-properties`), over the cell's font colour. */
  readonly ink: CellColours;
  /** Too many parts or conditions to render, or a part outside those trusted: it shows nothing trustworthy. */
  untrusted: boolean;
  /**
   * Whether its conditions may choose otherwise than they read: too many, or the style or a condition
   * marked by LibreOffice's extension. Its own parts aside, a style whose conditions are read has them
   * followed: LibreOffice shows `#,##0;-#,##0;"0"` (its zero part a digit written in) as 1,254 at 1,254.
   */
  mapsUnsure: boolean;
}

interface CellStyle extends CellColours {
  /** The style it takes what it leaves unset from: as written, then as LibreOffice links it (`OdsStyleParents`). */
  parent: string | undefined;
  readonly dataStyle: string | undefined;
  /** The cell styles its conditions apply (`style:map`), each with its condition where it is read. */
  readonly maps: MappedStyle[];
}

/** The data styles of an .ods, and the cell styles that name them. */
export interface OdsDataStyles {
  /**
   * The texts LibreOffice may show for a number in a cell of these styles (its own, those its conditional
   * formats apply, and its own styles' `style:map`s where they apply), rendered from their data styles
   * (their conditions, literal texts, display factors); none where the cell shows it in the standard
   * format. The text an .ods saves for a cell is not what it shows: LibreOffice renders anew.
   */
  texts(layers: CellLayers, value: number): string[];
  /**
   * The texts LibreOffice may show for a text in a cell of these styles (as `texts`): what each text style
   * writes of it; none where it shows as it is.
   */
  textsOf(layers: CellLayers, text: string): string[];
  /**
   * The inks a cell's number or text (`content`) is written in, other than black on white: in each cell
   * style it may have (`own`), and with each style a conditional format may apply over it (`applied`, and
   * its own styles' `style:map`s where they apply), which sets what it sets and leaves the rest as the
   * cell's; a colour its data style writes the content in is written over its font's.
   */
  inks(layers: CellLayers, content: number | string, options?: InkOptions): readonly Ink[];
  /** The font size (points) a cell in cell styles `own` may write in, at its smallest, where one is told. */
  fontSize(own: readonly string[]): number | undefined;
  /** Whether a cell of styles `own` writes in a bold font, whatever chain each takes. */
  bold(own: readonly string[]): boolean;
  /**
   * The font sizes (points) a cell of styles `own` may write in by its conditional formats (`applied`,
   * their `style:map`s), where they set one.
   */
  conditionalFontSizes(layers: CellLayers): number[];
  /**
   * Whether a cell of these styles (its own, else its row's or column's) may be struck through, by them
   * or by a style a conditional format applies over them (`applied`, their `style:map`s).
   */
  struck(layers: CellLayers): boolean;
  /** Whether a cell of these styles may be crossed out by a diagonal border, as `struck` says of a strike. */
  crossed(layers: CellLayers): boolean;
  /**
   * A cell of styles `own` (and `applied` over them) written in `runs` of text styles, as LibreOffice
   * draws them (see `odsDrawnRuns`).
   */
  drawnRuns(layers: CellLayers, runs: readonly OdsTextRun[], rowHeight: number | undefined): DrawnRuns;
  /** The runs of a cell of styles `own` written in `runs`, as its line is measured and inked (`odsLinePieces`). */
  linePieces(own: readonly string[], runs: readonly OdsTextRun[]): ColouredPiece[];
  /**
   * Whether a number in cell styles `own` shows in LibreOffice's standard format (Excel's General), which
   * it writes in fewer characters where its column is too narrow for its digits: no data style, or a bare
   * number of no fixed decimals, as LibreOffice saves an .xlsx's General.
   */
  showsStandard(own: readonly string[]): boolean;
}

const attribute = (
  attributes: { get(name: string, ns?: ReadonlySet<string>): string | undefined },
  name: string,
) => attributes.get(name, NUMBER_NS);

const count = (text: string | undefined, fallback: number, max: number) => {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
};

/** What the style parts hold, as read so far. */
interface ReadStyles {
  readonly dataStyles: Map<string, DataStyle[]>;
  readonly cellStyles: Map<string, CellStyle[]>;
  /** The automatic text styles (`style:family="text"`) of content.xml, which the spans of cells name. */
  readonly textStyles: Map<string, TextStyleLook[]>;
  /** The font families of the faces the document declares, by name. */
  readonly faces: Map<string, string>;
  /** The colours of the document's default cell style (`style:default-style`), below every style's. */
  readonly defaults: CellColours;
  readonly parents: OdsStyleParents;
  /** Each cell style's definitions under their own names (a display name shares them). */
  readonly ownNames: [string, CellStyle][];
  /** Adds a definition under a name, counting every one. */
  define<T>(map: Map<string, T[]>, name: string, value: T): void;
}

function newStyles(): ReadStyles {
  const dataStyles = new Map<string, DataStyle[]>();
  const cellStyles = new Map<string, CellStyle[]>();
  /** The automatic text styles (`style:family="text"`) of content.xml, which the spans of cells name. */
  const textStyles = new Map<string, TextStyleLook[]>();
  /** The font families of the faces the document declares, by name. */
  const faces = new Map<string, string>();
  /** The colours of the document's default cell style (`style:default-style`), below every style's. */
  const defaults: CellColours = {};
  let definitions = 0;
  const parents = new OdsStyleParents();
  /** Each cell style's definitions under their own names (a display name shares them). */
  const ownNames: [string, CellStyle][] = [];
  const define = <T>(map: Map<string, T[]>, name: string, value: T) => {
    if (++definitions > MAX_DEFINITIONS) throw new Error("too many styles in an .ods");
    const list = map.get(name) ?? [];
    map.set(name, list);
    list.push(value);
  };
  return { dataStyles, cellStyles, textStyles, faces, defaults, parents, ownNames, define };
}

/** Reads one part's styles (styles.xml's, or content.xml's whose automatic styles are the cells' own). */
const readStylePart = (part: Uint8Array, isContent: boolean, found: ReadStyles) =>
  streamXml(strFromU8(part), stylePartHandlers(isContent, found));

/** What reads a part's styles into `found`, told the part's elements in order. */
function stylePartHandlers(isContent: boolean, found: ReadStyles): XmlHandlers {
  const { dataStyles, cellStyles, textStyles, faces, defaults, parents, ownNames, define } = found;
  /** Whether the styles being read are content.xml's automatic ones. */
  let automatic = false;
  parents.reading(isContent ? "content" : "styles");
  let data: DataStyle | null = null;
  let dataDepth = -1;
  let cell: CellStyle | null = null;
  /** The cell style, or the default one, whose colours are being read. */
  let coloured: CellColours | null = null;
  /** The text style being read, which `coloured` is too. */
  let span: TextStyleLook | null = null;
  let cellDepth = -1;
  /** The literal being read, and where its text goes. */
  let literal: Literal | null = null;
  const add = (p: Part) => {
    if (data!.parts.length >= MAX_PARTS) data!.untrusted = true;
    else data!.parts.push(p);
  };
  return {
    open(name, attributes, _, namespace, depth) {
      parents.open(namespace, name, attributes, depth);
      if (depth === 1 && name === "automatic-styles" && namespace === OFFICE_URI) automatic = isContent;
      if (namespace === STYLE_URI && name === "font-face") takeFontFace(faces, attributes);
      if (data === null && cell === null && namespace === STYLE_URI && name === "style") {
        const family = attributes.get("family", STYLE_NS);
        // LibreOffice draws a cell's span in the automatic style it names, by that style's own properties.
        const textStyle = family === "text" && automatic ? attributes.get("name", STYLE_NS) : undefined;
        if (textStyle !== undefined) {
          const style: TextStyleLook = {};
          define(textStyles, textStyle, style);
          [coloured, span, cellDepth] = [style, style, depth];
        }
        if (family !== "table-cell") return;
        const styleName = attributes.get("name", STYLE_NS);
        // LibreOffice draws no cell in a cell style of styles.xml's automatic styles (red team, round 28).
        if (styleName === undefined || parents.kindAt(depth) === null) return;
        cell = {
          parent: attributes.get("parent-style-name", STYLE_NS),
          dataStyle: attributes.get("data-style-name", STYLE_NS),
          maps: [],
        };
        cellDepth = depth;
        coloured = cell;
        define(cellStyles, styleName, cell);
        ownNames.push([styleName, cell]);
        // LibreOffice's own conditional formats name a cell style by its display name.
        const shownName = attributes.get("display-name", STYLE_NS);
        if (shownName !== undefined && shownName !== styleName) define(cellStyles, shownName, cell);
        return;
      }
      if (data === null && cell === null && namespace === STYLE_URI && name === "default-style") {
        if (attributes.get("family", STYLE_NS) === "table-cell") [coloured, cellDepth] = [defaults, depth];
        return;
      }
      if (coloured !== null && namespace === STYLE_URI) takeColours(coloured, name, attributes);
      if (span !== null && namespace === STYLE_URI && name === "text-properties") {
        takeTextLook(span, attributes, faces);
      }
      if (cell !== null && namespace === STYLE_URI && name === "map") {
        const apply = attributes.get("apply-style-name", STYLE_NS);
        if (apply !== undefined && cell.maps.length < MAX_MAPS)
          cell.maps.push({
            style: apply,
            holds: odsRuleCondition(
              attributes.get("condition", STYLE_NS) ?? "",
              attributes.get("base-cell-address", STYLE_NS),
            ),
          });
        return;
      }
      if (data === null && namespace === NUMBER_URI && DATA_STYLES.has(name)) {
        const styleName = attributes.get("name", STYLE_NS);
        if (styleName === undefined) return;
        data = newDataStyle(name, attributes);
        dataDepth = depth;
        define(dataStyles, styleName, data);
        return;
      }
      if (data === null) return;
      const style = data;
      const extended = attributes.namesIn(LOEXT_NS).length > 0;
      if (extended) style.untrusted = true;
      if (namespace === STYLE_URI && name === "map") {
        if (extended || style.maps.length >= MAX_MAPS) style.untrusted = style.mapsUnsure = true;
        if (style.maps.length < MAX_MAPS)
          style.maps.push({
            condition: attributes.get("condition", STYLE_NS) ?? "",
            apply: attributes.get("apply-style-name", STYLE_NS) ?? "",
          });
        return;
      }
      if (namespace === STYLE_URI) {
        takeColours(style.ink, name, attributes);
        return;
      }
      const child = dataStyleChild(style, name, namespace, attributes, add);
      if (child) literal = child;
    },
    text(text) {
      if (literal && literal.text.length < MAX_TEXT) literal.text += text;
    },
    close(name, namespace, depth) {
      parents.close(depth);
      if (depth === 1) automatic = false;
      if (depth === cellDepth) [cell, coloured, span, cellDepth] = [null, null, null, -1];
      if (depth === dataDepth) {
        if (data!.element !== "text-style" && !bracketsPaired(writtenBeside(data!.parts)))
          data!.untrusted = true;
        [data, dataDepth] = [null, -1];
      }
      if ((namespace !== NUMBER_URI && namespace !== LOEXT_URI) || data === null) return;
      if (
        literal &&
        (name === "text" ||
          name === "currency-symbol" ||
          name === "fill-character" ||
          name === "embedded-text")
      ) {
        literal.done(literal.text);
        literal = null;
      }
    },
  };
}

/**
 * Reads the data styles and table-cell styles of an .ods's styles.xml and content.xml (whose automatic
 * styles are the cells' own), either absent where the file lacks it. A name defined twice keeps every definition: each may be the
 * one a program uses.
 */
export function odsDataStyles(
  stylesPart: Uint8Array | undefined,
  contentPart: Uint8Array | undefined,
): OdsDataStyles {
  const found = newStyles();
  for (const part of [stylesPart, contentPart]) if (part) readStylePart(part, part === contentPart, found);
  return stylesFound(found);
}

/**
 * odsDataStyles in steps, for a pass over content.xml that other readers share: styles.xml read at once,
 * content.xml's elements handed to `content`, and the styles made by `done` once it has read them all.
 */
export function odsDataStylesReader(stylesPart: Uint8Array | undefined): {
  readonly content: XmlHandlers;
  done(): OdsDataStyles;
} {
  const found = newStyles();
  if (stylesPart) readStylePart(stylesPart, false, found);
  return { content: stylePartHandlers(true, found), done: () => stylesFound(found) };
}

/** The styles of an .ods, from what its parts' passes found. */
function stylesFound(found: ReadStyles): OdsDataStyles {
  const { dataStyles, cellStyles, textStyles, defaults, parents, ownNames } = found;
  parents.check();
  for (const [name, style] of ownNames) style.parent = parents.parentOf(name, style.parent);

  /**
   * What a data style may show for a number (see `chosenFor`); a style that cannot be rendered, a cycle or
   * a chain too deep shows nothing trustworthy (`UNREADABLE_SHOWN`).
   */
  const render = (start: string, value: number): string[] => {
    const texts = new Set<string>();
    const lost = () => void texts.add(UNREADABLE_SHOWN);
    for (const style of chosenFor(dataStyles, start, value, (s) => !s.mapsUnsure, lost))
      texts.add(style.untrusted ? UNREADABLE_SHOWN : renderOwn(style, value));
    return [...texts];
  };

  /**
   * The colours a cell style's data styles may write a number or a text in, where they set one (undefined:
   * the font's); none where the cell style names no data style, through its parents. A text takes a text
   * style's colour; a cycle or a chain of conditions too deep, a colour that cannot be told (null).
   */
  const formatColours = (cellStyle: string, content: number | string): (Colour | undefined)[] => {
    const names = new Set<string>();
    dataStylesOf(cellStyles, cellStyle, names, 0, new Set(), false);
    const colours = new Set<Colour | undefined>();
    for (const name of names) {
      const styles =
        typeof content === "number"
          ? chosenFor(
              dataStyles,
              name,
              content,
              () => true,
              () => void colours.add(null),
            )
          : (dataStyles.get(name) ?? []);
      for (const style of styles)
        colours.add(
          typeof content === "number" || style.element === "text-style" ? style.ink.text : undefined,
        );
    }
    return [...colours];
  };

  return {
    texts({ own, applied, mapped }, value) {
      const styles = new Set<string>();
      for (const name of [...own, ...applied]) dataStylesOf(cellStyles, name, styles, 0, new Set(), mapped);
      const texts = [...styles].flatMap((style) => render(style, value));
      return [...new Set(texts)];
    },
    // LibreOffice draws a cell's text black whatever colour the default cell style gives (red team, round
    // 15: white there, every cell read as hidden).
    inks: odsInks(cellStyles, { ...defaults, text: undefined }, formatColours),
    fontSize: odsFontSize(cellStyles, defaults),
    bold: odsBold(cellStyles, defaults),
    conditionalFontSizes: odsConditionalFontSizes(cellStyles),
    // Nor does it strike or cross out a text the default cell style alone strikes or crosses (red team,
    // round 55: every figure of the form named struck while LibreOffice printed them plain).
    struck: odsLinedOver(cellStyles, {}, "struck"),
    crossed: odsLinedOver(cellStyles, {}, "crossed"),
    drawnRuns(layers, runs, rowHeight) {
      const inks = this.inks(layers, runs.map(({ text }) => text).join(""), { plainToo: true });
      return odsDrawnRuns(runs, textStyles, inks, this.fontSize(layers.own), rowHeight);
    },
    linePieces(own, runs) {
      return odsLinePieces(runs, textStyles, this.fontSize(own));
    },
    showsStandard(own) {
      const styles = new Set<string>();
      for (const name of own) dataStylesOf(cellStyles, name, styles, 0, new Set(), false);
      return [...styles].every((name) => (dataStyles.get(name) ?? []).every(isStandard));
    },
    textsOf({ own, applied, mapped }, text) {
      const styles = new Set<string>();
      for (const name of [...own, ...applied]) dataStylesOf(cellStyles, name, styles, 0, new Set(), mapped);
      const texts = [...styles].flatMap((name) =>
        (dataStyles.get(name) ?? [])
          .filter((style) => style.element === "text-style")
          .map((style) => (style.untrusted ? UNREADABLE_SHOWN : renderText(style, text))),
      );
      return [...new Set(texts)].filter((shown) => shown !== text);
    },
  };
}

/**
 * The data styles a cell style shows numbers in, through its parents, and (`withMaps`) those of the
 * cell styles its own conditions apply: LibreOffice applies no condition of a style it is based on, nor
 * of a style a condition applies (red team, round 27).
 */
function dataStylesOf(
  cellStyles: ReadonlyMap<string, CellStyle[]>,
  name: string,
  out: Set<string>,
  depth: number,
  seen: Set<string>,
  withMaps = true,
): void {
  if (depth > MAX_CHAIN + 1 || seen.has(name)) return;
  seen.add(name);
  for (const style of cellStyles.get(name) ?? []) {
    if (style.dataStyle !== undefined) out.add(style.dataStyle);
    else if (style.parent !== undefined) dataStylesOf(cellStyles, style.parent, out, depth + 1, seen, false);
    if (withMaps)
      for (const { style: applied } of style.maps)
        dataStylesOf(cellStyles, applied, out, depth + 1, seen, false);
  }
}

/**
 * The data styles that may render a number from data style `start`: the style itself, or the one its
 * conditions choose for the number, and where a condition is not read, it and every style they may
 * choose; a style `follows` refuses is taken as it is. Maps are followed no deeper than MAX_DEPTH: a
 * cycle or a chain too deep calls `lost`. Each style is visited once for each depth it is first reached
 * at or shallower, never once per path: maps that form a lattice (16 maps to 16 styles, 8 levels deep)
 * cost their count, not 16^8.
 */
function chosenFor(
  dataStyles: ReadonlyMap<string, DataStyle[]>,
  start: string,
  value: number,
  follows: (style: DataStyle) => boolean,
  lost: () => void,
): DataStyle[] {
  const chosen: DataStyle[] = [];
  const shallowest = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (name: string, depth: number): void => {
    const defined = dataStyles.get(name);
    if (!defined) return;
    if (depth > MAX_DEPTH || onPath.has(name)) return lost();
    if (shallowest.get(name)! <= depth) return;
    shallowest.set(name, depth);
    onPath.add(name);
    for (const style of defined) {
      if (style.maps.length === 0 || !follows(style)) chosen.push(style);
      else {
        const tests = style.maps.map(({ condition }) => parseCondition(condition));
        if (tests.every((test) => test !== undefined)) {
          const applied = style.maps.find((_, i) => tests[i]!(value));
          if (applied) visit(applied.apply, depth + 1);
          else chosen.push(style);
        } else {
          // A condition not read: every style it may choose.
          chosen.push(style);
          for (const { apply } of style.maps) visit(apply, depth + 1);
        }
      }
    }
    onPath.delete(name);
  };
  visit(start, 0);
  return chosen;
}

/** A data style as it opens: untrusted where its element, an extension or a transliteration is not read here. */
function newDataStyle(name: string, attributes: XmlAttributes): DataStyle {
  const untrusted =
    !TRUSTED_STYLES.has(name) ||
    attributes.namesIn(LOEXT_NS).length > 0 ||
    attributes.namesIn(NUMBER_NS).some((n) => n.startsWith("transliteration-"));
  return {
    element: name,
    parts: [],
    maps: [],
    locale: localeOf(attributes),
    ink: {},
    untrusted,
    mapsUnsure: untrusted,
  };
}

/** A text style's scale, font and letter spacing, where its text properties give them. */
function takeTextLook(
  span: TextStyleLook,
  attributes: XmlAttributes,
  faces: ReadonlyMap<string, string>,
): void {
  const scale = textScale(attributes);
  if (scale !== undefined) span.scale = scale;
  const font = fontFamilyOf(attributes, faces);
  if (font !== undefined) span.font = font;
  const spacing = letterSpacing(attributes);
  if (spacing !== undefined) span.spacing = spacing;
}

/** What a literal's text does once read: checks it and adds it to its data style. */
interface Literal {
  text: string;
  done(text: string): void;
}

/**
 * A data style's child element in the number (or loext) namespace: a figure's part added, the literal
 * to read returned, or an element that makes the style untrusted.
 */
function dataStyleChild(
  style: DataStyle,
  name: string,
  namespace: string,
  attributes: XmlAttributes,
  add: (part: Part) => void,
): Literal | undefined {
  // LibreOffice writes a fill as `loext:fill-character` too; any other element of it is refused.
  const fill = namespace === LOEXT_URI && name === "fill-character";
  if (namespace === LOEXT_URI && !fill) style.untrusted = true;
  if (namespace !== NUMBER_URI && !fill) return undefined;
  if (!TRUSTED_PARTS.has(name)) {
    style.untrusted = true;
    return undefined;
  }
  switch (name) {
    case "number": {
      const decimals = attribute(attributes, "decimal-places");
      const factor = attribute(attributes, "display-factor");
      if (factor !== undefined && Number(factor) !== 1) style.untrusted = true;
      const number: NumberPart = {
        kind: "number",
        decimals: decimals === undefined ? undefined : count(decimals, 0, MAX_DECIMALS),
        minInteger: count(attribute(attributes, "min-integer-digits"), 0, MAX_INTEGER_DIGITS),
        grouping: attribute(attributes, "grouping") === "true",
        replacement: attribute(attributes, "decimal-replacement"),
      };
      add(number);
      return undefined;
    }
    case "embedded-text":
      // Any text put among a figure's digits makes another figure of it: a digit, a point (".1254"),
      // a letter that looks like one ("1,254O"), a mark that turns the digits round (red team,
      // rounds 28 and 46). No report's format writes one; LibreOffice writes one for `#"."####`.
      return {
        text: "",
        done: (text) => {
          if (text !== "") style.untrusted = true;
        },
      };
    case "text-content":
      add({ kind: "content" });
      return undefined;
    case "fill-character":
      return {
        text: "",
        done: (text) => (text === " " ? add({ kind: "text", text }) : (style.untrusted = true)),
      };
    case "text":
    case "currency-symbol": {
      const symbol = name === "currency-symbol";
      const locale = localeOf(attributes) ?? style.locale;
      return {
        text: "",
        // Beside a figure, only what leaves it as it is (no "triệu", no ",000"); a text style's
        // words are the text's own.
        done: (written) => {
          const text = symbol ? currencyShown(written, locale) : written;
          const afterFigure = style.parts.some((part) => part.kind === "number");
          if (
            UNREAD_TEXT.test(text) ||
            (style.element !== "text-style" &&
              (!leavesFigure(text) || (afterFigure && dashAfterFigure(text))))
          )
            style.untrusted = true;
          else add({ kind: "text", text });
        },
      };
    }
  }
  return undefined;
}

/** A data style's or currency symbol's locale, "vi-VN", where it gives one. */
function localeOf(attributes: { get(name: string, ns?: ReadonlySet<string>): string | undefined }) {
  const language = attribute(attributes, "language");
  return language === undefined ? undefined : `${language}-${attribute(attributes, "country") ?? ""}`;
}

/**
 * What LibreOffice shows for a currency symbol: its text, but for `CCC` the locale's currency code and
 * for none the locale's sign. Only the đồng's are known (vi-VN: VND, ₫); under another locale or none,
 * `CCC` as it is and "¤" stand for a currency that is not the đồng, which the check refuses.
 */
function currencyShown(text: string, locale: string | undefined): string {
  const dong = locale?.toLowerCase() === "vi-vn";
  if (text === "CCC") return dong ? "VND" : text;
  return text === "" ? (dong ? "₫" : "¤") : text;
}

/** A `style:map` condition LibreOffice writes (`value()>=0`), as a test; undefined for any other. */
function parseCondition(condition: string): ((value: number) => boolean) | undefined {
  const match = /^\s*value\(\s*\)\s*(<=|>=|!=|<>|=|<|>)\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/.exec(
    condition,
  );
  if (!match) return undefined;
  const bound = Number(match[2]);
  switch (match[1]) {
    case "<":
      return (v) => v < bound;
    case ">":
      return (v) => v > bound;
    case "<=":
      return (v) => v <= bound;
    case ">=":
      return (v) => v >= bound;
    case "=":
      return (v) => v === bound;
    default:
      return (v) => v !== bound;
  }
}

/** A data style that writes a number alone, as the standard format does: no fixed decimals, no grouping. */
function isStandard(style: DataStyle): boolean {
  const [part, ...more] = style.parts;
  return (
    style.element === "number-style" &&
    !style.untrusted &&
    style.maps.length === 0 &&
    more.length === 0 &&
    part?.kind === "number" &&
    part.decimals === undefined &&
    !part.grouping
  );
}

/**
 * A number as LibreOffice's standard format shows it: up to ten significant digits, a whole number of up
 * to fifteen digits whole (red team, round 31: 12,345,678,901 đồng was read as shown "12,345,678,900").
 */
const standard = (value: number) =>
  Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value) : String(Number(value.toPrecision(10)));

function renderNumber(part: NumberPart, x: number): string {
  const fixed = part.decimals === undefined ? standard(x) : x.toFixed(part.decimals);
  if (/e/i.test(fixed)) return fixed;
  let [integer = "", fraction] = fixed.split(".");
  // No integer digit required writes a zero's nothing: LibreOffice shows 0 in `#` (Excel's too) as a blank.
  if (integer === "0" && part.minInteger === 0 && (fraction !== undefined || part.decimals === 0))
    integer = "";
  integer = integer.padStart(part.minInteger, "0");
  if (fraction !== undefined && part.replacement !== undefined && /^0*$/.test(fraction))
    fraction = part.replacement;
  if (part.grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? integer : `${integer}.${fraction}`;
}

/** What a text style shows for a text: its literal texts, and the text where it holds its content. */
const renderText = (style: DataStyle, text: string): string =>
  style.parts
    .map((part) => (part.kind === "text" ? part.text : part.kind === "content" ? text : ""))
    .join("");

/**
 * What a data style shows for a number, its conditions aside; `UNREADABLE_SHOWN` where it shows what
 * cannot be known.
 */
function renderOwn(style: DataStyle, value: number): string {
  // LibreOffice shows the magnitude: a minus is written in, or added below where none is.
  const magnitude = Math.abs(value) * (style.element === "percentage-style" ? 100 : 1);
  const text = style.parts
    .map((part) => {
      switch (part.kind) {
        case "text":
          return part.text;
        case "number":
          return renderNumber(part, magnitude);
        case "content":
          return standard(magnitude);
      }
    })
    .join("");
  return value < 0 && !/[-\u2212(]/.test(text) ? `-${text}` : text;
}
