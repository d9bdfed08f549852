import type { Area } from "../../core/grid/a1";
import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES } from "../limits";
import { builtInFormat } from "../xlsx-reader/number-formats";
import { characters, dword, word } from "./xls-records";

const CONDFMT = 0x01b0;
const CF = 0x01b1;
/**
 * Excel 2007's CONDFMT12 and CF12 (MS-XLS 2.4.57, 2.4.43), which it writes for the rules BIFF8's CF
 * cannot hold (data bars, colour scales, icon sets, top 10, text that contains…): each after a future
 * record header (FrtRefHeader, 12 bytes). Their formatting (DXFN12) is not read: a rule among them may
 * draw over a figure or hide it in Excel, so its cells show nothing known.
 */
const CONDFMT12 = 0x0879;
const CF12 = 0x087a;
const FRT_HEADER = 12;
/** A CF's ct (MS-XLS 2.4.42): 1, the cell's value compared; 2, a formula. */
const CF_TYPES = new Set([1, 2]);

/**
 * What a CF record's formatting (DXFN, MS-XLS 2.5.49) sets over a cell: its font's colour (a palette
 * index), its fill and its number format, each where it sets one.
 */
export interface XlsConditionalLook {
  readonly text?: number;
  /** Whether its font strikes the text through. */
  readonly struck?: boolean;
  /** Its font's size (points). */
  readonly fontSize?: number;
  /** A fill of pattern `pattern` (fls) in palette colours `fore` and `back`, as LibreOffice reads it. */
  readonly fill?: { readonly pattern: number; readonly fore: number; readonly back: number };
  readonly format?: string;
}

/** A CF record over the areas of its CONDFMT; `unreadable` where its formatting is cut short or not understood. */
export interface XlsConditional {
  readonly areas: readonly Area[];
  readonly look: XlsConditionalLook | "unreadable";
}

/** CONDFMT (MS-XLS 2.4.56): ccf, nID, the bounding area (Ref8U), then the areas' count and each area. */
const CONDFMT_AREAS = 12;
const REF8U = 8;
/** CF (MS-XLS 2.4.42): ct, cp, cce1, cce2, then the DXFN: 32 bits of flags, 16 more. */
const DXFN = 6;
const DXFN_BLOCKS = DXFN + 6;
/** The DXFN's flags: a pattern, a fore colour, a back colour left as the cell's (…Ninch). */
const PATTERN_UNSET = 0x0001_0000;
const FORE_UNSET = 0x0002_0000;
const BACK_UNSET = 0x0004_0000;
/** The blocks a DXFN holds, in this order (ibitAtrNum … ibitAtrProt), and their lengths. */
const NUMBER_BLOCK = 0x0200_0000;
const FONT_BLOCK = 0x0400_0000;
const ALIGNMENT_BLOCK = 0x0800_0000;
const BORDER_BLOCK = 0x1000_0000;
const PATTERN_BLOCK = 0x2000_0000;
const FONT_LENGTH = 118;
const ALIGNMENT_LENGTH = 8;
const BORDER_LENGTH = 8;
const PATTERN_LENGTH = 4;
/**
 * A DXFFntD's stxp.twpHeight (MS-XLS 2.5.50, 2.5.267): the font's size in twips, as LibreOffice reads it
 * (XclImpFont::ReadCFFontBlock) only up to 0x7FFF; 0xFFFFFFFF leaves the cell's.
 */
const FONT_HEIGHT_AT = 64;
const MAX_FONT_HEIGHT = 0x7fff;
const TWIPS_PER_POINT = 20;
/** A DXFFntD's icvFore (MS-XLS 2.5.50), 0xFFFFFFFF where it leaves the cell's. */
const FONT_COLOUR_AT = 80;
/**
 * A DXFFntD's stxp.ts and tsNinch (MS-XLS 2.5.50, 2.5.268): ftsStrikeout struck through, where tsNinch's
 * own ftsStrikeout does not leave it as the cell's.
 */
const FONT_STYLE_AT = 68;
const FONT_STYLE_UNSET_AT = 88;
const STRIKEOUT = 0x80;
const UNSET_COLOUR = 0xffff_ffff;
/** fIfmtUser: the format is a string of its own (DXFNumUsr), else a built-in one's index (DXFNumIFmt). */
const USER_FORMAT = 0x0001;
const SOLID = 1;
/** The system's window text and window colours, which stand for a pattern's colours it leaves unset. */
const WINDOW_TEXT = 0x40;
const WINDOW = 0x41;

/** An area as BIFF8 writes it (Ref8U): first and last row, first and last column. */
const areaAt = (body: Uint8Array, at: number): Area => ({
  top: word(body, at),
  bottom: word(body, at + 2),
  left: word(body, at + 4),
  right: word(body, at + 6),
});

/**
 * A DXFN's pattern block as LibreOffice applies it (XclImpCellArea::FillFromCF8): a back colour set with
 * no pattern, or with a solid one, fills the cell in it; a solid pattern without one leaves the fill;
 * another pattern mixes its colours, the system's where unset.
 */
function fillOf(flags: number, pattern: number, colours: number): XlsConditionalLook["fill"] {
  const [fore, back] = [colours & 0x7f, (colours >> 7) & 0x7f];
  const [patternSet, backSet] = [(flags & PATTERN_UNSET) === 0, (flags & BACK_UNSET) === 0];
  if (backSet && (!patternSet || pattern === SOLID)) return { pattern: SOLID, fore: back, back };
  if (!patternSet || pattern === SOLID) return undefined;
  return {
    pattern,
    fore: (flags & FORE_UNSET) === 0 ? fore : WINDOW_TEXT,
    back: backSet ? back : WINDOW,
  };
}

/** A DXFNumUsr's format (an XLUnicodeString in `cb` bytes); none where it does not fit them. */
function userFormat(body: Uint8Array, at: number): string | undefined {
  const size = word(body, at);
  const count = word(body, at + 2);
  const wide = (body[at + 4] ?? 0) & 1;
  const chars = at + 5;
  if (at + size > body.length || size !== 5 + count * (wide + 1)) return undefined;
  return characters(body, chars, count, wide === 1);
}

/** What a CF record's DXFN sets; "unreadable" where a block it says it holds is cut short. */
function lookOf(body: Uint8Array): XlsConditionalLook | "unreadable" {
  if (body.length < DXFN_BLOCKS) return "unreadable";
  const flags = dword(body, DXFN);
  let at = DXFN_BLOCKS;
  const fits = (length: number) => at + length <= body.length;
  let format: string | undefined;
  if (flags & NUMBER_BLOCK) {
    if ((word(body, DXFN + 4) & USER_FORMAT) !== 0) {
      format = fits(2) ? userFormat(body, at) : undefined;
      if (format === undefined) return "unreadable";
      at += word(body, at);
    } else {
      if (!fits(2)) return "unreadable";
      format = builtInFormat(body[at + 1]!);
      at += 2;
    }
  }
  let text: number | undefined;
  let struck = false;
  let fontSize: number | undefined;
  if (flags & FONT_BLOCK) {
    if (!fits(FONT_LENGTH)) return "unreadable";
    const height = dword(body, at + FONT_HEIGHT_AT);
    if (height <= MAX_FONT_HEIGHT) fontSize = height / TWIPS_PER_POINT;
    const icv = dword(body, at + FONT_COLOUR_AT);
    if (icv !== UNSET_COLOUR) text = icv;
    struck =
      (dword(body, at + FONT_STYLE_AT) & STRIKEOUT) !== 0 &&
      (dword(body, at + FONT_STYLE_UNSET_AT) & STRIKEOUT) === 0;
    at += FONT_LENGTH;
  }
  if (flags & ALIGNMENT_BLOCK) at += ALIGNMENT_LENGTH;
  if (flags & BORDER_BLOCK) at += BORDER_LENGTH;
  let fill: XlsConditionalLook["fill"];
  if (flags & PATTERN_BLOCK) {
    if (!fits(PATTERN_LENGTH)) return "unreadable";
    fill = fillOf(flags, word(body, at) >> 10, word(body, at + 2));
  }
  return {
    ...(text !== undefined ? { text } : {}),
    ...(struck ? { struck } : {}),
    ...(fontSize !== undefined ? { fontSize } : {}),
    ...(fill ? { fill } : {}),
    ...(format !== undefined ? { format } : {}),
  };
}

/**
 * Reads a sheet's conditional formats, which SheetJS does not read: each CONDFMT record's areas, and the
 * formatting of each CF record after it. Whether a rule's condition holds is not worked out: it may.
 * Past MAX_CONDITIONAL_RULES rules or MAX_CONDITIONAL_AREAS areas the file is refused.
 */
export class XlsConditionalReader {
  readonly conditionals: XlsConditional[] = [];
  /** The areas of the last CONDFMT, and whether their list was cut short. */
  private format: { readonly areas: readonly Area[]; readonly cut: boolean } | undefined;
  private areaCount = 0;

  take(type: number, body: Uint8Array): void {
    if (type === CONDFMT) this.format = this.areasOf(body);
    else if (type === CONDFMT12) this.format = this.areasOf(body.subarray(FRT_HEADER));
    // A CF of another type than a cell's value or a formula (ct 1, 2) is skipped by LibreOffice, which
    // writes one for a rule .xls cannot hold (top 10, duplicates): red team, round 12.
    else if (type === CF && this.format && CF_TYPES.has(body[0]!)) this.add(body);
    else if (type === CF12 && this.format) this.add(undefined);
  }

  /** A rule over the last CONDFMT's areas: its CF's look, or none known (a CF12's). */
  private add(cf: Uint8Array | undefined): void {
    if (this.conditionals.length >= MAX_CONDITIONAL_RULES)
      throw new Error(`more than ${MAX_CONDITIONAL_RULES} conditional formats`);
    const { areas, cut } = this.format!;
    this.conditionals.push({ areas, look: cut || cf === undefined ? "unreadable" : lookOf(cf) });
  }

  /**
   * A CONDFMT's areas (a CONDFMT12's after its header); where their list is cut short, its bounding
   * area, whose every rule is unreadable.
   */
  private areasOf(body: Uint8Array): { areas: readonly Area[]; cut: boolean } {
    if (body.length < CONDFMT_AREAS + 2) throw new Error(`CONDFMT of ${body.length} bytes`);
    const count = word(body, CONDFMT_AREAS);
    this.areaCount += count;
    if (this.areaCount > MAX_CONDITIONAL_AREAS)
      throw new Error(`more than ${MAX_CONDITIONAL_AREAS} conditional format areas`);
    if (body.length < CONDFMT_AREAS + 2 + count * REF8U) return { areas: [areaAt(body, 4)], cut: true };
    const areas = Array.from({ length: count }, (_, i) => areaAt(body, CONDFMT_AREAS + 2 + i * REF8U));
    return { areas, cut: false };
  }
}
