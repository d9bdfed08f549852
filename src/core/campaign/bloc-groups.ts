import { blocKey, blocSpellings } from "./bloc";

/**
 * Whether a unit is in a bloc, compared as the ranks compare blocs (by `blocKey`), so an average, a
 * listing or a filter of a bloc holds the very units ranked in it.
 */
export function inBloc(bloc: string): (unit: { readonly bloc?: string | null }) => boolean {
  const key = blocKey(bloc);
  return (unit) => typeof unit.bloc === "string" && blocKey(unit.bloc) === key;
}

/** The blocs named, each once under the first spelling given ("Cụm A" and "cụm a " are one bloc). */
export function distinctBlocs(blocs: Iterable<string | null | undefined>): string[] {
  const first = new Map<string, string>();
  for (const bloc of blocs) {
    const key = blocKey(bloc);
    if (key !== "" && !first.has(key)) first.set(key, bloc!);
  }
  return [...first.values()];
}

/**
 * The units with one spelling per bloc, the first one given, tidied as a campaign workbook's units are
 * read (see blocSpellings): a units list that writes "Cụm A" and "cụm a" shows, ranks and averages one
 * bloc under one name; a blank bloc is none.
 */
export function withOneSpellingPerBloc<U extends { readonly bloc?: string }>(units: readonly U[]): U[] {
  const spelling = blocSpellings();
  return units.map((u) => {
    const bloc = u.bloc === undefined ? undefined : spelling(u.bloc);
    if (bloc === u.bloc) return u;
    const copy: { bloc?: string } = { ...u };
    if (bloc === undefined) delete copy.bloc;
    else copy.bloc = bloc;
    return copy as U;
  });
}
