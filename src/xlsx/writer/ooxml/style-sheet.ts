import {
  CONDITIONAL_LOOKS,
  STYLES,
  type CellStyle,
  type ConditionalLook,
  type StyleKey,
} from "../../../core/layout/styles";
import { MAIN_NS } from "../../xml/namespaces";
import { xmlText, XML_HEAD } from "./xml-text";

/** Excel's first custom number format id; lower ids are built in. */
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const THIN_BOX =
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/** One list of distinct XML fragments, each referred to by its position. */
class Distinct {
  readonly items: string[] = [];
  private readonly at = new Map<string, number>();
  constructor(first: readonly string[]) {
    for (const item of first) this.id(item);
  }
  id(item: string): number {
    let id = this.at.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.at.set(item, id);
    }
    return id;
  }
}

const fontXml = (s: CellStyle) =>
  `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}${s.color ? `<color rgb="FF${s.color.toUpperCase()}"/>` : ""}${
    s.size ? `<sz val="${s.size}"/><name val="Calibri"/><family val="2"/>` : DEFAULT_FONT
  }</font>`;

const fillXml = (s: CellStyle) =>
  s.fill
    ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`
    : '<fill><patternFill patternType="none"/></fill>';

/**
 * A conditional format's differential style: only what the look changes. Its solid fill is given as the
 * pattern's background colour, as Excel writes and reads a dxf.
 */
function dxfXml(look: CellStyle): string {
  const font = `${look.bold ? "<b/>" : ""}${look.color ? `<color rgb="FF${look.color.toUpperCase()}"/>` : ""}`;
  const fill = look.fill
    ? `<fill><patternFill><bgColor rgb="FF${look.fill.toUpperCase()}"/></patternFill></fill>`
    : "";
  return `<dxf>${font ? `<font>${font}</font>` : ""}${fill}</dxf>`;
}

/**
 * The cell formats a workbook uses, each combination of look, number format and lock once: a cell refers
 * to its format by index, so a summary of thousands of units holds a few dozen formats, not one per cell.
 */
export class StyleSheet {
  private readonly fonts = new Distinct([`<font>${DEFAULT_FONT}</font>`]);
  // Excel requires the first two fills to be these.
  private readonly fills = new Distinct([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Distinct(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Distinct(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Distinct([]);
  /**
   * Asked for once per cell, so each combination is worked out once and found again by style, then
   * number format, then lock, without building a key string per cell.
   */
  private readonly known = new Map<StyleKey | undefined, Map<string | undefined, [number?, number?]>>();

  /** The last format asked for: cells side by side mostly share theirs. */
  private last: { style?: StyleKey; numFmt?: string; unlocked?: boolean; xf: number } = { xf: 0 };

  /** The index of a cell format; 0, Excel's default, when the cell asks for nothing. */
  xf(style: StyleKey | undefined, numFmt: string | undefined, unlocked: boolean | undefined): number {
    if (!style && !numFmt && !unlocked) return 0;
    const last = this.last;
    if (last.style === style && last.numFmt === numFmt && last.unlocked === unlocked) return last.xf;
    let byFormat = this.known.get(style);
    if (!byFormat) this.known.set(style, (byFormat = new Map()));
    let byLock = byFormat.get(numFmt);
    if (!byLock) byFormat.set(numFmt, (byLock = []));
    const lock = unlocked ? 1 : 0;
    const xf = (byLock[lock] ??= this.build(style, numFmt, unlocked));
    this.last = { style, numFmt, unlocked, xf };
    return xf;
  }

  private build(
    style: StyleKey | undefined,
    numFmt: string | undefined,
    unlocked: boolean | undefined,
  ): number {
    const s: CellStyle = style ? STYLES[style] : {};
    const font = this.fonts.id(fontXml(s));
    const fill = this.fills.id(fillXml(s));
    const border = s.border ? this.borders.id(THIN_BOX) : 0;
    const format = numFmt ? this.formatId(numFmt) : 0;
    const alignment =
      s.wrap || s.align
        ? `<alignment${s.align ? ` horizontal="${s.align}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const protection = unlocked ? '<protection locked="0"/>' : "";
    const applied = [
      format ? ' applyNumberFormat="1"' : "",
      font ? ' applyFont="1"' : "",
      fill ? ' applyFill="1"' : "",
      border ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
      protection ? ' applyProtection="1"' : "",
    ].join("");
    const inner = alignment + protection;
    const open = `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
    return this.xfs.id(inner ? `${open}>${inner}</xf>` : `${open}/>`);
  }

  /** The index of a conditional look's differential style, which conditional formats refer to. */
  dxf(look: ConditionalLook): number {
    return this.dxfs.id(dxfXml(CONDITIONAL_LOOKS[look]));
  }

  private formatId(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return [
      XML_HEAD,
      `<styleSheet xmlns="${MAIN_NS}">`,
      formats.length > 0 ? list("numFmts", formats) : "",
      list("fonts", this.fonts.items),
      list("fills", this.fills.items),
      list("borders", this.borders.items),
      list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']),
      list("cellXfs", this.xfs.items),
      list("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']),
      this.dxfs.items.length > 0 ? list("dxfs", this.dxfs.items) : "",
      "</styleSheet>",
    ].join("");
  }
}
