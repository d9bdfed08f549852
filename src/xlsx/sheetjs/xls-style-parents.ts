import { builtInFormat } from "../../core/number-formats/number-formats";
import { characters, dword, word } from "./xls-records";

/**
 * The parts of an XF (MS-XLS 2.4.353) a cell's figure is drawn by, each with its "used" flag (fAtr*, the
 * bits of byte 9 from bit 2): its number format (ifmt), font (ifnt), alignment (bytes 6–8), diagonal
 * borders (grbitDiag and dgDiag: a figure crossed out, red team, round 54) and fill (fls and
 * icvFore/icvBack). The other borders and protection show no figure otherwise and are left out.
 */
const PARTS = [
  { name: "number format", bit: 0x04 },
  { name: "font", bit: 0x08 },
  { name: "alignment", bit: 0x10 },
  { name: "diagonals", bit: 0x20 },
  { name: "fill", bit: 0x40 },
] as const;
type Part = (typeof PARTS)[number]["name"];

/** What an XF record says of a part: its value, for comparing, and whether it is LibreOffice's default. */
interface XfPart {
  readonly value: number;
  /** Drawn as LibreOffice's defaults draw it (a font is compared by its index alone). */
  readonly plain: boolean;
}

interface Xf {
  readonly isStyle: boolean;
  readonly parent: number;
  readonly used: number;
  readonly parts: Readonly<Record<Part, XfPart>>;
}

/** fStyle and ixfParent share the XF's word at 4 (MS-XLS 2.4.353). */
const STYLE_XF = 0x0004;
const NO_PARENT = 0x0fff;
/** STYLE (MS-XLS 2.4.269): its XF (12 bits) and fBuiltIn, then a built-in style's number (0 is Normal). */
const BUILT_IN = 0x8000;
const NORMAL = 0;
/** STYLEEXT (MS-XLS 2.4.270), after a 12-byte future record header: fBuiltIn, then builtInData. */
const STYLEEXT_FLAGS = 12;
const STYLEEXT_BUILT_IN = 14;

function xfParts(body: Uint8Array): Record<Part, XfPart> {
  // General alignment, no turn, indent, shrinking or reading order; wrapping and the vertical place move no figure.
  const [align, turn, indent] = [body[6]! & 0x07, body[7]!, body[8]! & 0xdf];
  const fls = dword(body, 14) >>> 26;
  const [diagonals, line] = [dword(body, 10) >>> 30, (dword(body, 14) >>> 21) & 0xf];
  return {
    // Known General only once every FORMAT is read (`isPlain`).
    "number format": { value: word(body, 2), plain: false },
    font: { value: word(body, 0), plain: false },
    alignment: {
      value: body[6]! | (turn << 8) | (body[8]! << 16),
      plain: align === 0 && turn === 0 && indent === 0,
    },
    diagonals: { value: diagonals * 0x10 + line, plain: diagonals === 0 || line === 0 },
    fill: { value: fls * 0x10000 + (word(body, 18) & 0x3fff), plain: fls === 0 },
  };
}

/**
 * Whether LibreOffice draws each cell style (XF) of an .xls as its own fields say, which is how SheetJS
 * and this reader take it (red team, round 24: a budget of 500,000,000 shown as 500,000, inputs white on
 * white, a label as another row's, all ready). LibreOffice (`XclImpXF::CreatePattern`) takes a cell XF's
 * part from the style it made of the XF's parent style wherever the part's used flag is off, the parent
 * uses the part and holds the same value; that style is the parent's own where a STYLE record names the
 * parent (the Normal one only where no other XF is called Normal too), else LibreOffice's Default style,
 * made of the XF the file calls Normal. Refused: a cell in a style XF or in one the file lacks, a cell
 * style without a parent style or in a font the file lacks, and a part left to the Default style unless
 * both are LibreOffice's defaults (General, general alignment, no fill) or, of a font, the same font.
 */
export class XlsStyleParents {
  private readonly xfs: Xf[] = [];
  /** The number formats FORMAT records write "General" (LibreOffice writes its Normal style's so). */
  private readonly generals = new Set<number>();
  /** Each FORMAT record's code, by its number: the last of a number's. */
  private readonly codes = new Map<number, string>();
  /** The XFs a STYLE record names, and those a STYLE or STYLEEXT calls the built-in Normal style. */
  private readonly named = new Set<number>();
  private readonly normal = new Set<number>();
  private lastStyle: number | undefined;
  private readonly verdicts = new Map<number, string | null>();

  xf(body: Uint8Array): void {
    const flags = word(body, 4);
    this.xfs.push({
      isStyle: (flags & STYLE_XF) !== 0,
      parent: flags >> 4,
      used: body[9]!,
      parts: xfParts(body),
    });
  }

  /** A FORMAT record (MS-XLS 2.4.126): its number, then its code, an XLUnicodeString. */
  format(body: Uint8Array): void {
    if (body.length < 5) return;
    const [count, wide] = [word(body, 2), (body[4]! & 1) === 1];
    if (body.length < 5 + count * (wide ? 2 : 1)) return;
    const code = characters(body, 5, count, wide);
    this.codes.set(word(body, 0), code);
    if (code.toLowerCase() === "general") this.generals.add(word(body, 0));
    else this.generals.delete(word(body, 0));
  }

  style(body: Uint8Array): void {
    if (body.length < 2) return;
    const [xf, builtIn] = [word(body, 0) & NO_PARENT, (word(body, 0) & BUILT_IN) !== 0];
    // A user style's name (its length at 2): LibreOffice makes no style of an unnamed one, and the last
    // STYLE of an XF is the one it keeps (red team, round 25's review: an inputs' parent so named drew
    // them in the Default style's `#,##0,`, 1,380 as "1").
    if (builtIn || (body.length >= 4 && word(body, 2) > 0)) this.named.add(xf);
    else this.named.delete(xf);
    if (builtIn && body[2] === NORMAL) this.normal.add(xf);
    this.lastStyle = xf;
  }

  /** A STYLEEXT extends the STYLE before it, and may call it built-in Normal where that STYLE does not. */
  styleExtension(body: Uint8Array): void {
    if (body.length < STYLEEXT_BUILT_IN + 1) return;
    if ((body[STYLEEXT_FLAGS]! & 1) === 0 || body[STYLEEXT_BUILT_IN] !== NORMAL) return;
    if (this.lastStyle === undefined) throw new Error("a STYLEEXT calling no style Normal");
    this.normal.add(this.lastStyle);
  }

  /** The XF LibreOffice makes its Default style of: the one the file calls Normal, else XF 0. */
  get defaultXf(): number {
    return this.normal.size === 1 ? [...this.normal][0]! : 0;
  }

  /** The number format of LibreOffice's Default style: undefined for General. */
  defaultFormat(): string | undefined {
    const part = this.xfs[this.defaultXf]?.parts["number format"];
    if (part === undefined || this.isPlain("number format", part)) return undefined;
    return this.codes.get(part.value) ?? builtInFormat(part.value);
  }

  /**
   * Why LibreOffice may draw a cell in XF `index` otherwise than its fields say, or null; `hasFont` says
   * whether the file holds a font of an index.
   */
  problem(index: number, hasFont: (font: number) => boolean): string | null {
    let verdict = this.verdicts.get(index);
    if (verdict === undefined) this.verdicts.set(index, (verdict = this.judge(index, hasFont)));
    return verdict;
  }

  private judge(index: number, hasFont: (font: number) => boolean): string | null {
    const xf = this.xfs[index];
    if (!xf) return `a cell in cell style ${index}, which the file does not hold`;
    if (xf.isStyle) return `a cell in style XF ${index}`;
    if (!hasFont(xf.parts.font.value))
      return `cell style ${index} in font ${xf.parts.font.value}, which the file does not hold`;
    const parent = this.xfs[xf.parent];
    if (!parent?.isStyle) return `cell style ${index} without a parent style`;
    // LibreOffice's Default style: made of the XF the file calls Normal, else Calc's own defaults, which
    // XF 0 (Excel's Normal) is held to as well.
    const defaults = this.xfs[this.defaultXf];
    /** Whether LibreOffice made a style of the parent alone: a STYLE names it, and no second XF is Normal. */
    const parentStyled = this.named.has(xf.parent) && (!this.normal.has(xf.parent) || this.normal.size === 1);
    for (const { name, bit } of PARTS) {
      const [own, inherited] = [xf.parts[name], parent.parts[name]];
      // A cell XF's set flag means its own part; a style XF's cleared one means it has the part.
      if ((xf.used & bit) !== 0 || (parent.used & bit) !== 0 || own.value !== inherited.value) continue;
      if (parentStyled) continue;
      const drawn = defaults?.parts[name];
      const alike =
        name === "font"
          ? drawn?.value === own.value
          : this.isPlain(name, own) && drawn !== undefined && this.isPlain(name, drawn);
      if (this.normal.size > 1 || !alike) return `cell style ${index} drawn in another style's ${name}`;
    }
    return null;
  }

  private isPlain(name: Part, part: XfPart): boolean {
    return name === "number format" ? part.value === 0 || this.generals.has(part.value) : part.plain;
  }
}
