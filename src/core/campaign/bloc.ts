/**
 * Blocs compare as people and spreadsheets compare them: without regard to case or surrounding spaces
 * (COUNTIFS in the scoring sheet does the same), so "Cụm 1" and "cụm 1 " are one bloc.
 */
export function blocKey(bloc: string | undefined | null): string {
  return (bloc ?? "").trim().toLocaleLowerCase("vi");
}
