import type { SheetPrint } from "../../core/grid/grid";
import { paperOfCode, turned } from "../../core/grid/paper";
import { word } from "./xls-records";

/** How an .xls sheet's pages are set up, without the size of what it prints. */
export type XlsPageSetup = Omit<SheetPrint, "areas">;

/**
 * SETUP (MS-XLS 2.4.257): paper, scale, fit to so many pages wide and tall, and flags: fPortrait, and
 * fNoPls, with which paper, scale and orientation are not given. WSBOOL (2.4.351): fFitToPage. The four
 * margin records (2.4.25, 2.4.219, 2.4.328, 2.4.31): inches, as IEEE doubles. DEFAULTROWHEIGHT (2.4.87):
 * a row's height in twips where its ROW gives none.
 */
const SETUP = 0x00a1;
const WSBOOL = 0x0081;
const MARGINS = { left: 0x0026, right: 0x0027, top: 0x0028, bottom: 0x0029 } as const;
const DEFAULT_ROW_HEIGHT = 0x0225;
const PORTRAIT = 0x0002;
const NO_PRINTER_SETTINGS = 0x0004;
const FIT_TO_PAGE = 0x0100;
const INCH = 72;
const TWIPS_PER_POINT = 20;

/** The margins Excel 97–2003 and LibreOffice take where an .xls gives none: ¾ inch at the sides, 1 at top and bottom. */
const BIFF_MARGINS = { left: 54, right: 54, top: 72, bottom: 72 };

const inches = (body: Uint8Array) =>
  body.length >= 8
    ? Math.max(0, new DataView(body.buffer, body.byteOffset, 8).getFloat64(0, true)) * INCH
    : undefined;

/**
 * Reads an .xls sheet's page setup from its records as its substream goes by (`take`), as LibreOffice
 * imports it: a scale raised to 10 % by the printed scale, a fit read only where fFitToPage is set.
 */
export class XlsPageSetupReader {
  private setup: Uint8Array | undefined;
  private fitToPage = false;
  private readonly margins: { -readonly [K in keyof typeof BIFF_MARGINS]: number } = { ...BIFF_MARGINS };
  /** The height, in points, of a row its ROW record sizes not. */
  defaultRowHeight: number | undefined;

  take(type: number, body: Uint8Array): void {
    if (type === SETUP && body.length >= 12) this.setup ??= body;
    if (type === WSBOOL && body.length >= 2) this.fitToPage = (word(body, 0) & FIT_TO_PAGE) !== 0;
    if (type === DEFAULT_ROW_HEIGHT && body.length >= 4)
      this.defaultRowHeight = word(body, 2) / TWIPS_PER_POINT;
    for (const side of ["left", "right", "top", "bottom"] as const) {
      const points = type === MARGINS[side] ? inches(body) : undefined;
      if (points !== undefined) this.margins[side] = points;
    }
  }

  /** The page setup the records gave; none without a SETUP record. */
  pageSetup(): XlsPageSetup | undefined {
    const { setup } = this;
    if (!setup) return undefined;
    const flags = word(setup, 10);
    const given = (flags & NO_PRINTER_SETTINGS) === 0;
    const paper = given ? paperOfCode(word(setup, 0)) : undefined;
    return {
      ...(given ? { scale: word(setup, 2) } : {}),
      ...(this.fitToPage ? { fit: { wide: word(setup, 6), tall: word(setup, 8) } } : {}),
      ...(paper ? { paper: turned(paper, given && (flags & PORTRAIT) === 0) } : {}),
      margins: { ...this.margins },
    };
  }
}
