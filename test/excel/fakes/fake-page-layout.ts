import { excelError } from "./excel-error";
import { FakePrintArea } from "./fake-proxies";
import { Proxy, type SyncHost } from "./fake-proxy";
import { parseRect, rectA1, type SheetState } from "./fake-state";

/** What Page Layout → Page Setup holds for a sheet, as the host set it. */
export interface PageState {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  /** "A1:K40", as setPrintArea was given it; "A1:L15,A16:AI58" for areas printed one after another. */
  printArea?: string;
  /** "$6:$8". */
  titleRows?: string;
  /** "$A:$C". */
  titleColumns?: string;
  printOrder?: string;
  /** leftFooter, centerHeader…: each header and footer text set. */
  readonly texts: Record<string, string>;
  /** Rows (from 0) that begin a page, in the order the breaks were added. */
  readonly breaks: number[];
  /** Columns (from 0) that begin a page, in the order the breaks were added. */
  readonly columnBreaks: number[];
  /** The margins in points, where not Excel's Normal (0.7 inch at the sides, 0.75 at the top and bottom). */
  margins?: { left: number; right: number; top: number; bottom: number };
}

/** What a new sheet's page setup reads as in Excel: Letter, upright, at 100 %, Normal margins. */
const NEW_SHEET = { paperSize: "Letter", orientation: "Portrait", zoom: { scale: 100 } };
const NORMAL_MARGINS = { left: 50.4, right: 50.4, top: 54, bottom: 54 };

const PAGE_TEXTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

/** Excel keeps at most 255 characters of a header or footer, codes included: it refuses more. */
const MAX_PAGE_TEXT = 255;

/**
 * A worksheet's pageLayout (ExcelApi 1.9). Every write is a queued command; a header or a footer longer
 * than Excel keeps throws.
 */
export class FakePageLayout extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
  ) {
    super(host);
  }

  private set<K extends keyof PageState>(key: K, value: PageState[K]): void {
    this.host.queue(value);
    this.sheet.page[key] = value;
  }

  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  get paperSize(): string {
    return this.read("paperSize", () => this.sheet.page.paperSize ?? NEW_SHEET.paperSize);
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  get orientation(): string {
    return this.read("orientation", () => this.sheet.page.orientation ?? NEW_SHEET.orientation);
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set("zoom", { ...v });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom", () => ({ ...(this.sheet.page.zoom ?? NEW_SHEET.zoom) }));
  }
  get leftMargin(): number {
    return this.read("leftMargin", () => (this.sheet.page.margins ?? NORMAL_MARGINS).left);
  }
  get rightMargin(): number {
    return this.read("rightMargin", () => (this.sheet.page.margins ?? NORMAL_MARGINS).right);
  }
  get topMargin(): number {
    return this.read("topMargin", () => (this.sheet.page.margins ?? NORMAL_MARGINS).top);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin", () => (this.sheet.page.margins ?? NORMAL_MARGINS).bottom);
  }
  setPrintArea(address: string): void {
    this.set(
      "printArea",
      address
        .split(",")
        .map((area) => rectA1(parseRect(area.trim())))
        .join(","),
    );
  }
  /** The print area as Excel lists it ("'Biểu 01'!A1:K40"), or a null object where none is set. */
  getPrintAreaOrNullObject(): FakePrintArea {
    return new FakePrintArea(this.host, this.sheet);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw excelError(`InvalidArgument: title rows ${rows}`);
    this.set("titleRows", rows);
  }
  setPrintTitleColumns(columns: string): void {
    if (!/^\$[A-Z]+:\$[A-Z]+$/.test(columns)) throw excelError(`InvalidArgument: title columns ${columns}`);
    this.set("titleColumns", columns);
  }
  set printOrder(v: string) {
    if (v !== "DownThenOver" && v !== "OverThenDown") throw excelError(`InvalidArgument: print order ${v}`);
    this.set("printOrder", v);
  }
  get printOrder(): string {
    return this.read("printOrder", () => this.sheet.page.printOrder ?? "DownThenOver");
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

/** A worksheet's manual horizontal or vertical page breaks (ExcelApi 1.9). */
export function fakePageBreaks(host: SyncHost, sheet: SheetState, across: "rows" | "columns") {
  host.queue();
  return {
    add(address: string) {
      host.queue(address);
      const { top, left } = parseRect(address);
      if (across === "rows") sheet.page.breaks.push(top);
      else sheet.page.columnBreaks.push(left);
    },
  };
}
