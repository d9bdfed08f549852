import { cellValueCondition, errorsCondition, type RuleCondition } from "../../core/report/rule-conditions";
import type { Area } from "../../core/grid/a1";
import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES } from "../limits";
import { builtInFormat } from "../../core/number-formats/number-formats";
import { characters, dword, word } from "./xls-records";
import { rowBoundTokens } from "./xls-formula-tokens";
import {
  extensionColours,
  isAmbiguousTheme,
  type ExtensionColours,
  type XlsColour,
} from "./xls-extended-colours";

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
/** A future record header's area (FrtRefHeader's ref8, after rt and grbitFrt). */
const FRT_AREA = 4;
/**
 * Excel 2007's CFEx (MS-XLS 2.4.44), which extends the rule of a CONDFMT its nID names: a CF12 that
 * follows it (fIsCF12), or one of the CONDFMT's CF records, with formatting of its own where it has a
 * DXFN12 (CFExNonCF12, 2.5.27: fHasDXF, then cbDxf and the DXFN with its extensions). Excel draws that
 * formatting; LibreOffice reads no CFEx and draws the CF's: the cells may show either.
 */
const CFEX = 0x087b;
const CFEX_IS_CF12 = FRT_HEADER;
const CFEX_ID = FRT_HEADER + 4;
const CFEX_HAS_DXF = CFEX_ID + 9;
const CFEX_DXF_SIZE = CFEX_HAS_DXF + 1;
const CFEX_DXFN = CFEX_DXF_SIZE + 4;
/** A CF's ct (MS-XLS 2.4.42): 1, the cell's value compared; 2, a formula. */
const CF_TYPES = new Set([1, 2]);

/**
 * What a CF record's formatting (DXFN, MS-XLS 2.5.49) sets over a cell: its font's colour, its fill and
 * its number format, each where it sets one.
 */
export interface XlsConditionalLook {
  readonly text?: XlsColour;
  /** Whether its font strikes the text through. */
  readonly struck?: boolean;
  /** Its font's size (points). */
  readonly fontSize?: number;
  /** A fill of pattern `pattern` (fls) in palette colours `fore` and `back`, as LibreOffice reads it. */
  readonly fill?: { readonly pattern: number; readonly fore: XlsColour; readonly back: XlsColour };
  readonly format?: string;
}

/** A CF record over the areas of its CONDFMT; `unreadable` where its formatting is cut short or not understood. */
export interface XlsConditional {
  readonly areas: readonly Area[];
  readonly look: XlsConditionalLook | "unreadable";
  /** Where its condition is read, whether it may hold over a cell's value; else it may anywhere. */
  readonly holds?: RuleCondition;
  /** Whether its condition reads the row alone: it holds over all of a row's cells it covers or none. */
  readonly byRow?: true;
}

/**
 * CONDFMT (MS-XLS 2.4.56): ccf, fToughRecalc and nID (15 bits), the bounding area (Ref8U), then the
 * areas' count and each area.
 */
const CONDFMT_ID = 2;
const CONDFMT_AREAS = 12;
const REF8U = 8;
/** CF (MS-XLS 2.4.42): ct, cp, cce1, cce2, then the DXFN. */
const CF_DXFN = 6;
/** A DXFN: 32 bits of flags, 16 more, then the blocks the flags say it holds. */
const DXFN_BLOCKS = 6;
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
const PROTECTION_BLOCK = 0x4000_0000;
const FONT_LENGTH = 118;
const ALIGNMENT_LENGTH = 8;
const BORDER_LENGTH = 8;
const PATTERN_LENGTH = 4;
const PROTECTION_LENGTH = 2;
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
function fillOf(
  flags: number,
  pattern: number,
  fore: XlsColour,
  back: XlsColour,
): XlsConditionalLook["fill"] {
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

/**
 * What a DXFN from `start` to `end` sets, with (where `extended`, a DXFN12's) the colours the extensions
 * after it set over its own; "unreadable" where a block it says it holds is cut short.
 */
function dxfnLook(
  body: Uint8Array,
  start: number,
  end: number,
  extended = false,
): XlsConditionalLook | "unreadable" {
  if (end < start + DXFN_BLOCKS || end > body.length) return "unreadable";
  let flags = dword(body, start);
  let at = start + DXFN_BLOCKS;
  const fits = (length: number) => at + length <= end;
  let format: string | undefined;
  if (flags & NUMBER_BLOCK) {
    if ((word(body, start + 4) & USER_FORMAT) !== 0) {
      format = fits(2) ? userFormat(body.subarray(0, end), at) : undefined;
      if (format === undefined) return "unreadable";
      at += word(body, at);
    } else {
      if (!fits(2)) return "unreadable";
      format = builtInFormat(body[at + 1]!);
      at += 2;
    }
  }
  let text: XlsColour | undefined;
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
  let pattern: number | undefined;
  let fore: XlsColour = WINDOW_TEXT;
  let back: XlsColour = WINDOW;
  if (flags & PATTERN_BLOCK) {
    if (!fits(PATTERN_LENGTH)) return "unreadable";
    pattern = word(body, at) >> 10;
    const colours = word(body, at + 2);
    [fore, back] = [colours & 0x7f, (colours >> 7) & 0x7f];
    at += PATTERN_LENGTH;
  }
  if (flags & PROTECTION_BLOCK) at += PROTECTION_LENGTH;
  const extensions = extended && at < end ? extensionColours(body, at, end) : {};
  if (extensions === "unreadable") return "unreadable";
  // An extension's colour stands for the DXFN's, except a theme's first four where the DXFN sets its own:
  // whether Excel counts them as MS-XLS's ColorTheme does (Dark 1 first) or as its .xlsx styles do
  // (Light 1 first) is not known here, and Excel writes the palette colour nearest beside it.
  const ownPattern = (flags & PATTERN_BLOCK) !== 0;
  const extendedColour = (type: keyof ExtensionColours, ownSet: boolean) => {
    const colour = extensions[type];
    return ownSet && isAmbiguousTheme(colour) ? undefined : colour;
  };
  text = extendedColour("text", text !== undefined) ?? text;
  // An extension's fill colour stands for the pattern's, set even where the DXFN has no pattern block.
  const extendedFore = extendedColour("fore", ownPattern && (flags & FORE_UNSET) === 0);
  const extendedBack = extendedColour("back", ownPattern && (flags & BACK_UNSET) === 0);
  if ((extendedFore !== undefined || extendedBack !== undefined) && pattern === undefined) {
    pattern = SOLID;
    flags |= PATTERN_UNSET | FORE_UNSET | BACK_UNSET;
  }
  if (extendedFore !== undefined) [fore, flags] = [extendedFore, flags & ~FORE_UNSET];
  if (extendedBack !== undefined) [back, flags] = [extendedBack, flags & ~BACK_UNSET];
  const fill = pattern === undefined ? undefined : fillOf(flags, pattern, fore, back);
  return {
    ...(text !== undefined ? { text } : {}),
    ...(struck ? { struck } : {}),
    ...(fontSize !== undefined ? { fontSize } : {}),
    ...(fill ? { fill } : {}),
    ...(format !== undefined ? { format } : {}),
  };
}

/** A CF's comparison operators (cp), as a cell-value rule names them (MS-XLS 2.4.42). */
const OPERATORS = [
  "",
  "between",
  "notBetween",
  "equal",
  "notEqual",
  "greaterThan",
  "lessThan",
  "greaterThanOrEqual",
  "lessThanOrEqual",
];
/** Formula tokens: an integer, a number, unary minus; a reference relative to the cell, a function. */
const PTG_INT = 0x1e;
const PTG_NUM = 0x1f;
const PTG_UMINUS = 0x13;
const PTG_REF_N = new Set([0x2c, 0x4c, 0x6c]);
const PTG_FUNC = new Set([0x21, 0x41, 0x61]);
/** A relative reference's column field with both its row and column relative. */
const BOTH_RELATIVE = 0xc000;
/** ISNA, ISERROR, ISERR (their function numbers). */
const ERROR_TESTS = new Set([2, 3, 126]);

/** A figure a rule's formula is alone (an integer or a number, negated or not); undefined otherwise. */
function figureOf(rgce: Uint8Array): number | undefined {
  const negated = rgce.length > 0 && rgce[rgce.length - 1] === PTG_UMINUS;
  const tokens = negated ? rgce.subarray(0, -1) : rgce;
  const figure =
    tokens.length === 3 && tokens[0] === PTG_INT
      ? word(tokens, 1)
      : tokens.length === 9 && tokens[0] === PTG_NUM
        ? new DataView(tokens.buffer, tokens.byteOffset + 1, 8).getFloat64(0, true)
        : undefined;
  return figure === undefined || !Number.isFinite(figure) ? undefined : negated ? -figure : figure;
}

/** A CF's formulas (ct, cp, cce1, cce2 first, the formulas its last bytes); undefined where they overrun it. */
function cfFormulas(cf: Uint8Array): Uint8Array[] | undefined {
  if (cf.length < CF_DXFN) return undefined;
  const [first, second] = [word(cf, 2), word(cf, 4)];
  if (first + second > cf.length - CF_DXFN) return undefined;
  return [cf.subarray(cf.length - second - first, cf.length - second), cf.subarray(cf.length - second)].slice(
    0,
    second > 0 ? 2 : 1,
  );
}

/**
 * A CF's condition where this reads it: a cell's value compared with figures (ct 1), or an error test of
 * the cell itself (ct 2: ISERROR of a reference to it).
 */
function cfCondition(cf: Uint8Array): RuleCondition | undefined {
  const formulas = cfFormulas(cf);
  if (!formulas) return undefined;
  const [type, operator] = [cf[0]!, cf[1]!];
  if (type === 1) return cellValueCondition(OPERATORS[operator] ?? "", formulas.map(figureOf));
  const [test] = formulas;
  return type === 2 &&
    formulas.length === 1 &&
    test!.length === 8 &&
    PTG_REF_N.has(test![0]!) &&
    word(test!, 1) === 0 &&
    word(test!, 3) === BOTH_RELATIVE &&
    PTG_FUNC.has(test![5]!) &&
    ERROR_TESTS.has(word(test!, 6))
    ? errorsCondition(true)
    : undefined;
}

/** Whether a CF's condition is a formula (ct 2) reading its row alone (see `rowBoundTokens`). */
function cfByRow(cf: Uint8Array): boolean {
  const formulas = cfFormulas(cf);
  return cf[0] === 2 && formulas?.length === 1 && rowBoundTokens(formulas[0]!);
}

/** A CF record's look: its DXFN's. */
const cfLook = (cf: Uint8Array) => dxfnLook(cf, CF_DXFN, cf.length);

/** A CFEx's own look (its DXFN12's, extensions included); undefined where it has none. */
function cfexLook(cfex: Uint8Array): XlsConditionalLook | "unreadable" | undefined {
  if (cfex.length <= CFEX_HAS_DXF || cfex[CFEX_HAS_DXF] === 0) return undefined;
  if (cfex.length < CFEX_DXFN) return "unreadable";
  const size = dword(cfex, CFEX_DXF_SIZE);
  if (size === 0) return undefined;
  return dxfnLook(cfex, CFEX_DXFN, CFEX_DXFN + size, true);
}

/**
 * Reads a sheet's conditional formats, which SheetJS does not read: each CONDFMT record's areas, and the
 * formatting of each CF record after it. Whether a rule's condition holds is not worked out: it may.
 * Past MAX_CONDITIONAL_RULES rules or MAX_CONDITIONAL_AREAS areas the file is refused.
 */
export class XlsConditionalReader {
  readonly conditionals: XlsConditional[] = [];
  /** The areas of the last CONDFMT (or the CONDFMT a CFEx names), and whether their list was cut short. */
  private format: ConditionalAreas | undefined;
  /** Each CONDFMT's areas by its nID, for the CFEx records that name it. */
  private readonly byId = new Map<number, ConditionalAreas>();
  private areaCount = 0;

  take(type: number, body: Uint8Array): void {
    if (type === CONDFMT) {
      this.format = this.areasOf(body);
      this.byId.set(word(body, CONDFMT_ID) >> 1, this.format);
    } else if (type === CONDFMT12) this.format = this.areasOf(body.subarray(FRT_HEADER));
    // A CF of another type than a cell's value or a formula (ct 1, 2) is skipped by LibreOffice, which
    // writes one for a rule .xls cannot hold (top 10, duplicates): red team, round 12.
    else if (type === CF && this.format && CF_TYPES.has(body[0]!))
      this.add(this.format, cfLook(body), cfCondition(body), cfByRow(body));
    else if (type === CF12 && this.format) this.add(this.format, "unreadable");
    else if (type === CFEX && body.length >= CFEX_ID + 2) this.extend(body);
  }

  /**
   * A CFEx: the CF12 after it rules over the areas of the CONDFMT it names; a CF's own formatting is a
   * rule of its own over them, as Excel may draw it. A CFEx naming no CONDFMT rules over its header's area,
   * unread.
   */
  private extend(cfex: Uint8Array): void {
    const named = this.byId.get(word(cfex, CFEX_ID)) ?? {
      areas: [areaAt(cfex, FRT_AREA)],
      cut: true,
    };
    if (dword(cfex, CFEX_IS_CF12) !== 0) {
      this.format = named;
      return;
    }
    const look = cfexLook(cfex);
    if (look !== undefined) this.add(named, look);
  }

  /** A rule over `areas`: its look, or none known where their list was cut short. */
  private add(
    { areas, cut }: ConditionalAreas,
    look: XlsConditionalLook | "unreadable",
    holds?: RuleCondition,
    byRow = false,
  ): void {
    if (this.conditionals.length >= MAX_CONDITIONAL_RULES)
      throw new Error(`more than ${MAX_CONDITIONAL_RULES} conditional formats`);
    this.conditionals.push({
      areas,
      look: cut ? "unreadable" : look,
      ...(holds ? { holds } : {}),
      ...(byRow ? { byRow } : {}),
    });
  }

  /**
   * A CONDFMT's areas (a CONDFMT12's after its header); where their list is cut short, its bounding
   * area, whose every rule is unreadable.
   */
  private areasOf(body: Uint8Array): ConditionalAreas {
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

interface ConditionalAreas {
  readonly areas: readonly Area[];
  readonly cut: boolean;
}
