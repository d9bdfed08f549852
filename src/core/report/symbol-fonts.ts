/**
 * Fonts whose letters are symbols: Symbol and its likes draw Latin letters as Greek ones ("Đạt" in Symbol
 * printed as Greek letters, red team, round 9), the dingbat fonts as pictures. Named as a font dialog
 * names them, lower-cased; with the other names fontconfig gives the same fonts (its URW aliases), which
 * LibreOffice on Linux draws as they are.
 */
const GREEK = [
  "symbol",
  "standard symbols ps",
  "standard symbols l",
  "symbol mt",
  "mt symbol",
  "symbol neu",
  "symbol neu for powerline",
];
/** Fonts whose digits are pictures too (Wingdings' 1 is an open folder): a figure in them shows none. */
const DINGBATS = [
  "wingdings",
  "wingdings 2",
  "wingdings 3",
  "webdings",
  "marlett",
  "zapf dingbats",
  "itc zapf dingbats",
  "itc zapf dingbats std",
  "dingbats",
  // The CSS generic family fontconfig draws in D050000L (red team, round 47).
  "fantasy",
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
/**
 * Fontconfig compares family names ignoring case and blanks: "ITC ZapfDingbats" is "ITC Zapf Dingbats"
 * to it, so D050000L (red team, round 47).
 */
const fontKey = (name: string) => name.replace(/[\s"']+/g, "").toLowerCase();

const LETTERS_AS_SYMBOLS: ReadonlySet<string> = new Set([...GREEK, ...DINGBATS].map(fontKey));
const DIGITS_AS_SYMBOLS: ReadonlySet<string> = new Set(DINGBATS.map(fontKey));

/**
 * A font's name may be a list, "Dingbats;Arial": LibreOffice draws in the first it has, Excel in none of
 * them. Which one a reader's machine has is unknown, so any symbol font in the list counts.
 */
const namesIn = (name: string) => name.split(/[;,]/).map((one) => one.trim().replace(/^["']|["']$/g, ""));

/** The font a text is written in, where its letters draw as symbols: what a reader reports of a cell. */
export const symbolFontOf = (name: string | undefined): string | undefined =>
  name === undefined ? undefined : namesIn(name).find((one) => LETTERS_AS_SYMBOLS.has(fontKey(one)));

/** Whether a figure written in this font (`symbolFontOf`'s) shows pictures for its digits. */
export const drawsDigitsAsSymbols = (font: string | undefined): boolean =>
  font !== undefined && namesIn(font).some((one) => DIGITS_AS_SYMBOLS.has(fontKey(one)));
