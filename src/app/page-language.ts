import type { Lang } from "../core/text/text";

const KEY = "thidua.lang";

/**
 * The language last chosen on the page, kept for its next opening. thidua.html is opened from disk,
 * where a browser may refuse storage (a privacy setting, a file:// origin it will not store for): then
 * the page simply starts in Vietnamese again.
 */
export function chosenLanguage(): Lang | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === "en" || stored === "vi" ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not kept: the next opening starts in Vietnamese, as before any choice.
  }
}
