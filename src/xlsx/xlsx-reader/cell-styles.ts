import { type DrawnRuns, type Ink, type TextLayout } from "../../core/grid/grid";
import { AUTO_TEXT, reportedInks, runsInks, SCRIPT_SIZE } from "../../core/report/legible";
import { remembered } from "../../core/remembered";
import { excelTurn } from "../../core/report/turned-text";
import { symbolFontOf } from "../../core/report/symbol-fonts";
import { repeatedToFill, showsFigure } from "../../core/report/shown-figure";
import { misfitUnit } from "../../core/report/shown-unit";
import {
  colourOf,
  DEFAULT_PALETTE,
  formatColours,
  paletteWith,
  resolveColour,
  textColours,
  XLSX_NUMBERED,
  type Palette,
  type StyleColour,
} from "../colours/colours";
import { builtInFormat, isPlainFormat, plainWriting } from "../../core/number-formats/number-formats";
import { checkedFormat, shownNumber } from "../number-formats/number-formats";
import type { NumberWriting } from "../../core/report/column-room";
import { shownText } from "../../core/number-formats/format-pieces";
import type { StyledRun } from "./shared-strings";
import { styleIndex } from "./style-index";
import { isOn, isScript } from "./sheet-attributes";
import { leadingNumber, size as sizeOf } from "../sheet-geometry/stored-sizes";
import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { streamXml, type XmlAttributes } from "../xml/xml-stream";
import { readThemeColours } from "./theme-colours";
import { rememberedPart } from "../package/remembered-parts";
import { dxfBackgrounds, fillBackgrounds, FillReader, type Fill } from "./fills";
import { drawnByLibreOffice, type StyleXfs, type WrittenXf, type XfPart } from "./xf-parents";

/** Figures a form's cells hold: none, small and large counts, money, rates. */
const PROBES = [0, 1, 7, 42, 480, 1500, 23_456, 1_234_567, 987_654_321, 0.5, 0.125, 0.9996];

/**
 * Whether a format shows every figure as that figure, in its own unit, judged on the probes: worked out
 * once per format for every file of a run, as every report of a round carries the same formats. A plain
 * format shows a figure's own digits: nothing to render.
 */
const showsAnyIn = remembered(
  (format: string) =>
    isPlainFormat(format) ||
    PROBES.every((value) => {
      const shown = shownNumber(format, value);
      return shown === undefined || (showsFigure(shown, value) && misfitUnit(shown) === undefined);
    }),
  4_096,
);

/** A differential style, as a conditional format applies it: only what it sets. */
export interface Dxf {
  format?: string;
  font?: StyleColour;
  fill?: Fill;
  /** Whether its font strikes the text through. */
  struck?: boolean;
  /**
   * Its font's size in points: Excel keeps the cell's, LibreOffice draws this one (red team, round 10:
   * 26 pt turned a figure into "###", 3 pt made it unreadable).
   */
  fontSize?: number;
  /** Its font's name, where its letters are symbols (`symbolFontOf`): LibreOffice draws it. */
  symbolFont?: string;
}

/**
 * Reads one differential style, opened at `depth`, from the elements inside it (numFmt, font › color,
 * fill › patternFill or gradientFill): styles.xml's dxfs and Excel 2010's inline x14:dxf hold the same.
 */
export class DxfReader {
  readonly dxf: Dxf = {};
  private child = "";
  private fill: FillReader | null = null;

  constructor(
    private readonly main: string,
    private readonly depth: number,
  ) {}

  /** Whether the element closing at `depth` is the dxf itself. */
  closes(depth: number): boolean {
    return depth === this.depth;
  }

  open(name: string, attributes: XmlAttributes, namespace: string, depth: number): void {
    const below = depth - this.depth;
    if (namespace !== this.main) return;
    if (below === 1) {
      this.child = name;
      if (name === "numFmt")
        this.dxf.format = checkedFormat(
          attributes.get("formatCode") ?? builtInFormat(styleIndex(attributes.get("numFmtId"), name) ?? 0),
        );
    } else if (below === 2 && this.child === "font" && name === "color") this.dxf.font = colourOf(attributes);
    else if (below === 2 && this.child === "font" && name === "strike") this.dxf.struck = isOn(attributes);
    else if (below === 2 && this.child === "font" && name === "name") {
      const symbolFont = symbolFontOf(attributes.get("val"));
      if (symbolFont !== undefined) this.dxf.symbolFont = symbolFont;
    } else if (below === 2 && this.child === "font" && name === "sz") {
      const size = sizeOf(attributes.get("val"));
      if (size !== undefined && Number.isFinite(size)) this.dxf.fontSize = size;
    } else if (below >= 2 && this.child === "fill") {
      this.fill ??= new FillReader("solid");
      this.fill.open(name, attributes, below - 1);
      if (this.fill.fill) this.dxf.fill = this.fill.fill;
    }
  }
}

/** The colours a format writes a figure in (undefined: the font's). */
type FormatColours = (format: string) => (string | undefined)[];

/** A cell style's number format, font colour and fill, as one program reads them. */
interface CellStyle {
  readonly format: string;
  /** Whether the style repeats what the cell shows to fill its width (alignment `fill`): 1 shows as 111. */
  readonly repeats?: true;
  readonly font?: StyleColour;
  /** The font's size in points as drawn (a superscript's smaller), where it gives one. */
  readonly size?: number;
  /** Whether the font strikes its text through. */
  readonly struck?: true;
  readonly bold?: true;
  /** Whether its border draws a diagonal over the cell: a figure crossed out. */
  readonly crossed?: true;
  /** The font's name, where it draws letters as symbols (`symbolFontOf`). */
  readonly symbolFont?: string;
  readonly fill?: Fill;
}

/**
 * How an xf lays out a text (its `alignment`): none is general, without indent, in the text's own reading
 * order.
 */
interface Alignment {
  readonly horizontal: string;
  readonly indent: number;
  readonly rightToLeft?: true;
  readonly rotation?: number | "stacked";
  readonly shrinks?: true;
  readonly wraps?: true;
}

const GENERAL: Alignment = { horizontal: "general", indent: 0 };

/** The smallest and largest font size any program may read a style with. */
interface FontSizes {
  readonly smallest: number;
  readonly largest: number;
}

/** What the styles part of a workbook says of how each cell style shows a number. */
export class CellStyles {
  /**
   * `styles`: each cell style as programs may read it, the first as Excel does; others where a program
   * takes a part of it from the style it is based on (see `readCellStyles`).
   */
  constructor(
    private readonly styles: readonly (readonly CellStyle[])[],
    private readonly dxfs: readonly Dxf[],
    private readonly palette: Palette,
    /** Each cell style's alignments, as programs may read it (see `readCellStyles`). */
    private readonly aligned: readonly (readonly Alignment[])[] = [],
    /** The size of the workbook's default font, whose digits its columns' widths are counted in. */
    readonly defaultFontSize?: number,
  ) {}

  /** Each style's text layout but its column's width, worked out once. */
  private readonly layouts = new Map<string | undefined, TextLayout>();
  /** Each style's alignments of a line that runs on (`lineAlignments`), worked out once. */
  private readonly lines = new Map<string | undefined, readonly string[]>();

  /** The inks worth reporting of each style whose format writes every number in one colour. */
  private readonly reported = new Map<string | undefined, readonly Ink[]>();
  /** The smallest and largest font size of each style, worked out once (headings ask often). */
  private readonly fontSizes = new Map<string | undefined, FontSizes | undefined>();
  /**
   * What each format shows for each number, rendered once: many conditional formats may apply
   * one style to one cell, and a cell is rendered in it once.
   */
  private readonly rendered = new Map<string, Map<number, string | undefined>>();
  /** The inks of each style and number under each conditional format's style, worked out once. */
  private readonly dxfInks = new Map<Dxf, Map<string, readonly Ink[]>>();
  /**
   * The inks of a text in one style over an empty cell in another (`textInksOn`, without runs), by the
   * two styles, then the conditional styles over the text and over the empty cell.
   */
  private readonly groundInks = new Map<string, Map<Dxf | undefined, Map<Dxf | undefined, readonly Ink[]>>>();

  /**
   * Forgets what it worked out once that is more than `max` answers: shared by the files of a template,
   * its caches would otherwise grow with each file's figures (and a hostile file's style names).
   */
  forgetPast(max: number): void {
    const nested = (maps: Map<unknown, Map<unknown, unknown>>) =>
      [...maps.values()].reduce((sum, map) => sum + map.size, 0);
    const kept =
      this.layouts.size +
      this.lines.size +
      this.reported.size +
      this.fontSizes.size +
      nested(this.rendered) +
      nested(this.dxfInks) +
      nested(this.textInksByDxf) +
      nested(this.groundInks);
    if (kept <= max) return;
    for (const cache of [
      this.layouts,
      this.lines,
      this.reported,
      this.fontSizes,
      this.rendered,
      this.dxfInks,
    ])
      cache.clear();
    this.textInksByDxf.clear();
    this.groundInks.clear();
  }

  /** `shownNumber`, once per format and number. */
  private render(format: string, value: number): string | undefined {
    let byValue = this.rendered.get(format);
    if (!byValue) this.rendered.set(format, (byValue = new Map()));
    if (!byValue.has(value)) byValue.set(value, shownNumber(format, value));
    return byValue.get(value);
  }

  private readings(s: string | undefined): readonly CellStyle[] {
    return this.styles[styleIndex(s, "s") ?? 0] ?? [];
  }

  private style(s: string | undefined): CellStyle | undefined {
    return this.readings(s)[0];
  }

  /**
   * The inks of a number in style `s`, or with a conditional format's style over it, other than black on
   * white, which no reader need report.
   */
  reportedInks(s: string | undefined, value: number, dxf?: Dxf): readonly Ink[] {
    if (dxf) {
      let byCell = this.dxfInks.get(dxf);
      if (!byCell) this.dxfInks.set(dxf, (byCell = new Map()));
      // Only a format's colour sections ink a number by its value: without any, one answer per style.
      const byValue = (dxf.format ?? "").includes("[") || this.inksByValue(s);
      const key = byValue ? `${s ?? ""}/${value}` : (s ?? "");
      let inks = byCell.get(key);
      if (!inks) byCell.set(key, (inks = reportedInks(this.inksOf(s, this.numberColours(value), dxf))));
      return inks;
    }
    const cached = this.reported.get(s);
    if (cached) return cached;
    const inks = reportedInks(this.inksOf(s, this.numberColours(value)));
    if (!this.inksByValue(s)) this.reported.set(s, inks);
    return inks;
  }

  /**
   * The inks of a text in style `s`, or with a conditional format's style over it, other than black on
   * white: its font's colour, or its format's text section's, on its fill. Worked out once per style.
   */
  textInks(s: string | undefined, dxf?: Dxf): readonly Ink[] {
    let byStyle = this.textInksByDxf.get(dxf);
    if (!byStyle) this.textInksByDxf.set(dxf, (byStyle = new Map()));
    let inks = byStyle.get(s);
    if (!inks)
      byStyle.set(
        s,
        (inks = reportedInks(
          this.inksOf(s, (format) => textColours(format, this.palette, XLSX_NUMBERED), dxf),
        )),
      );
    return inks;
  }

  private readonly textInksByDxf = new Map<Dxf | undefined, Map<string | undefined, readonly Ink[]>>();

  private numberColours(value: number): (format: string) => (string | undefined)[] {
    return (format) => formatColours(format, value, this.palette, XLSX_NUMBERED);
  }

  /** Whether a number's inks in style `s` depend on its value: a format of it has sections or colours. */
  private inksByValue(s: string | undefined): boolean {
    return this.readings(s).some(({ format }) => format.includes("["));
  }

  /**
   * What a program shows for a number in style `s`, where its format may bend it (plain ones: undefined);
   * repeated where the style fills the cell with it.
   */
  shownAs(s: string | undefined, value: number): string | undefined {
    const style = this.style(s);
    if (style?.repeats) {
      return repeatedToFill(this.render(style.format, value) ?? String(value));
    }
    const format = style?.format;
    return format === undefined ? undefined : this.render(format, value);
  }

  /**
   * Whether every program shows a form's figure, whatever it is, in style `s`: each format it may be read
   * in shows the figure at every probe (counts, money, rates). For a formula saved without its result,
   * whose figure only the core computes: the đồng's currency or accounting format passes, another
   * currency's does not (a percent or the đồng on a count, which only the core tells apart, passes here).
   */
  showsAnyFigure(s: string | undefined): boolean {
    return !this.style(s)?.repeats && this.readings(s).every(({ format }) => showsAnyIn(format));
  }

  /** `showsAnyFigure` of a conditional format's style, where it sets a number format. */
  dxfShowsAnyFigure(dxf: Dxf): boolean {
    return dxf.format === undefined || showsAnyIn(dxf.format);
  }

  /**
   * What another program may show for it, reading the style otherwise (a plain format only where it
   * rounds the figure).
   */
  alsoShownAs(s: string | undefined, value: number): string[] {
    // Asked of every kept number, whose style most often has one reading: a loop, no lists to drop.
    const readings = this.readings(s);
    const shown: string[] = [];
    for (let i = 1; i < readings.length; i++) {
      const { format } = readings[i]!;
      if (readings.findIndex((reading) => reading.format === format) < i) continue;
      const text = this.render(format, value);
      if (text !== undefined) shown.push(text);
    }
    return shown;
  }

  /** What a program may show for a text in style `s`: another text where a reading's format says so. */
  shownText(s: string | undefined, text: string): string {
    for (const { format } of this.readings(s)) {
      const shown = isPlainFormat(format) ? text : shownText(format, text);
      if (shown !== text) return shown;
    }
    return text;
  }

  /**
   * How a number in style `s` is written where its format is General or plain, which shows its own digits
   * (other formats' texts are rendered: `shownAs`); none where the style repeats it across the cell.
   */
  plainWriting(s: string | undefined): NumberWriting | undefined {
    const style = this.style(s);
    if (!style) return "general";
    return !style.repeats && isPlainFormat(style.format) ? plainWriting(style.format) : undefined;
  }

  /** Whether a program may show a text or a figure in style `s` struck through. */
  struck(s: string | undefined): boolean {
    return this.readings(s).some(({ struck }) => struck);
  }

  /** Whether a program may draw a diagonal border over a cell in style `s`. */
  crossed(s: string | undefined): boolean {
    return this.readings(s).some(({ crossed }) => crossed);
  }

  /** Whether every program draws a text in style `s` in a bold font. */
  bold(s: string | undefined): boolean {
    const readings = this.readings(s);
    return readings.length > 0 && readings.every(({ bold }) => bold);
  }

  /** The smallest font size a program may show a number in style `s` in, where the style gives one. */
  fontSize(s: string | undefined): number | undefined {
    return this.fontSizesOf(s)?.smallest;
  }

  /** The largest font size a program may show a text in style `s` in, which takes the most room. */
  largestFontSize(s: string | undefined): number | undefined {
    return this.fontSizesOf(s)?.largest;
  }

  private fontSizesOf(s: string | undefined): FontSizes | undefined {
    if (this.fontSizes.has(s)) return this.fontSizes.get(s);
    const sizes = this.readings(s).flatMap(({ size }) => (size !== undefined ? [size] : []));
    const found =
      sizes.length > 0 ? { smallest: Math.min(...sizes), largest: Math.max(...sizes) } : undefined;
    this.fontSizes.set(s, found);
    return found;
  }

  /**
   * How a text in style `s` is laid out: each alignment a program may read, the largest indent, and a font
   * that draws its letters as symbols.
   */
  textLayout(s: string | undefined): TextLayout {
    let layout = this.layouts.get(s);
    if (!layout) {
      const alignments = this.aligned[styleIndex(s, "s") ?? 0] ?? [GENERAL];
      const turned = alignments.find((a) => a.rotation !== undefined)?.rotation;
      const symbolFont = this.readings(s).find((style) => style.symbolFont)?.symbolFont;
      layout = {
        horizontal: [...new Set(alignments.map((a) => a.horizontal))],
        indent: Math.max(...alignments.map((a) => a.indent)),
        ...(alignments.some((a) => a.rightToLeft) ? { rightToLeft: true } : {}),
        ...(turned !== undefined ? { rotation: turned } : {}),
        ...(alignments.some((a) => a.shrinks) ? { shrinks: true } : {}),
        ...(symbolFont !== undefined ? { symbolFont } : {}),
      };
      this.layouts.set(s, layout);
    }
    return layout;
  }

  /**
   * The alignments a program may draw a line of text in style `s` with on one line, neither wrapped, shrunk
   * nor turned: where too long for its column, it runs on over the empty cells beside it.
   */
  lineAlignments(s: string | undefined): readonly string[] {
    let found = this.lines.get(s);
    if (!found) {
      const alignments = this.aligned[styleIndex(s, "s") ?? 0] ?? [GENERAL];
      found = alignments
        .filter((a) => !a.wraps && !a.shrinks && a.rotation === undefined)
        .map((a) => a.horizontal);
      this.lines.set(s, found);
    }
    return found;
  }

  /**
   * The inks a text in style `s` is drawn in over a cell in style `ground` (an empty cell it runs on over):
   * its font's colours, or those of the `runs` it is written in that run on there, on that cell's fills,
   * black on white left out. A conditional format's style over the text (`line`) may draw it in its font,
   * one over the empty cell (`under`) in its fill (red team, round 59: dark conditional fills beside it).
   */
  textInksOn(
    s: string | undefined,
    ground: string | undefined,
    over: { runs?: readonly StyledRun[]; line?: Dxf; under?: Dxf } = {},
  ): readonly Ink[] {
    const { runs, line, under } = over;
    if (runs) return this.textInksOnUncached(s, ground, runs, line, under);
    // A form's lines run on over a few styles of empty cells: each pair is judged once per template.
    // No attribute's value holds a NUL (XML forbids it): the key names each style, and none.
    const key = `${s ?? "\0-"}\0${ground ?? "\0-"}`;
    let byLine = this.groundInks.get(key);
    if (!byLine) this.groundInks.set(key, (byLine = new Map()));
    let byUnder = byLine.get(line);
    if (!byUnder) byLine.set(line, (byUnder = new Map()));
    let inks = byUnder.get(under);
    if (!inks) byUnder.set(under, (inks = this.textInksOnUncached(s, ground, undefined, line, under)));
    return inks;
  }

  private textInksOnUncached(
    s: string | undefined,
    ground: string | undefined,
    runs: readonly StyledRun[] | undefined,
    line: Dxf | undefined,
    under: Dxf | undefined,
  ): readonly Ink[] {
    const colours = (format: string) => textColours(format, this.palette, XLSX_NUMBERED);
    const dxf = line || under ? { ...line, fill: under?.fill } : undefined;
    const fonts = runs?.map(({ colour }) => colour) ?? [undefined];
    return reportedInks(
      this.readings(s).flatMap((style) =>
        this.readings(ground).flatMap((empty) =>
          fonts.flatMap((font) =>
            this.styleInks({ ...style, font: font ?? style.font, fill: empty.fill }, colours, dxf),
          ),
        ),
      ),
    );
  }

  /**
   * A text written in `runs` in style `s` as a program draws it, for the core to judge what a person
   * reads of it: each run's own colour on each fill the style (or a conditional format's style over it,
   * `dxf`) may be drawn with, its size or the style's, in a row `rowHeight` high.
   */
  drawnRuns(
    s: string | undefined,
    runs: readonly StyledRun[],
    rowHeight: number | undefined,
    dxf?: Dxf,
  ): DrawnRuns {
    const backgrounds = this.readings(s).flatMap(
      (style) =>
        (dxf?.fill && dxfBackgrounds(dxf.fill, this.palette)) ?? fillBackgrounds(style.fill, this.palette),
    );
    return {
      runs: runs.map(({ text, colour, size, script, struck, font }) => {
        const ink = colour && resolveColour(colour, this.palette, AUTO_TEXT);
        const fontSize = size ?? this.fontSize(s);
        return {
          text,
          inks: ink ? backgrounds.map((background) => ({ text: ink, background })) : [],
          ...(fontSize !== undefined ? { fontSizes: [fontSize * (script ? SCRIPT_SIZE : 1)] } : {}),
          ...(struck ? { struck } : {}),
          ...(font !== undefined ? { fonts: [font] } : {}),
        };
      }),
      ...(rowHeight !== undefined ? { rowHeight } : {}),
    };
  }

  /**
   * The inks of a text written wholly in runs of their own colours on style `s`'s fills (see core's
   * `runsInks`); undefined where a run takes the cell's colour, or its format may colour the text.
   */
  runsInks(s: string | undefined, runs: readonly StyledRun[]): readonly Ink[] | undefined {
    if (this.inksByValue(s)) return undefined;
    return runsInks(
      runs.map(({ text, colour }) => {
        const ink = colour && resolveColour(colour, this.palette, AUTO_TEXT);
        return { text, colours: ink ? [ink] : [] };
      }),
      this.readings(s).flatMap((style) => fillBackgrounds(style.fill, this.palette)),
    );
  }

  dxf(id: string | undefined): Dxf | undefined {
    const index = styleIndex(id, "dxfId");
    return index === undefined ? undefined : this.dxfs[index];
  }

  /** What a number shows when a conditional format's style applies: only if that style sets a format. */
  shownWith(dxf: Dxf, value: number): string | undefined {
    return dxf.format === undefined ? undefined : this.render(dxf.format, value);
  }

  /** What a text shows when a conditional format's style applies: another text only where its format says so. */
  textShownWith(dxf: Dxf, text: string): string | undefined {
    if (dxf.format === undefined || isPlainFormat(dxf.format)) return undefined;
    const shown = shownText(dxf.format, text);
    return shown === text ? undefined : shown;
  }

  /**
   * The inks a figure is written in: in style `s`, or with a conditional format's style over it, each
   * format writing it in `colours` (undefined: the font's), on each colour its fill may be drawn in. None
   * where a colour cannot be told (a theme colour out of range).
   */
  private inksOf(s: string | undefined, colours: FormatColours, dxf?: Dxf): Ink[] {
    return this.readings(s).flatMap((style) => this.styleInks(style, colours, dxf));
  }

  private styleInks(style: CellStyle, colours: FormatColours, dxf?: Dxf): Ink[] {
    const fills =
      (dxf?.fill && dxfBackgrounds(dxf.fill, this.palette)) ?? fillBackgrounds(style.fill, this.palette);
    const fontColour = dxf?.font ?? style.font;
    const font = fontColour ? resolveColour(fontColour, this.palette, AUTO_TEXT) : AUTO_TEXT;
    if (font === undefined) return [];
    const format = dxf?.format ?? style.format;
    return fills.flatMap((background) =>
      colours(format).map((colour) => ({ text: colour ?? font, background })),
    );
  }
}

/**
 * The cell styles of a styles part (each `xf` of `cellXfs` with its number format, font colour and fill),
 * its differential styles, and its own indexed colours; the theme's colours from the theme part.
 */
export function readCellStyles(xml: Uint8Array, themeXml: Uint8Array | undefined): CellStyles {
  const part = stylesPart(xml);
  const theme = themeXml && themeXml.length > 0 ? themeColours(themeXml) : DEFAULT_PALETTE.theme;
  let byTheme = SHARED_STYLES.get(part);
  if (!byTheme) SHARED_STYLES.set(part, (byTheme = new WeakMap()));
  let styles = byTheme.get(theme);
  if (!styles) {
    const { dxfs, indexed, aligned, defaultFontSize } = part;
    byTheme.set(
      theme,
      (styles = new CellStyles(part.styles, dxfs, { theme, indexed }, aligned, defaultFontSize)),
    );
  }
  styles.forgetPast(MAX_KEPT_ANSWERS);
  return styles;
}

/**
 * Each styles part's reading under each theme, shared by the reports that repeat both: what it works out
 * of each style (layouts, font sizes, inks) is worked out once per template, not once per file.
 */
const MAX_KEPT_ANSWERS = 50_000;
const SHARED_STYLES = new WeakMap<StylesPart, WeakMap<readonly string[], CellStyles>>();

/** What a styles part holds, read from its XML alone: the cell styles, the dxfs and its indexed colours. */
interface StylesPart {
  readonly styles: readonly (readonly CellStyle[])[];
  readonly dxfs: readonly Dxf[];
  readonly indexed: readonly string[];
  readonly aligned: readonly (readonly Alignment[])[];
  /** The size of the Normal style's font (the first cell style's), whose digits columns are counted in. */
  readonly defaultFontSize?: number;
}

/**
 * The reports of one template, filled by one program, repeat its styles and theme parts byte for byte: each
 * distinct part is read once (what is read is never changed after). A part that is refused is refused
 * again each time, since nothing is kept of it.
 */
const RECENT_PARTS = 8;
const stylesPart = rememberedPart(readStylesPart, RECENT_PARTS);
const themeColours = rememberedPart(readThemeColours, RECENT_PARTS);

/**
 * A cell xf's styles: one for each number format, font and fill a program may draw it in, with its
 * alignment's repeat and its border's cross.
 */
function styleVariants(
  { formats, fontIds, fillIds }: { formats: number[]; fontIds: number[]; fillIds: number[] },
  { crossed, repeats }: { crossed: boolean; repeats: boolean },
  read: FontLists & { custom: ReadonlyMap<number, string>; fills: readonly (Fill | undefined)[] },
) {
  return formats.flatMap((numFmtId) =>
    fontIds.flatMap((fontId) =>
      fillIds.map((fillId) => ({
        ...(crossed ? { crossed: true as const } : {}),
        format: read.custom.get(numFmtId) ?? builtInFormat(numFmtId),
        ...(repeats ? { repeats: true as const } : {}),
        ...(read.fonts[fontId] ? { font: read.fonts[fontId] } : {}),
        ...(read.fontSizes[fontId] !== undefined
          ? { size: read.fontSizes[fontId] * (read.fontScripts[fontId] ? SCRIPT_SIZE : 1) }
          : {}),
        ...(read.fontStrikes[fontId] ? { struck: true as const } : {}),
        ...(read.fontBolds[fontId] ? { bold: true as const } : {}),
        ...(symbolFontOf(read.fontNames[fontId]) ? { symbolFont: symbolFontOf(read.fontNames[fontId]) } : {}),
        ...(read.fills[fillId] ? { fill: read.fills[fillId] } : {}),
      })),
    ),
  );
}

/** Each font's colour, size, strike, bold, name and script, by font index, as read so far. */
interface FontLists {
  readonly fonts: (StyleColour | undefined)[];
  readonly fontSizes: (number | undefined)[];
  readonly fontStrikes: boolean[];
  readonly fontBolds: boolean[];
  readonly fontNames: (string | undefined)[];
  readonly fontScripts: boolean[];
}

/** A font opens: nothing of it read yet. */
function newFont(font: FontLists): void {
  font.fonts.push(undefined);
  font.fontSizes.push(undefined);
  font.fontStrikes.push(false);
  font.fontBolds.push(false);
  font.fontScripts.push(false);
  font.fontNames.push(undefined);
}

/** A child element of the last font read: its colour, size, strike, bold, name or script. */
function takeFontChild(name: string, attributes: XmlAttributes, font: FontLists): void {
  const last = font.fonts.length - 1;
  if (name === "color") font.fonts[last] = colourOf(attributes);
  else if (name === "sz") {
    const val = attributes.get("val");
    const size = val === undefined ? undefined : leadingNumber(val);
    if (size !== undefined && Number.isFinite(size)) font.fontSizes[last] = size;
  } else if (name === "strike") font.fontStrikes[last] = isOn(attributes);
  else if (name === "b") font.fontBolds[last] = isOn(attributes);
  else if (name === "name") font.fontNames[last] = attributes.get("val");
  else if (name === "vertAlign") font.fontScripts[last] = isScript(attributes);
}

function readStylesPart(xml: string): StylesPart {
  const custom = new Map<number, string>();
  const fonts: (StyleColour | undefined)[] = [];
  const fontSizes: (number | undefined)[] = [];
  /** Whether each font is a superscript or a subscript, drawn smaller than its size. */
  const fontScripts: boolean[] = [];
  const fontNames: (string | undefined)[] = [];
  const fontStrikes: boolean[] = [];
  const fontBolds: boolean[] = [];
  const fills: (Fill | undefined)[] = [];
  /** By border, whether it draws a diagonal: a direction (diagonalUp, diagonalDown) and a line. */
  const diagonals: { directed: boolean; lined: boolean }[] = [];
  const lists: FontLists = { fonts, fontSizes, fontStrikes, fontBolds, fontNames, fontScripts };
  const xfs: StyleXf[] = [];
  const parents: StyleXf[] = [];
  /**
   * By cellStyleXfs index, whether the last cell style naming it is one LibreOffice makes a style of (of a
   * name, or built in); and those a built-in Normal names, each of which may write its Default style.
   */
  const styled = new Map<number, boolean>();
  const normals: number[] = [];
  const dxfs: Dxf[] = [];
  const indexed: string[] = [];
  let main: string | null = null;
  let list = "";
  let dxf: DxfReader | null = null;
  let fill: FillReader | null = null;
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (depth === 0) main = name === "styleSheet" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      if (main === null) return;
      if (dxf) return dxf.open(name, attributes, namespace, depth);
      if (namespace !== main) return;
      if (depth === 1) list = name;
      else if (depth === 2) {
        if (list === "numFmts" && name === "numFmt") {
          const id = styleIndex(attributes.get("numFmtId"), "numFmtId");
          const code = attributes.get("formatCode");
          if (id === undefined || code === undefined) return;
          checkedFormat(code);
          // Programs keep different ones of two definitions (the first, the last): refused, as two of
          // anything else a program could pick between are.
          if (custom.has(id) && custom.get(id) !== code) throw new Error(`number format ${id} defined twice`);
          custom.set(id, code);
        } else if ((list === "cellXfs" || list === "cellStyleXfs") && name === "xf")
          (list === "cellXfs" ? xfs : parents).push({ attributes });
        else if (list === "cellStyles" && name === "cellStyle") {
          const xfId = styleIndex(attributes.get("xfId"), "xfId");
          const builtIn = attributes.get("builtinId");
          // LibreOffice reads the number as a number: "00" and "+0" are Normal too (red team, round 38).
          if (builtIn !== undefined && parseInt(builtIn.trim(), 10) === 0 && xfId !== undefined)
            normals.push(xfId);
          if (xfId !== undefined) styled.set(xfId, !!attributes.get("name") || builtIn !== undefined);
        } else if (list === "fonts" && name === "font") {
          newFont(lists);
        } else if (list === "borders" && name === "border") {
          const on = (flag: string) => ["1", "true"].includes(attributes.get(flag)?.trim() ?? "");
          diagonals.push({ directed: on("diagonalUp") || on("diagonalDown"), lined: false });
        } else if (list === "fills" && name === "fill") {
          fills.push(undefined);
          fill = new FillReader("none");
        } else if (list === "dxfs" && name === "dxf") {
          dxf = new DxfReader(main, depth);
          dxfs.push(dxf.dxf);
        }
      } else if (depth === 3) {
        if ((list === "cellXfs" || list === "cellStyleXfs") && name === "alignment") {
          const xf = (list === "cellXfs" ? xfs : parents).at(-1);
          if (xf) xf.alignment = alignmentOf(attributes);
        } else if (list === "fonts" && fonts.length > 0)
          takeFontChild(name, attributes, {
            fonts,
            fontSizes,
            fontStrikes,
            fontBolds,
            fontNames,
            fontScripts,
          });
        else if (list === "colors" && name === "rgbColor") indexed.push(attributes.get("rgb") ?? "");
        else if (list === "borders" && name === "diagonal" && diagonals.length > 0)
          diagonals.at(-1)!.lined = !["", "none"].includes(attributes.get("style")?.trim() ?? "");
      }
      if (depth >= 3 && fill) {
        fill.open(name, attributes, depth - 2);
        fills[fills.length - 1] = fill.fill;
      }
    },
    close(_, __, depth) {
      if (dxf?.closes(depth)) dxf = null;
      if (depth === 1) list = "";
      if (depth === 2) fill = null;
    },
  });
  const aligned: (readonly Alignment[])[] = [];
  const named = new Set([...styled].filter(([, made]) => made).map(([index]) => index));
  const styleXfs: StyleXfs<StyleXf> = { parents, named, normals };
  const sameFill = (a: number, b: number) => a === b || JSON.stringify(fills[a]) === JSON.stringify(fills[b]);
  const idParts = (["NumberFormat", "Font", "Fill", "Border"] as const).map((part) =>
    idPart(part, part === "Fill" ? sameFill : (a, b) => a === b),
  );
  const crosses = (border: number) => !!diagonals[border]?.directed && !!diagonals[border]?.lined;
  const styles = xfs.map((xf) => {
    // Excel draws a cell xf's own parts; LibreOffice may draw its cell style's (`drawnByLibreOffice`).
    const parentIndex = styleIndex(xf.attributes.get("xfId"), "xfId") ?? 0;
    const readings = <T>(part: XfPart<T, StyleXf>): T[] =>
      [part.of(xf), ...drawnByLibreOffice(xf, parentIndex, styleXfs, part)].filter(
        (value, i, all) => all.findIndex((other) => part.same(other, value)) === i,
      );
    const alignmentReadings = readings(ALIGNMENT);
    const repeats = alignmentReadings.some((a) => a.horizontal === "fill");
    aligned.push(alignmentReadings);
    const [formats, fontIds, fillIds, borderIds] = idParts.map(readings) as [
      number[],
      number[],
      number[],
      number[],
    ];
    const crossed = borderIds.some(crosses);
    return styleVariants({ formats, fontIds, fillIds }, { crossed, repeats }, { custom, fills, ...lists });
  });
  // The Normal style's font, which Excel and LibreOffice count column widths in (review: cellStyleXfs[0]
  // taken for it, a Normal style of 36 pt on another xf printed the forms at 14 % while read at 65 %).
  // Of two Normals, the last, as LibreOffice takes it.
  const normalFont = styleIndex(parents[normals.at(-1) ?? 0]?.attributes.get("fontId"), "fontId") ?? 0;
  // A font the list lacks is drawn in font 0, as LibreOffice draws it (red team, round 33).
  const defaultFontSize = fontSizes[normalFont < fontSizes.length ? normalFont : 0];
  return {
    styles,
    dxfs,
    aligned,
    ...(defaultFontSize !== undefined ? { defaultFontSize } : {}),
    indexed: paletteWith(indexed.map((rgb) => rgb.toUpperCase().slice(-6))),
  };
}

/** An xf of cellXfs or cellStyleXfs, and its alignment where it writes one. */
interface StyleXf extends WrittenXf {
  alignment?: Alignment;
}

/**
 * An `alignment` element's horizontal alignment, indent (characters; a hostile one is capped) and
 * whether its reading order is right to left (`readingOrder` 2).
 */
function alignmentOf(attributes: XmlAttributes): Alignment {
  const indent = Number(attributes.get("indent") ?? 0);
  const rotation = excelTurn(attributes.get("textRotation"));
  return {
    horizontal: attributes.get("horizontal") ?? "general",
    indent: Number.isFinite(indent) && indent > 0 ? Math.min(indent, MAX_INDENT) : 0,
    ...(attributes.get("readingOrder")?.trim() === String(RIGHT_TO_LEFT)
      ? { rightToLeft: true as const }
      : {}),
    ...(rotation !== undefined ? { rotation } : {}),
    ...(["1", "true"].includes(attributes.get("shrinkToFit")?.trim() ?? "")
      ? { shrinks: true as const }
      : {}),
    ...(["1", "true"].includes(attributes.get("wrapText")?.trim() ?? "") ? { wraps: true as const } : {}),
  };
}

/** The `readingOrder` of a right-to-left text (0 is the text's own, 1 left to right). */
const RIGHT_TO_LEFT = 2;

/** Excel's largest indent. */
const MAX_INDENT = 250;

const ID_ATTRIBUTE = {
  NumberFormat: "numFmtId",
  Font: "fontId",
  Fill: "fillId",
  Border: "borderId",
} as const;

/** A number format, font or fill id as an xf gives it, 0 where it gives none, as Excel reads it. */
function idPart(
  part: keyof typeof ID_ATTRIBUTE,
  same: (a: number, b: number) => boolean,
): XfPart<number, StyleXf> {
  const attribute = ID_ATTRIBUTE[part];
  return {
    id: true,
    flag: `apply${part}`,
    written: (xf) => xf.attributes.get(attribute) !== undefined,
    of: (xf) => styleIndex(xf?.attributes.get(attribute), attribute) ?? 0,
    same,
    ...(part === "NumberFormat" ? { appliedUnsaid: true } : {}),
  };
}

const sameAlignment = (a: Alignment, b: Alignment) =>
  a.horizontal === b.horizontal &&
  a.indent === b.indent &&
  a.rightToLeft === b.rightToLeft &&
  a.rotation === b.rotation &&
  a.shrinks === b.shrinks &&
  a.wraps === b.wraps;

/** An xf's alignment, as drawnByLibreOffice reads a part. */
const ALIGNMENT: XfPart<Alignment, StyleXf> = {
  id: false,
  flag: "applyAlignment",
  written: (xf) => xf.alignment !== undefined,
  of: (xf) => xf?.alignment ?? GENERAL,
  same: sameAlignment,
};
