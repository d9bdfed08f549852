import type { XmlAttributes } from "../xml/xml-stream";
import { textSection } from "../../core/number-formats/format-pieces";

/** A colour as SpreadsheetML gives one: its own RGB, a theme colour (with a tint), an indexed one or auto. */
export interface StyleColour {
  readonly rgb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
  readonly auto?: boolean;
}

/** The colours a workbook's theme and palette give its theme and indexed references, as "RRGGBB". */
export interface Palette {
  /** In Excel's order of theme indexes: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
  readonly theme: readonly string[];
  readonly indexed: readonly string[];
}

/** ECMA-376 §18.8.27: the indexed colours of a workbook that lists none of its own. */
const DEFAULT_INDEXED = [
  ..."000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF".split(" "),
  ..."000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF".split(" "),
  ..."800000 008000 000080 808000 800080 008080 C0C0C0 808080".split(" "),
  ..."9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF".split(" "),
  ..."000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF".split(" "),
  ..."00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99".split(" "),
  ..."3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696".split(" "),
  ..."003366 339966 003300 333300 993300 993366 333399 333333".split(" "),
];

/**
 * The indexed colours of a workbook that lists `given` (RRGGBB): LibreOffice puts them over the default
 * palette from index 0 and keeps the default for the indexes a short list leaves out (red team, round 13:
 * five entries, then a font of index 9 drawn in the default's white).
 */
export const paletteWith = (given: readonly string[]): string[] =>
  given.length >= DEFAULT_INDEXED.length ? [...given] : [...given, ...DEFAULT_INDEXED.slice(given.length)];

/**
 * The system's colours, by the name a theme's `sysClr` gives: what LibreOffice draws them in (its oox
 * import's own table, whatever the desktop), which Windows' defaults are alike to (a button's face
 * F0F0F0 where LibreOffice has ECE9D8: both pale).
 */
export const SYSTEM_COLOURS: ReadonlyMap<string, string> = new Map([
  ["3dDkShadow", "716F64"],
  ["3dLight", "F1EFE2"],
  ["activeBorder", "D4D0C8"],
  ["activeCaption", "0054E3"],
  ["appWorkspace", "808080"],
  ["background", "004E98"],
  ["btnFace", "ECE9D8"],
  ["btnHighlight", "FFFFFF"],
  ["btnShadow", "ACA899"],
  ["btnText", "000000"],
  ["captionText", "FFFFFF"],
  ["gradientActiveCaption", "3D95FF"],
  ["gradientInactiveCaption", "D8E4F8"],
  ["grayText", "ACA899"],
  ["highlight", "316AC5"],
  ["highlightText", "FFFFFF"],
  ["hotLight", "000080"],
  ["inactiveBorder", "D4D0C8"],
  ["inactiveCaption", "7A96DF"],
  ["inactiveCaptionText", "D8E4F8"],
  ["infoBk", "FFFFE1"],
  ["infoText", "000000"],
  ["menu", "FFFFFF"],
  ["menuBar", "ECE9D8"],
  ["menuHighlight", "316AC5"],
  ["menuText", "000000"],
  ["scrollBar", "D4D0C8"],
  ["window", "FFFFFF"],
  ["windowFrame", "000000"],
  ["windowText", "000000"],
]);

/**
 * The system colours an index past the palette names (MS-XLS 2.5.161 Icv: 64 and 65 the window's text
 * and background, 67 a button's face, 77–81 a chart's text, background and border and a note's
 * background and text), as an .xlsx's reader draws them: LibreOffice's oox import, which reads any other
 * index as automatic (red team, round 13: a font of index 78 drawn white, of 67 #ECE9D8).
 */
const XLSX_SYSTEM_INDEXED: ReadonlyMap<number, string> = new Map(
  (
    [
      [64, "windowText"],
      [65, "window"],
      [67, "btnFace"],
      [77, "windowText"],
      [78, "window"],
      [79, "windowText"],
      [80, "infoBk"],
      [81, "infoText"],
    ] as const
  ).map(([index, name]) => [index, SYSTEM_COLOURS.get(name)!]),
);

/**
 * The same as LibreOffice reads them in an .xls: a button's face and a note's colours are its own
 * (#EFEFEF, #FFFFC0 and black) rather than the system's (red team, round 13: FONT icv 67 drawn #EFEFEF,
 * icv 80 #FFFFC0).
 */
export const XLS_SYSTEM_INDEXED: ReadonlyMap<number, string> = new Map([
  ...XLSX_SYSTEM_INDEXED,
  [67, "EFEFEF"],
  [80, "FFFFC0"],
  [81, "000000"],
]);

/** Office's default theme, for a workbook without one (ours have none), in Excel's index order. */
const DEFAULT_THEME = "FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72";

export const DEFAULT_PALETTE: Palette = { theme: DEFAULT_THEME.split(" "), indexed: DEFAULT_INDEXED };

const HEX = /^[0-9A-F]{6}$/;

/** A color element's attributes (font › color, fgColor, bgColor), or undefined when it names none. */
export function colourOf(attributes: XmlAttributes): StyleColour | undefined {
  const rgb = attributes.get("rgb")?.toUpperCase();
  const theme = attributes.get("theme");
  const indexed = attributes.get("indexed");
  const tint = Number(attributes.get("tint") ?? 0);
  const colour = {
    ...(rgb !== undefined ? { rgb } : {}),
    ...(theme !== undefined ? { theme: Number(theme) } : {}),
    ...(indexed !== undefined ? { indexed: Number(indexed) } : {}),
    ...(Number.isFinite(tint) && tint !== 0 ? { tint: Math.max(-1, Math.min(1, tint)) } : {}),
    ...(attributes.get("auto") === "1" || attributes.get("auto") === "true" ? { auto: true } : {}),
  };
  return Object.keys(colour).length > 0 ? colour : undefined;
}

/**
 * The RGB a colour shows ("RRGGBB"), or undefined when it cannot be told (a theme or index out of range,
 * an RGB that is none). `auto` is the caller's automatic colour, `unnamed` what an index past the palette
 * that names no system colour shows (a font's automatic colour; no fill). The alpha of an ARGB is
 * ignored, as Excel ignores it.
 */
export function resolveColour(
  colour: StyleColour,
  palette: Palette,
  auto: string,
  unnamed = auto,
): string | undefined {
  let rgb: string | undefined;
  // A theme before an RGB, as LibreOffice reads them (tdf#113271, found from Excel 2013's own order; red
  // team, round 13: `rgb="FF000000" theme="0"` drawn white).
  if (colour.theme !== undefined) rgb = palette.theme[colour.theme];
  else if (colour.rgb !== undefined) rgb = colour.rgb.length === 8 ? colour.rgb.slice(2) : colour.rgb;
  else if (colour.indexed !== undefined) rgb = indexedColour(colour.indexed, palette, unnamed);
  else if (colour.auto) rgb = auto;
  if (rgb === undefined || !HEX.test(rgb)) return undefined;
  return colour.tint ? tinted(rgb, colour.tint) : rgb;
}

/** An indexed colour: the palette's, else the system colour the index names, else `unnamed`. */
function indexedColour(index: number, palette: Palette, unnamed: string): string | undefined {
  if (palette.indexed[index] !== undefined || index < DEFAULT_INDEXED.length) return palette.indexed[index];
  return XLSX_SYSTEM_INDEXED.get(index) ?? unnamed;
}

const channels = (rgb: string) => [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);

/** ECMA-376 §18.8.19: a tint moves the colour's lightness towards black (below 0) or white (above). */
function tinted(rgb: string, tint: number): string {
  const [r, g, b] = channels(rgb) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const h = d === 0 ? 0 : max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1
      ? [c, x, 0]
      : h < 2
        ? [x, c, 0]
        : h < 3
          ? [0, c, x]
          : h < 4
            ? [0, x, c]
            : h < 5
              ? [x, 0, c]
              : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ["black", "000000"],
  ["blue", "0000FF"],
  ["cyan", "00FFFF"],
  ["green", "00FF00"],
  ["magenta", "FF00FF"],
  ["red", "FF0000"],
  ["white", "FFFFFF"],
  ["yellow", "FFFF00"],
]);

/**
 * What LibreOffice writes `[Color1]` to `[Color64]` in: its own standard palette, whatever the workbook's
 * indexed colours (red team, round 8: L1, where `[Color12]` is white). Read from LibreOffice 7.4's .ods
 * export of an .xlsx whose cells are formatted `[Color1]0` … `[Color139]0`: each number style's fo:color.
 */
const LIBREOFFICE_NUMBERED = [
  ..."000000 111111 1C1C1C 333333 666666 808080 999999 B2B2B2".split(" "),
  ..."CCCCCC DDDDDD EEEEEE FFFFFF FFFF00 FFBF00 FF8000 FF4000".split(" "),
  ..."FF0000 BF0041 800080 55308D 2A6099 158466 00A933 81D41A".split(" "),
  ..."FFFFD7 FFF5CE FFDBB6 FFD8CE FFD7D7 F7D1D5 E0C2CD DEDCE6".split(" "),
  ..."DEE6EF DEE7E5 DDE8CB F6F9D4 FFFFA6 FFE994 FFB66C FFAA95".split(" "),
  ..."FFA6A6 EC9BA4 BF819E B7B3CA B4C7DC B3CAC7 AFD095 E8F2A1".split(" "),
  ..."FFFF6D FFDE59 FF972F FF7B59 FF6D6D E16173 A1467E 8E86AE".split(" "),
  // Past Excel's 56: LibreOffice still reads these (from 65 on, no colour).
  ..."729FCF 81ACA6 77BC65 D4EA6B FFFF38 FFD428 FF860D FF5429".split(" "),
];

/** One program's colour for a format's `[ColorN]`, given the workbook's palette. */
type NumberedColour = (n: number, palette: Palette) => string | undefined;

const excelNumbered: NumberedColour = (n, palette) => palette.indexed[n + 7];
const libreOfficeNumbered: NumberedColour = (n) => LIBREOFFICE_NUMBERED[n - 1];

/**
 * The readings of `[ColorN]` a file's figures are judged by, one for each program that may show it: an
 * .xlsx's both Excel's and LibreOffice's; an .xls's Excel's alone (LibreOffice shows an .xls's black).
 */
export type NumberedReadings = readonly NumberedColour[];
export const XLSX_NUMBERED: NumberedReadings = [excelNumbered, libreOfficeNumbered];
export const XLS_NUMBERED: NumberedReadings = [excelNumbered];

/** The colours a format's bracket names ("Red", "Color12"), as each program reads it: none if it names none. */
function bracketColours(inside: string, palette: Palette, readings: NumberedReadings): string[] {
  const name = inside.trim().toLowerCase();
  const named = NAMED.get(name);
  if (named) return [named];
  const numbered = /^colou?r\s*(\d+)$/.exec(name);
  if (!numbered) return [];
  const colours = readings.map((colour) => colour(Number(numbered[1]), palette));
  return [...new Set(colours.filter((colour) => colour !== undefined))];
}

/** The colours a format may write a text in: its text section's, if it names one (undefined: the font's). */
export function textColours(
  code: string,
  palette: Palette,
  readings: NumberedReadings,
): (string | undefined)[] {
  if (!code.includes("[")) return [undefined];
  for (const piece of textSection(code) ?? [])
    if (piece.kind === "bracket") {
      const colours = bracketColours(piece.text, palette, readings);
      if (colours.length > 0) return colours;
    }
  return [undefined];
}

interface FormatSection {
  /** Its colour as each program reads it; empty: the font's. */
  readonly colours: readonly string[];
  readonly conditional: boolean;
}

/** A number format's sections (positive; negative; zero; text), each with its colours and whether it has a condition. */
function formatSections(code: string, palette: Palette, readings: NumberedReadings): FormatSection[] {
  const sections: FormatSection[] = [];
  let colours: string[] = [];
  let conditional = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = code.indexOf('"', i + 1) < 0 ? code.length : code.indexOf('"', i + 1);
    else if (ch === "\\") i++;
    else if (ch === "[") {
      const end = code.indexOf("]", i);
      const inside = (end < 0 ? code.slice(i + 1) : code.slice(i + 1, end)).trim().toLowerCase();
      if (colours.length === 0) colours = bracketColours(inside, palette, readings);
      conditional ||= /^[<>=]/.test(inside);
      i = end < 0 ? code.length : end;
    } else if (ch === ";") {
      sections.push({ colours, conditional });
      [colours, conditional] = [[], false];
    }
  }
  sections.push({ colours, conditional });
  return sections;
}

/**
 * The colours a number format may write a number in, as each program reads it: its section's colour, or,
 * when a section has a condition ([>100]), any section's (which one applies is not worked out). Undefined:
 * the font's colour.
 */
export function formatColours(
  code: string,
  value: number,
  palette: Palette,
  readings: NumberedReadings,
): (string | undefined)[] {
  if (!code.includes("[")) return [undefined];
  const numeric = formatSections(code, palette, readings).slice(0, 3);
  const chosen = numeric.some((s) => s.conditional)
    ? numeric
    : [
        value > 0 || numeric.length === 1
          ? numeric[0]!
          : value < 0
            ? numeric[1]!
            : (numeric[2] ?? numeric[0]!),
      ];
  return [
    ...new Set(
      chosen.flatMap((s): (string | undefined)[] => (s.colours.length > 0 ? [...s.colours] : [undefined])),
    ),
  ];
}
