/** Every user-facing string exists in Vietnamese first and English second. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = "vi" | "en";

export function pick(text: Text, lang: Lang): string {
  return lang === "en" ? text.en : text.vi;
}

/** "Vietnamese / English", for headers that carry both languages. */
export function bilingual(text: Text): string {
  return `${text.vi} / ${text.en}`;
}

/** Texts joined in each language by `separator`. */
export function joinTexts(texts: readonly Text[], separator: string): Text {
  return { vi: texts.map((t) => t.vi).join(separator), en: texts.map((t) => t.en).join(separator) };
}

/** The text as a sentence or a cell begins with it: its first letter a capital ("Toàn huyện", "Hạng 1…"). */
export const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** A placeholder's value: the same in both languages, or a text of its own in each. */
export type Param = string | number | Text;

/**
 * Fills `{name}` placeholders in both languages, a bilingual parameter in its own language. Values are
 * inserted as they are (a "$&" in a file name stays "$&") and never scanned for placeholders again; their
 * unshowable characters (see `displayed`) become "?", since a value is most often text from a file (a file,
 * sheet or unit name) and a message is shown on one line of a terminal, a page or a summary cell.
 */
export function fill(text: Text, params: Readonly<Record<string, Param>>): Text {
  const sub = (s: string, lang: Lang) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
      const value = params[key]!;
      return displayed(typeof value === "object" ? value[lang] : String(value));
    });
  return { vi: sub(text.vi, "vi"), en: sub(text.en, "en") };
}

/**
 * Control, format and line-separating characters: newlines, tabs, terminal escapes (C0 and C1),
 * bidirectional overrides and isolates, zero-width spaces and joiners, the byte-order mark, soft hyphens,
 * private-use and unassigned code points, lone surrogates.
 */
const UNSHOWABLE = /[\p{C}\p{Zl}\p{Zp}]/gu;
const UNSHOWABLE_BUT_LINE_BREAKS = /(?!\n)[\p{C}\p{Zl}\p{Zp}]/gu;
const ONE_UNSHOWABLE = /^[\p{C}\p{Zl}\p{Zp}]$/u;

/**
 * Of each UTF-16 code unit outside the surrogates, whether it is unshowable (2) or not (1), 0 until
 * first met: a summary's JSON of three million characters is scanned in milliseconds, where the
 * property classes take a tenth of a second.
 */
const UNSHOWABLE_UNITS = new Uint8Array(0x10000);

/** Where the first unshowable character is (a line break too, unless `lineBreaks` are allowed), or -1. */
function firstUnshowable(text: string, lineBreaks: boolean): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || (c === 10 && lineBreaks)) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A pair is judged as the character it makes; a lone surrogate is unshowable.
      const point = text.codePointAt(i)!;
      if (point <= 0xffff || ONE_UNSHOWABLE.test(String.fromCodePoint(point))) return i;
      i++;
      continue;
    }
    let known = UNSHOWABLE_UNITS[c]!;
    if (known === 0) UNSHOWABLE_UNITS[c] = known = ONE_UNSHOWABLE.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return i;
  }
  return -1;
}

/** Whether a text holds characters that could forge lines or reorder the text shown around it. */
export const hasUnshowable = (text: string) => firstUnshowable(text, false) >= 0;

/**
 * The text with each unshowable character but line breaks made what `by` makes of it: a text of many
 * lines (a command's output, a JSON report) kept as it is when it holds none.
 */
export const replacedButLineBreaks = (text: string, by: (character: string) => string) =>
  firstUnshowable(text, true) < 0 ? text : text.replace(UNSHOWABLE_BUT_LINE_BREAKS, by);

/**
 * The one display rule for text taken from a file (a file, sheet, unit or bloc name): each unshowable
 * character becomes "?", so the text cannot start another line, run a terminal escape, reverse what
 * follows it (U+202E makes "U0034\u202excod.xlsx" look like "U0034xslx.docx") or hide a difference.
 */
export const displayed = (text: string) => (hasUnshowable(text) ? text.replace(UNSHOWABLE, "?") : text);

/** `displayed` for each line of a text of many: its line breaks stay. */
export const displayedLines = (text: string) => replacedButLineBreaks(text, () => "?");

/** What a spreadsheet reads as the start of a formula (and a CSV export keeps as one): = + - @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a text, trimmed, starts like a formula. */
export const startsLikeFormula = (text: string) => FORMULA_START.test(text.trim());

/**
 * A text we cannot refuse (a received file's name) as a summary cell holds it: displayed, and behind an
 * apostrophe when it starts like a formula, as OWASP advises against CSV injection, so it stays text when
 * the sheet is exported to CSV or the cell is edited (its letters composed by the sheet, see
 * SheetBuilder). The file's own name is in the terminal's and --json's lists, and its content by its
 * SHA-256.
 */
export function fileNameCell(text: string): string {
  const shownText = displayed(text);
  return FORMULA_START.test(shownText.trimStart()) ? `'${shownText}` : shownText;
}

/**
 * Text from a received file, fit to show: each unshowable character becomes "?", and it is cut to `max`
 * characters so a hostile file cannot flood a message.
 */
export function shown(text: string, max = 100): string {
  const chars = [...displayed(text)];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}

/**
 * The bytes a text takes as UTF-8 (a lone surrogate as the 3 of the character that replaces it), counted
 * no further than just past `limit`. Most Vietnamese letters take 2 or 3.
 */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The characters of a text as `[...text].length` counts them (a surrogate pair one), with no array made. */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** The first `most` items, and how many more there are: "U01, U02 (+398)". */
export function shortList(items: readonly string[], most = 5): string {
  const shown = items.slice(0, most).join(", ");
  return items.length > most ? `${shown} (+${items.length - most})` : shown;
}
