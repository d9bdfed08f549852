import { excelError } from "./excel-error";
import { FakePrintArea, type SyncHost } from "./fake-proxies";
import { parseRect, rectA1, type SheetState } from "./fake-state";

/** What Page Layout → Page Setup holds for a sheet, as the host set it. */
export interface PageState {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  /** "A1:K40", as setPrintArea was given it. */
  printArea?: string;
  /** "$6:$8". */
  titleRows?: string;
  /** leftFooter, centerHeader…: each header and footer text set. */
  readonly texts: Record<string, string>;
  /** Rows (from 0) that begin a page, in the order the breaks were added. */
  readonly breaks: number[];
}

const PAGE_TEXTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

/** Excel keeps at most 255 characters of a header or footer, codes included: it refuses more. */
const MAX_PAGE_TEXT = 255;

/**
 * A worksheet's pageLayout (ExcelApi 1.9). Every write is a queued command; a header or a footer longer
 * than Excel keeps throws.
 */
export class FakePageLayout {
  constructor(
    private readonly host: SyncHost,
    private readonly sheet: SheetState,
  ) {
    host.queue();
  }

  private set<K extends keyof PageState>(key: K, value: PageState[K]): void {
    this.host.queue(value);
    this.sheet.page[key] = value;
  }

  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set("zoom", { ...v });
  }
  setPrintArea(address: string): void {
    this.set("printArea", rectA1(parseRect(address)));
  }
  /** The print area as Excel lists it ("'Biểu 01'!A1:K40"), or a null object where none is set. */
  getPrintAreaOrNullObject(): FakePrintArea {
    return new FakePrintArea(this.host, this.sheet);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw excelError(`InvalidArgument: title rows ${rows}`);
    this.set("titleRows", rows);
  }

  get headersFooters() {
    const host = this.host;
    const texts = this.sheet.page.texts;
    host.queue();
    const text = (key: string) => (value: string) => {
      const others = Object.entries(texts).filter(([k]) => k !== key && k.endsWith(key.slice(-6)));
      const length = [value, ...others.map(([, v]) => v)].reduce((n, v) => n + 2 + v.length, 0);
      if (length > MAX_PAGE_TEXT)
        throw excelError(`InvalidArgument: a ${key.slice(-6)} of ${length} characters`);
      host.queue(value);
      texts[key] = value;
    };
    const page = {};
    for (const key of PAGE_TEXTS)
      Object.defineProperty(page, key, { set: text(key), get: () => texts[key] ?? "" });
    // Only the texts of every page are kept: the first, even and odd pages' read as none set.
    const none = Object.fromEntries(PAGE_TEXTS.map((key) => [key, ""]));
    const group = {
      defaultForAllPages: page as Excel.HeaderFooter,
      firstPage: none,
      evenPages: none,
      oddPages: none,
      load: () => {
        host.queue();
        return group;
      },
    };
    return group;
  }
}

/** A worksheet's manual horizontal page breaks (ExcelApi 1.9). */
export function fakePageBreaks(host: SyncHost, sheet: SheetState) {
  host.queue();
  return {
    add(address: string) {
      host.queue(address);
      sheet.page.breaks.push(parseRect(address).top);
    },
  };
}
