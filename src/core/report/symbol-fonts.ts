/**
 * Fonts whose letters are symbols: Symbol and its likes draw Latin letters as Greek ones ("Đạt" in Symbol
 * printed as Greek letters, red team, round 9), the dingbat fonts as pictures. Named as a font dialog
 * names them, lower-cased.
 */
const GREEK = ["symbol", "standard symbols ps", "standard symbols l", "symbol mt", "mt symbol"];
/** Fonts whose digits are pictures too (Wingdings' 1 is an open folder): a figure in them shows none. */
const DINGBATS = [
  "wingdings",
  "wingdings 2",
  "wingdings 3",
  "webdings",
  "marlett",
  "zapfdingbats",
  "zapf dingbats",
  "itc zapf dingbats",
  "dingbats",
  "d050000l",
  "bookshelf symbol 7",
  "ms outlook",
  "ms reference specialty",
  "mt extra",
  // TeX's symbol fonts, which Debian installs with LyX and matplotlib: LibreOffice printed a figure in
  // cmsy10 as "∞⇔∈▽△" (red team, round 46).
  "cmsy10",
  "cmex10",
  "msam10",
  "msbm10",
  "wasy10",
  "esint10",
  "stmary10",
  "lasy10",
];
const LETTERS_AS_SYMBOLS: ReadonlySet<string> = new Set([...GREEK, ...DINGBATS]);
const DIGITS_AS_SYMBOLS: ReadonlySet<string> = new Set(DINGBATS);

const fontKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** The font a text is written in, where its letters draw as symbols: what a reader reports of a cell. */
export const symbolFontOf = (name: string | undefined): string | undefined =>
  name !== undefined && LETTERS_AS_SYMBOLS.has(fontKey(name)) ? name.trim() : undefined;

/** Whether a figure written in this font (`symbolFontOf`'s) shows pictures for its digits. */
export const drawsDigitsAsSymbols = (font: string | undefined): boolean =>
  font !== undefined && DIGITS_AS_SYMBOLS.has(fontKey(font));
