import type { DrawnRuns, Ink, TextLayout } from "../../core/grid/grid";
import { AUTO_TEXT, NO_FILL, reportedInks, SCRIPT_SIZE } from "../../core/report/legible";
import { excelTurn } from "../../core/report/turned-text";
import { symbolFontOf } from "../../core/report/symbol-fonts";
import {
  DEFAULT_PALETTE,
  formatColours,
  resolveColour,
  textColours,
  XLS_NUMBERED,
  XLS_SYSTEM_INDEXED,
  type Palette,
} from "../colours/colours";
import type { XlsConditionalLook } from "./xls-conditional-formats";
import { mixed } from "../colours/mixed-colours";
import { AUTO_ICV, extensionColours, isAmbiguousTheme, type XlsColour } from "./xls-extended-colours";
import { characters, dword, word } from "./xls-records";
import { XlsStyleParents } from "./xls-style-parents";
import { richStrings, type RichString } from "./xls-rich-strings";
import type { ColouredPiece } from "../../core/report/run-over";

const FONT = 0x0031;
/** The shared strings (MS-XLS 2.4.265), run on in CONTINUE records. */
const SST = 0x00fc;
const CONTINUE = 0x003c;
const XF = 0x00e0;
const STYLE = 0x0293;
const FORMAT = 0x041e;
const STYLEEXT = 0x0892;
const PALETTE = 0x0092;
/** A palette's entries (MS-XLS 2.4.188): LibreOffice reads more, over the system colours from 64 on. */
const PALETTE_ENTRIES = 56;
/**
 * XFEXT (MS-XLS 2.4.355): the colours Excel 2007 and later draw a cell style in (a theme's or an RGB)
 * beside the palette ones its XF gives, which LibreOffice draws: after a future record header (12 bytes)
 * and a reserved word, the XF it extends, then its list of extensions.
 */
const XFEXT = 0x087d;
const XFEXT_HEADER = 12;
const XFEXT_XF = 14;
/**
 * A BIFF8 FONT's height (twips) is at 0, its flags at 2 (fStrikeOut: struck through), its icv at 4, its sss
 * at 8 (1 superscript, 2 subscript: drawn smaller); an XF is 20 bytes (MS-XLS 2.4.122, 2.4.353).
 */
const STRUCK_OUT = 0x0008;
const FONT_LENGTH = 6;
const SCRIPT_AT = 8;
/** Its weight (bls) at 6: 700 bold, 400 normal; 600 and over drawn bold. */
const WEIGHT_AT = 6;
const BOLD_WEIGHT = 600;
/** Its name, a ShortXLUnicodeString: its length, whether its characters are 2 bytes, them. */
const NAME_AT = 14;

/** A FONT's name, where its letters draw as symbols (`symbolFontOf`). */
function symbolFontIn(body: Uint8Array): { symbolFont?: string } {
  if (body.length < NAME_AT + 2) return {};
  const [count, wide] = [body[NAME_AT]!, (body[NAME_AT + 1]! & 1) === 1];
  if (body.length < NAME_AT + 2 + count * (wide ? 2 : 1)) return {};
  const symbolFont = symbolFontOf(characters(body, NAME_AT + 2, count, wide));
  return symbolFont !== undefined ? { symbolFont } : {};
}
const XF_LENGTH = 20;
const TWIPS_PER_POINT = 20;
/** The first palette entry a PALETTE record sets; the 8 before it are fixed. */
const FIRST_CUSTOM = 8;
/** Excel's limits: no file holds more fonts or cell styles (4,050 XFs in Excel 97–2003). */
const MAX_FONTS = 1_024;
const MAX_XFS = 65_536;
/** An XF's fill pattern (fls) of none; solid (1) fills in the fore colour, any other mixes it with the back. */
const NO_PATTERN = 0;
const GENERAL: TextLayout = { horizontal: ["general"], indent: 0 };
/**
 * How much of a pattern's back colour LibreOffice mixes into its fore colour to fill a cell with, in
 * 128ths, by fls (XclTools::GetPatternColor); a pattern past these it fills in the fore colour alone.
 * Excel draws the pattern's dots, which a reader sees as about the same mix.
 */
const BACK_SHARES = [
  0x80, 0x00, 0x40, 0x20, 0x60, 0x40, 0x40, 0x40, 0x40, 0x40, 0x20, 0x60, 0x60, 0x60, 0x60, 0x48, 0x50, 0x70,
  0x78,
];

/**
 * An XF's horizontal alignment (alc, 3 bits), named as the .xlsx format names it; its turn (trot) is the
 * byte at 7; its indent (cIndent, 4 bits), shrink to fit (fShrinkToFit, the bit after) and reading order
 * (iReadOrder, 2 bits: 2 is right to left) share the byte at 8 (MS-XLS 2.4.353).
 */
const ALIGNMENTS = [
  "general",
  "left",
  "center",
  "right",
  "fill",
  "justify",
  "centerContinuous",
  "distributed",
];
const RIGHT_TO_LEFT = 2;

/** An XF's layout of a text: most are General, without indent, and share one. */
function layoutOf(xf: Uint8Array): TextLayout {
  const [horizontal, indent] = [ALIGNMENTS[xf[6]! & 0x07]!, xf[8]! & 0x0f];
  const rightToLeft = ((xf[8]! >> 6) & 0x03) === RIGHT_TO_LEFT;
  // Its turn (trot) is the byte between, as an .xlsx's textRotation counts it.
  const rotation = excelTurn(xf[7]);
  const shrinks = (xf[8]! & 0x10) !== 0;
  if (horizontal === "general" && indent === 0 && !rightToLeft && rotation === undefined && !shrinks)
    return GENERAL;
  return {
    horizontal: [horizontal],
    indent,
    ...(rightToLeft ? { rightToLeft } : {}),
    ...(rotation !== undefined ? { rotation } : {}),
    ...(shrinks ? { shrinks } : {}),
  };
}

/** A cell style's font colour and background, "RRGGBB", each undefined where it cannot be told. */
interface XfLook {
  readonly text: string | undefined;
  readonly background: string | undefined;
}

/** What an .xls's workbook globals say of the font and colours each cell style (XF) writes its text in. */
export interface XlsStyles {
  /** The size (points) of cell style `xf`'s font, where the file gives one. */
  fontSize(xf: number): number | undefined;
  /** The size (points) of the default font (the first FONT), whose digits columns' widths count. */
  readonly defaultFontSize?: number;
  /**
   * Throws where LibreOffice may draw a cell in cell style `xf` otherwise than its own fields say (see
   * `XlsStyleParents`).
   */
  checkCellStyle(xf: number): void;
  /** Whether cell style `xf`'s font strikes its text through. */
  struck(xf: number): boolean;
  /** Whether cell style `xf` draws a diagonal border over its cell: a figure crossed out. */
  crossed(xf: number): boolean;
  /** How cell style `xf` lays out a text (general, without indent, where the file does not say). */
  textLayout(xf: number): TextLayout;
  /** Whether cell style `xf` draws its text in a bold font. */
  bold(xf: number): boolean;
  /** The inks a number is written in, in cell style `xf` and number format `format`: none for black on white. */
  numberInks(xf: number, format: string, value: number): readonly Ink[];
  /** The inks a text is written in, in cell style `xf` and number format `format`: none for black on white. */
  textInks(xf: number, format: string): readonly Ink[];
  /**
   * The alignments a text in cell style `xf` is drawn in on one line, neither wrapped, shrunk nor turned:
   * where too long for its column, it runs on over the empty cells beside it.
   */
  lineAlignments(xf: number): readonly string[];
  /**
   * The inks a text in cell style `xf` is drawn in over an empty cell in cell style `ground`; a conditional
   * format's look over the text (`line`) in its font's colour, one over the empty cell (`under`) in its fill.
   */
  textInksOn(
    xf: number,
    format: string,
    ground: number,
    over?: {
      readonly line?: XlsConditionalLook;
      readonly under?: XlsConditionalLook;
      /** The colours of the runs that reach the empty cell, `undefined` for the cell's own. */
      readonly runs?: readonly (string | undefined)[];
    },
  ): readonly Ink[];
  /**
   * Shared string `index` in cell style `xf` in a row `rowHeight` high, where it is written in runs of
   * fonts, as a program draws them: for the core to judge what a person reads of it (`GridCell.drawnRuns`).
   */
  drawnRuns(xf: number, index: number, rowHeight: () => number | undefined): DrawnRuns | undefined;
  /**
   * The runs shared string `index` in cell style `xf` is written in, each in its font's size (points) and
   * colour, where it is written in runs: how far its line runs on, in what inks (red team, round 60).
   */
  linePieces(xf: number, index: number): ColouredPiece[] | undefined;
  /**
   * The inks a number or a text (`content`) is written in when a conditional format sets `look` over cell
   * style `xf` and number format `format`: none for black on white.
   */
  conditionalInks(
    xf: number,
    format: string,
    content: number | string,
    look: XlsConditionalLook,
  ): readonly Ink[];
  /**
   * How LibreOffice draws a cell a rule's `look` applies to: in a style it makes of the rule under its
   * Default style (the file's Normal XF), so what the rule leaves unset is the Default style's, not the
   * cell's own (red team, round 54: a Normal style's `#,##0"0"`, `;;;` or white font showed through a
   * rule that sets nothing). "unreadable" where that is a symbol font.
   */
  underRule(look: XlsConditionalLook): XlsConditionalLook | "unreadable";
}

/** A FONT: `points` the size its text is drawn at (a superscript's smaller), `size` the size it gives. */
interface XlsFont {
  icv: number;
  points: number;
  size: number;
  struck: boolean;
  bold: boolean;
  symbolFont?: string;
}

/**
 * Reads the FONT, XF and PALETTE records of an .xls's workbook globals, which SheetJS reads only for
 * fills: each record is given to `take` in the stream's order, and `styles` says what they make.
 */
export class XlsStyleReader {
  /** Each FONT. */
  private readonly fonts: XlsFont[] = [];
  private readonly xfs: {
    font: number;
    fls: number;
    fore: number;
    back: number;
    layout: TextLayout;
    /** Whether it wraps its text (fWrap, the bit after alc). */
    wraps: boolean;
    crossed: boolean;
  }[] = [];
  private readonly indexed = [...DEFAULT_PALETTE.indexed];
  /** By XF, the text and fill colours its XFEXT gives Excel to draw, where it gives any it can be told by. */
  private readonly extended = new Map<number, Record<"text" | "fore" | "back", XlsColour | undefined>>();
  /** The SST record's body and its CONTINUE records', while they are being met. */
  private readonly sst: Uint8Array[] = [];
  private sstOpen = false;
  private readonly parents = new XlsStyleParents();
  private palettes = 0;

  take(type: number, body: Uint8Array): void {
    this.sstOpen = type === SST || (type === CONTINUE && this.sstOpen);
    // Of two SSTs, SheetJS and LibreOffice keep the last.
    if (type === SST) this.sst.length = 0;
    if (this.sstOpen) this.sst.push(body);
    if (type === FONT && body.length >= FONT_LENGTH) {
      if (this.fonts.length >= MAX_FONTS) throw new Error(`more than ${MAX_FONTS} fonts`);
      const size = word(body, 0) / TWIPS_PER_POINT;
      this.fonts.push({
        icv: word(body, 4),
        points:
          size * (body.length >= SCRIPT_AT + 2 && [1, 2].includes(word(body, SCRIPT_AT)) ? SCRIPT_SIZE : 1),
        size,
        struck: (word(body, 2) & STRUCK_OUT) !== 0,
        bold: body.length >= WEIGHT_AT + 2 && word(body, WEIGHT_AT) >= BOLD_WEIGHT,
        ...symbolFontIn(body),
      });
    } else if (type === XF && body.length >= XF_LENGTH) {
      if (this.xfs.length >= MAX_XFS) throw new Error(`more than ${MAX_XFS} cell styles`);
      const colours = word(body, 18);
      this.parents.xf(body);
      this.xfs.push({
        font: word(body, 0),
        fls: dword(body, 14) >>> 26,
        fore: colours & 0x7f,
        back: (colours >> 7) & 0x7f,
        layout: layoutOf(body),
        wraps: (body[6]! & 0x08) !== 0,
        // grbitDiag (which diagonals, none for 0) and dgDiag (their line, none for 0), MS-XLS 2.4.353.
        crossed: dword(body, 10) >>> 30 !== 0 && ((dword(body, 14) >>> 21) & 0xf) !== 0,
      });
    } else if (type === XFEXT && body.length >= XFEXT_XF + 2) {
      const colours = extensionColours(body, XFEXT_HEADER, body.length);
      // A theme's first four are left to the XF's own colour, which Excel writes as the nearest; so is a
      // gradient or a colour of no known type, which Excel draws as LibreOffice cannot tell.
      const colourOf = (kind: "text" | "fore" | "back") => {
        const colour = colours === "unreadable" ? undefined : colours[kind];
        return isAmbiguousTheme(colour) ? undefined : colour;
      };
      const found = { text: colourOf("text"), fore: colourOf("fore"), back: colourOf("back") };
      if (Object.values(found).some((colour) => colour !== undefined))
        this.extended.set(word(body, XFEXT_XF), found);
    } else if (type === FORMAT) this.parents.format(body);
    else if (type === STYLE) this.parents.style(body);
    else if (type === STYLEEXT) this.parents.styleExtension(body);
    else if (type === PALETTE && body.length >= 2) {
      // LibreOffice keeps the last palette's entries alone, and a longer one's past the 56 as the system
      // colours (red team, round 24: text and fill of one colour there, black on a fill here).
      if (++this.palettes > 1) throw new Error("two PALETTE records");
      if (word(body, 0) > PALETTE_ENTRIES) throw new Error(`a PALETTE of ${word(body, 0)} colours`);
      // Entries past the record are none.
      const count = Math.min(word(body, 0), Math.floor((body.length - 2) / 4));
      for (let i = 0; i < count; i++) {
        const at = 2 + 4 * i;
        this.indexed[FIRST_CUSTOM + i] = [body[at]!, body[at + 1]!, body[at + 2]!]
          .map((channel) => channel.toString(16).padStart(2, "0"))
          .join("")
          .toUpperCase();
      }
    }
  }

  /** How Excel draws each cell style its XFEXT extends, from how LibreOffice draws it (`looks`). */
  private excelLooks(
    looks: readonly XfLook[],
    textOf: (icv: XlsColour | undefined) => string | undefined,
    backgroundOf: (fls: number, fore: XlsColour, back: XlsColour) => string | undefined,
  ): Map<number, XfLook> {
    const excelLooks = new Map<number, XfLook>();
    for (const [xf, { text, fore, back }] of this.extended) {
      const [own, drawn] = [this.xfs[xf], looks[xf]];
      if (!own || !drawn) continue;
      excelLooks.set(xf, {
        text: text !== undefined ? textOf(text) : drawn.text,
        background: backgroundOf(own.fls, fore ?? own.fore, back ?? own.back),
      });
    }
    return excelLooks;
  }

  /** A rule's look over the default cell style's, which gives what the rule leaves out. */
  private underDefault(
    look: XlsConditionalLook,
    defaultFont: XlsFont | undefined,
  ): XlsConditionalLook | "unreadable" {
    const defaultXf = this.xfs[this.parents.defaultXf];
    if (defaultFont?.symbolFont !== undefined) return "unreadable";
    const format = look.format ?? this.parents.defaultFormat();
    const text = look.text ?? defaultFont?.icv;
    const fontSize = look.fontSize ?? defaultFont?.points;
    const fill =
      look.fill ??
      (defaultXf && defaultXf.fls !== NO_PATTERN
        ? { pattern: defaultXf.fls, fore: defaultXf.fore, back: defaultXf.back }
        : undefined);
    return {
      ...look,
      ...(text !== undefined ? { text } : {}),
      ...(fontSize !== undefined ? { fontSize } : {}),
      ...(look.struck || defaultFont?.struck ? { struck: true } : {}),
      ...(fill ? { fill } : {}),
      ...(format !== undefined ? { format } : {}),
    };
  }

  styles(): XlsStyles {
    const palette: Palette = { theme: DEFAULT_PALETTE.theme, indexed: this.indexed };
    // Past the palette, the system colours an icv names, as LibreOffice draws them (red team, round 13); a
    // rule's extended colour (an RGB, a theme's) as an .xlsx's.
    const colour = (given: XlsColour) =>
      typeof given === "number"
        ? (this.indexed[given] ?? XLS_SYSTEM_INDEXED.get(given))
        : resolveColour(given, palette, AUTO_TEXT);
    // The fifth font (index 4) is never written: an index past it counts from one lower, and 4 itself
    // LibreOffice draws as the first font in bold.
    const fontAt = (font: number) => this.fonts[font === 4 ? 0 : font > 4 ? font - 1 : font];
    const fontOf = (xf: number) => {
      const font = this.xfs[xf]?.font;
      return font === undefined ? undefined : fontAt(font);
    };
    const textOf = (icv: XlsColour | undefined) =>
      icv === undefined || icv === AUTO_ICV ? AUTO_TEXT : (colour(icv) ?? AUTO_TEXT);
    // A fill colour of no index LibreOffice knows it draws as none, white (red team, round 29: icv 66 of
    // a white font read as not judged, white on white there); a pattern as the one colour it mixes (a
    // black font on a black pattern 19, a cream one on a 75 % cream pattern, read as not judged).
    const fillColour = (given: XlsColour) => colour(given) ?? NO_FILL;
    const backgroundOf = (fls: number, fore: XlsColour, back: XlsColour) =>
      fls === NO_PATTERN ? NO_FILL : mixed(fillColour(back), fillColour(fore), BACK_SHARES[fls] ?? 0);
    const looks = this.xfs.map(
      ({ fls, fore, back }, xf): XfLook => ({
        text: textOf(fontOf(xf)?.icv),
        background: backgroundOf(fls, fore, back),
      }),
    );
    // How Excel draws a cell style its XFEXT extends: judged beside how LibreOffice draws it.
    const excelLooks = this.excelLooks(looks, textOf, backgroundOf);
    const inksIn = (look: XfLook | undefined, colours: (string | undefined)[]): readonly Ink[] => {
      if (look?.text === undefined || look.background === undefined) return [];
      return reportedInks(colours.map((c) => ({ text: c ?? look.text!, background: look.background! })));
    };
    /** The inks of cell style `xf`'s text in `colours`, as LibreOffice and as Excel draw it. */
    const inksOf = (xf: number, colours: (string | undefined)[], over = (look: XfLook) => look) => {
      const [drawn, excel] = [looks[xf], excelLooks.get(xf)];
      const inks = inksIn(drawn && over(drawn), colours);
      return excel ? reportedInks([...inks, ...inksIn(over(excel), colours)]) : inks;
    };
    const contentColours = (format: string, content: number | string) =>
      typeof content === "number"
        ? formatColours(format, content, palette, XLS_NUMBERED)
        : textColours(format, palette, XLS_NUMBERED);
    // Read with the globals, so that a table LibreOffice and SheetJS read apart refuses the file there.
    const rich: ReadonlyMap<number, RichString> = richStrings(this.sst);
    /** A string's runs, each its text and font: a font the file does not hold is the cell's, as LibreOffice draws it. */
    const runsOf = (xf: number, { text, runs }: RichString) => {
      const pieces = [
        { from: 0, font: fontOf(xf) },
        ...runs.map((run) => ({ from: run.from, font: fontAt(run.font) ?? fontOf(xf) })),
      ];
      return pieces.map(({ from, font }, i) => ({
        text: text.slice(from, pieces[i + 1]?.from ?? text.length),
        font,
      }));
    };
    const parents = this.parents;
    const hasFont = (font: number) => fontAt(font) !== undefined;
    const defaultFont = fontOf(parents.defaultXf);
    return {
      underRule: (look) => this.underDefault(look, defaultFont),
      checkCellStyle: (xf) => {
        const problem = parents.problem(xf, hasFont);
        if (problem !== null) throw new Error(problem);
      },
      linePieces: (xf, index) => {
        const string = rich.get(index);
        if (!string) return undefined;
        return runsOf(xf, string).map(({ text, font }) => ({
          text,
          colours: font ? [textOf(font.icv)] : [],
          ...(font ? { fontSize: font.points } : {}),
        }));
      },
      drawnRuns: (xf, index, rowHeightOf) => {
        const string = rich.get(index);
        if (!string) return undefined;
        const backgrounds = [looks[xf], excelLooks.get(xf)].flatMap((look) =>
          look?.background !== undefined ? [look.background] : [],
        );
        const rowHeight = rowHeightOf();
        return {
          runs: runsOf(xf, string).map(({ text, font }) => ({
            text,
            inks: font ? backgrounds.map((background) => ({ text: textOf(font.icv), background })) : [],
            ...(font ? { fontSizes: [font.points], struck: font.struck } : {}),
            ...(font?.symbolFont !== undefined ? { fonts: [font.symbolFont] } : {}),
          })),
          ...(rowHeight !== undefined ? { rowHeight } : {}),
        };
      },
      fontSize: (xf) => fontOf(xf)?.points,
      // Columns are laid out in the default font's digits at its own size, a superscript or not (red team,
      // round 34: FONT 0 of 28 pt in superscript printed the forms at 1.4 pt, read as 16.2 pt).
      ...(this.fonts[0] ? { defaultFontSize: this.fonts[0].size } : {}),
      struck: (xf) => fontOf(xf)?.struck ?? false,
      bold: (xf) => fontOf(xf)?.bold ?? false,
      crossed: (xf) => this.xfs[xf]?.crossed ?? false,
      textLayout: (xf) => {
        const layout = this.xfs[xf]?.layout ?? GENERAL;
        const symbolFont = fontOf(xf)?.symbolFont;
        return symbolFont === undefined ? layout : { ...layout, symbolFont };
      },
      numberInks: (xf, format, value) => inksOf(xf, contentColours(format, value)),
      textInks: (xf, format) => inksOf(xf, contentColours(format, "")),
      lineAlignments: (xf) => {
        const own = this.xfs[xf];
        const layout = own?.layout ?? GENERAL;
        return own?.wraps || layout.shrinks || layout.rotation !== undefined ? [] : layout.horizontal;
      },
      textInksOn: (xf, format, ground, { line, under, runs = [undefined] } = {}) =>
        reportedInks(
          runs.flatMap((run) =>
            inksOf(xf, contentColours(line?.format ?? format, ""), (look) => ({
              text: line?.text !== undefined ? textOf(line.text) : (run ?? look.text),
              background: under?.fill
                ? backgroundOf(under.fill.pattern, under.fill.fore, under.fill.back)
                : looks[ground]?.background,
            })),
          ),
        ),
      conditionalInks: (xf, format, content, { text, fill, format: own }) =>
        inksOf(xf, contentColours(own ?? format, content), (look) => ({
          text: text === undefined ? look.text : textOf(text),
          background: fill ? backgroundOf(fill.pattern, fill.fore, fill.back) : look.background,
        })),
    };
  }
}
