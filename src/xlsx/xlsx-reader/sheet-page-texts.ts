import type { PageText } from "../../core/grid/grid";
import { pageTextsOf } from "../../core/layout/page-codes";
import { remembered } from "../../core/remembered";

/** The headers and footers a `headerFooter` holds, by element: odd pages', even pages', the first page's. */
const PLACES: Readonly<Record<string, PageText["place"]>> = {
  oddHeader: "header",
  evenHeader: "header",
  firstHeader: "header",
  oddFooter: "footer",
  evenFooter: "footer",
  firstFooter: "footer",
};

/**
 * Excel keeps 255 characters of a header or footer, its codes counted, yet LibreOffice prints past them
 * (red team, round 10: a unit's name after 16 font codes): a longer one is read this far.
 */
const MAX_CODES = 8_192;

const KEY_SEPARATOR = "\u0000";

/**
 * A header's or footer's texts, read once per run: every report repeats its forms' footers, and its unit's
 * header on each sheet (issue 67: reading them was 1.4 % of reading a report). Keyed by where it prints,
 * its sheet and its codes; the texts handed out are shared, read only.
 */
const knownTexts = remembered((key: string): readonly PageText[] => {
  const [place, sheet, codes] = key.split(KEY_SEPARATOR) as [PageText["place"], string, string];
  return pageTextsOf(place, codes, sheet);
}, 4_096);

/**
 * Reads a sheet's `headerFooter`: each header's and footer's codes, whichever pages it prints on (a file
 * may print the even or first pages' only where it says so; every one is read, as any may print).
 */
export class PageTextsReader {
  private current: { place: PageText["place"]; codes: string } | null = null;
  private readonly read: { place: PageText["place"]; codes: string }[] = [];

  /** An element under `headerFooter`. */
  open(name: string): void {
    const place = PLACES[name];
    this.current = place ? { place, codes: "" } : null;
  }

  text(text: string): void {
    if (this.current && this.current.codes.length < MAX_CODES)
      this.current.codes = (this.current.codes + text).slice(0, MAX_CODES);
  }

  close(): void {
    if (this.current) this.read.push(this.current);
    this.current = null;
  }

  /** What each section prints, on sheet `sheet`. */
  texts(sheet: string): PageText[] {
    const texts: PageText[] = [];
    // Most of a sheet's six are empty: they print nothing.
    for (const { place, codes } of this.read)
      if (codes !== "") texts.push(...knownTexts(place + KEY_SEPARATOR + sheet + KEY_SEPARATOR + codes));
    return texts;
  }
}
