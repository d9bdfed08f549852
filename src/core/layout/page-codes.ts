import type { PlanPageText } from "./plan";

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
