import { blocKey } from "./bloc";

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
 * The units with one spelling per bloc, the first one given, as a campaign workbook's units are read: a
 * units list that writes "Cụm A" and "cụm a" shows, ranks and averages one bloc under one name.
 */
export function withOneSpellingPerBloc<U extends { readonly bloc?: string }>(units: readonly U[]): U[] {
  const spelling = new Map<string, string>();
  return units.map((u) => {
    if (u.bloc === undefined || blocKey(u.bloc) === "") return u;
    const key = blocKey(u.bloc);
    const first = spelling.get(key);
    if (first === undefined) {
      spelling.set(key, u.bloc);
      return u;
    }
    return first === u.bloc ? u : { ...u, bloc: first };
  });
}
