import { MIN_TAB_RATIO } from "../package/workbook-part";
import { loadSheetJs } from "./sheetjs";

/** The workbook window an .xls opens in, as Excel reads its WINDOW1 record. */
export interface XlsWindow {
  /** The sheet it opens on (itabCur), an index into the sheets in tab order. */
  readonly activeTab: number;
  /** Whether the tab bar is hidden (fDspTabs off) or squeezed too narrow to show another tab. */
  readonly tabsHidden: boolean;
}

/** The part of SheetJS's compound-file reader used here (SheetJS types it as any). */
interface CompoundFiles {
  read(data: Uint8Array, options: { type: "array" }): unknown;
  find(container: unknown, path: string): { content?: ArrayLike<number> } | null;
}

const WINDOW1 = 0x003d;
const EOF = 0x000a;
/** After FILEPASS the records are encrypted. */
const FILEPASS = 0x002f;
/** fDspTabs of WINDOW1's flags (MS-XLS 2.4.345): the sheet tabs are shown. */
const SHOW_TABS = 0x20;
const WINDOW1_LENGTH = 18;

/**
 * The first WINDOW1 record of an .xls's workbook globals (the records before the first EOF of its
 * Workbook or Book stream): SheetJS parses it but keeps neither the active sheet nor the tab bar.
 * Undefined where the globals hold none, or are encrypted.
 */
export function xlsWindow(bytes: Uint8Array): XlsWindow | undefined {
  const cfb = loadSheetJs().CFB as CompoundFiles;
  const container = cfb.read(bytes, { type: "array" });
  const data = (cfb.find(container, "Workbook") ?? cfb.find(container, "Book"))?.content;
  if (!data) return undefined;
  const word = (at: number) => data[at]! | (data[at + 1]! << 8);
  // Every record moves on by at least its 4-byte header: the walk ends within the stream.
  for (let at = 0; at + 4 <= data.length; at += 4 + word(at + 2)) {
    const type = word(at);
    if (type === EOF || type === FILEPASS) return undefined;
    if (type !== WINDOW1) continue;
    if (word(at + 2) < WINDOW1_LENGTH || at + 4 + WINDOW1_LENGTH > data.length) return undefined;
    const body = at + 4;
    return {
      activeTab: word(body + 10),
      // wTabRatio, in thousandths of the window as an .xlsx's tabRatio.
      tabsHidden: (word(body + 8) & SHOW_TABS) === 0 || word(body + 16) < MIN_TAB_RATIO,
    };
  }
  return undefined;
}
