import unhomoglyph from "unhomoglyph";

/**
 * THE characters that show as nothing, for every fold below: Unicode's default-ignorable code points
 * (zero-width spaces and joiners, the soft hyphen, bidirectional marks, variation selectors, the
 * byte-order mark, Hangul fillers). A name holding them looks like one without.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Characters that show as a blank: spaces of any kind, and the blank braille pattern. */
const BLANK = /[\s\u2800]+/gu;

/**
 * A name as people read it on screen, the key under which headers, labels, blocs, grades and unit
 * names are compared: invisible characters dropped, compatibility forms and composed or decomposed
 * accents made one (NFKC: "Ａ" is A, as macOS and some input methods type accents decomposed), blanks
 * of any kind or number one space, case ignored. Accents stay. Two names with one key look the same.
 */
export const nameKey = (name: string): string =>
  name.replace(INVISIBLE, "").normalize("NFKC").replace(BLANK, " ").trim().toLocaleLowerCase("vi");

/** Whether two names look the same to a reader (see `nameKey`). */
export const sameLooking = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * A search's key: `nameKey` without accents ("Hòa" finds "Hoà", "hoa" and "Hóa"), for finding a unit
 * by what a person types, never for telling two names apart (Vietnamese accents make another word).
 */
export const searchKey = (text: string): string =>
  nameKey(text)
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d");

/** Joins a name's case variants so they are normalized at once; no fold leaves it in a name. */
const APART = "\n";

/**
 * The keys under which a name can be taken for another by a person reading its tab: the UTS #39 skeleton
 * (Unicode's confusables.txt, carried by the unhomoglyph package: Cyrillic "В" and Greek "Β" read as B,
 * "і" as i, 0 as O, 1 and I as l) of the name as written, in lower case and in upper case, after NFKC and
 * without invisible or blank characters (a tab shows "Biểu 01" and "Biểu  01" much alike). Case is
 * ignored as Excel ignores it in sheet names, yet Cyrillic "В" is like B where its lower case "в" is not
 * like b, so each case is kept apart. Accents stay: "Biểu" and "Bieu", or "Biểu" and "Biễu", are
 * different words to a Vietnamese reader. Unlike `nameKey`, letters of other scripts that look alike
 * are one here: a sheet's tab is read at a glance, a header or a name is typed.
 */
export function lookAlikeKeys(name: string): string[] {
  // NFKD: the compatibility forms NFKC folds, decomposed as the skeleton's first step (NFD) takes them.
  const seen = name.normalize("NFKD").replace(INVISIBLE, "").replace(BLANK, "");
  const variants = [seen, seen.toLowerCase(), seen.toUpperCase()].join(APART);
  // The prototypes put together can hold marks out of canonical order: the skeleton's last NFD orders them.
  return [...new Set(unhomoglyph(variants).normalize("NFD").split(APART))];
}
