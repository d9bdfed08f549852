import { nameKey } from "../text/fold";

/**
 * Blocs compare as people read them: without regard to case, to spaces of any kind or number (a
 * non-breaking one, two in a row) or to how the accents are encoded (composed or decomposed), so
 * "Cụm 1", "cụm 1 " and "Cụm  1" are one bloc (COUNTIFS in the scoring sheet ignores case too; the
 * campaign keeps one spelling per bloc, so the sheet's formulas see one name).
 */
export function blocKey(bloc: string | undefined | null): string {
  return nameKey(bloc ?? "");
}

/**
 * One spelling for each bloc, the first one typed (its accents composed, its spaces single ones), so
 * every listing and the scoring sheet's COUNTIFS see each bloc under one name.
 */
export function blocSpellings(): (typed: string | undefined) => string | undefined {
  const spellings = new Map<string, string>();
  return (typed) => {
    const tidy = typed?.normalize("NFC").replace(/\s+/gu, " ").trim();
    if (!tidy) return undefined;
    const key = blocKey(tidy);
    if (!spellings.has(key)) spellings.set(key, tidy);
    return spellings.get(key);
  };
}
