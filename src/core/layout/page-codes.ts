import type { PlanPageText } from "./plan";
import type { PageText } from "../grid/grid";

/** Excel keeps at most 255 characters of a header or a footer, its codes counted. */
const MAX_PAGE_TEXT = 255;

/** One section in Excel's header and footer codes: "&P" the page, "&N" the pages, a literal "&" doubled. */
const coded = (text: string) =>
  text
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");

/**
 * A header or footer in Excel's codes, section by section, as both writers hand it on (a file joins the
 * sections behind &L, &C and &R; Office.js sets each). Should the whole pass Excel's limit, the centre is
 * left out: the unit's and the period's names are the only text of any length there.
 */
export function pageTextCodes(text: PlanPageText): PlanPageText {
  const { left, center, right } = text;
  const whole = {
    ...(left ? { left: coded(left) } : {}),
    ...(center ? { center: coded(center) } : {}),
    ...(right ? { right: coded(right) } : {}),
  };
  const length = Object.values(whole).reduce((sum, section) => sum + 2 + section.length, 0);
  return length <= MAX_PAGE_TEXT || !center
    ? whole
    : pageTextCodes({ ...(left ? { left } : {}), ...(right ? { right } : {}) });
}

/** The section a header's or footer's text is printed in. */
type Section = keyof PlanPageText;
const SECTIONS: Readonly<Record<string, Section>> = { L: "left", C: "center", R: "right" };
/** Codes that set how a text looks (bold, italic, underline, strike, super- and subscript, outline, shadow). */
const LOOK_CODES = new Set(["B", "I", "U", "E", "S", "X", "Y", "O", "H"]);
/** Codes that print a field, as a person reads it. */
const FIELDS: Readonly<Record<string, string>> = {
  P: "{page}",
  N: "{pages}",
  D: "{date}",
  T: "{time}",
  F: "{file}",
  Z: "{path}",
  G: "",
};

/**
 * A header or footer in Excel's codes (an .xlsx's oddFooter, an .xls's FOOTER, Office.js's), section by
 * section as a person reads it printed: &L, &C and &R open the sections (text before any is centred),
 * &P and &N print as {page} and {pages} (as `pageTextCodes` takes them), &A as the sheet's name, "&&" as
 * "&"; codes of fonts, sizes, colours and looks print nothing.
 */
export function pageTextSections(codes: string, sheet: string): PlanPageText {
  const texts: Record<Section, string> = { left: "", center: "", right: "" };
  let section: Section = "center";
  for (let at = 0; at < codes.length; at++) {
    // The text up to the next code, at once: a header holds the unit's name, a code every few words.
    const next = codes.indexOf("&", at);
    if (next !== at) {
      texts[section] += codes.slice(at, next === -1 ? codes.length : next);
      if (next === -1) break;
      at = next;
    }
    const code = codes[++at] ?? "";
    if (code === "&") texts[section] += "&";
    else if (SECTIONS[code]) section = SECTIONS[code];
    else if (code === "A") texts[section] += sheet;
    else if (FIELDS[code] !== undefined) texts[section] += FIELDS[code];
    else if (code === '"') at = Math.max(codes.indexOf('"', at + 1), at);
    else if (code === "K") at += 6;
    else if (/\d/.test(code)) while (/\d/.test(codes[at + 1] ?? "")) at++;
    else if (!LOOK_CODES.has(code)) texts[section] += `&${code}`;
  }
  const trimmed = (section: Section) => texts[section].trim();
  return Object.fromEntries(
    (["left", "center", "right"] as const).flatMap((s) => (trimmed(s) ? [[s, trimmed(s)]] : [])),
  ) as PlanPageText;
}

/** What a reader reports of one header or footer in Excel's codes: each section that prints a text. */
export const pageTextsOf = (place: PageText["place"], codes: string, sheet: string): PageText[] =>
  Object.entries(pageTextSections(codes, sheet)).map(([section, text]) => ({
    place,
    section: section as PageText["section"],
    text: text as string,
  }));
