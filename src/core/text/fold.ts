import unhomoglyph from "unhomoglyph";

/**
 * THE characters that show as nothing, for every fold below: Unicode's default-ignorable code points
 * (zero-width spaces and joiners, the soft hyphen, bidirectional marks, variation selectors, the
 * byte-order mark, Hangul fillers). A name holding them looks like one without.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Characters that show as a blank: spaces of any kind, and the blank braille pattern. */
const BLANK = /[\s\u2800]+/gu;

/** Joins texts so that one skeleton pass folds them all; no fold leaves it in a text. */
const APART = "\n";

/** Marks stacked on one letter. */
const MARKS = /\p{M}{2,}/gu;

/**
 * Marks in one order whatever order they are written in: NFD leaves two marks of one class (a circumflex
 * and a hook above, both 230) as written, yet "ê" then hook and hook then circumflex draw alike (red team,
 * round 8: a copy of a form named "Bie\u0309\u0302u 02" beside "Biểu 02").
 */
function inOneOrder(marks: string): string {
  // Vietnamese stacks two marks at most: those are swapped or kept without making an array.
  if (marks.length === 2) return marks[0]! <= marks[1]! ? marks : marks[1]! + marks[0]!;
  return [...marks].sort().join("");
}

/**
 * The marks drawn as Vietnamese's hook above (U+0309) at a screen's size that Unicode's confusables leave
 * apart from it: the comma above (U+0313, the prototype of U+0315 and U+0343), turned and reversed (U+0312,
 * U+0314) (red team, round 61: a copy of Biểu 04 named and titled with a comma above for the hook).
 */
const HOOK_LIKE = /[\u0312\u0313\u0314]/gu;
const HOOK_ABOVE = "\u0309";

/**
 * Unicode's skeleton (UTS #39) of each text: every character as the prototype a reader can take it for
 * (Unicode's confusables.txt, carried by the unhomoglyph package: Cyrillic "В" and Greek "Β" read as B,
 * "і" as i, 0 as O, 1 and I as l, "rn" as m), after compatibility forms are decomposed (NFKD, so "Ａ" is A)
 * and invisible characters dropped, a mark drawn as the hook above read as it (`HOOK_LIKE`). Vietnamese
 * letters keep their accents: "Biểu" and "Bieu", "Tư" and "Tu", "đ" and "d" stay apart. The one fold every
 * "looks the same" of the product is made of.
 */
function skeletons(texts: readonly string[]): string[] {
  const seen = texts.join(APART).normalize("NFKD").replace(INVISIBLE, "");
  // The prototypes put together can hold marks out of canonical order: the skeleton's last NFD orders them.
  return unhomoglyph(seen)
    .normalize("NFD")
    .replace(HOOK_LIKE, HOOK_ABOVE)
    .replace(MARKS, inOneOrder)
    .split(APART);
}

/**
 * A name as people read it on screen, the key under which headers, labels, blocs, grades, unit names,
 * indicators and their codes are compared: case folded, then its skeleton, as UTS #39 has it for a
 * comparison that ignores case (so Cyrillic "а", "с", "і" are a, c, i; a Cyrillic capital "В" folds to
 * "в", like no Latin letter), folded again as the skeleton writes some prototypes in capitals (0 is O),
 * blanks of any kind or number one space. Two names with one key look the same; a key is its own key.
 * Lower case is Unicode's own: Vietnamese has no casing of its own (Unicode's SpecialCasing names Turkish,
 * Azeri and Lithuanian only), and asking for the "vi" locale's cost a third of a key.
 */
export const nameKey = (name: string): string =>
  skeletons([name.replace(BLANK, " ").toLowerCase()])[0]!
    .toLowerCase()
    .replace(BLANK, " ")
    .trim();

/** Whether two names look the same to a reader (see `nameKey`). */
export const sameLooking = (a: string, b: string) => nameKey(a) === nameKey(b);

/** Dashes of every kind: a hyphen, an en dash, an em dash and a minus read alike between words or dates. */
const DASH = /[\p{Pd}\u2212]/gu;

/**
 * A line of words as a person reads it, the key under which the unit and period line under a form's
 * title is compared: `nameKey` with every dash one and no blank at all, so that a space before a colon,
 * a no-break space or a hyphen for an en dash between two dates reads as the line the template writes.
 */
export const lineKey = (line: string): string => nameKey(line.replace(DASH, "-")).replace(BLANK, "");

/**
 * A search's key: `nameKey` without accents ("Hòa" finds "Hoà", "hoa" and "Hóa"; the skeleton writes đ
 * as d and a stroke, which goes with them), for finding a unit
 * by what a person types, never for telling two names apart (Vietnamese accents make another word).
 */
export const searchKey = (text: string): string =>
  nameKey(text)
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "");

/**
 * The keys under which a sheet's name can be taken for another by a person reading its tab: the skeleton
 * of the name as written, in lower case and in upper case, without blanks (a tab shows "Biểu 01" and
 * "Biểu  01" much alike). Case is ignored as Excel ignores it in sheet names, yet Cyrillic "В" is like B
 * where its lower case "в" is not like b, so each case is kept apart.
 */
export function lookAlikeKeys(name: string): string[] {
  const bare = name.replace(BLANK, "");
  return [
    ...new Set(skeletons([bare, bare.toLowerCase(), bare.toUpperCase()]).map((k) => k.replace(BLANK, ""))),
  ];
}

/**
 * The key under which two unit codes read alike: the skeleton of the code in capitals, as codes are
 * compared, and not folded to lower case after (P01 and PO1, P1 and PI alike; L01 and 101, RN01 and M01
 * not, as capitals show them).
 */
export const codeLookKey = (code: string): string => skeletons([code.trim().toUpperCase()])[0]!;
