import { inBloc, searchKey, type SummaryView, type UnitView } from "../../core";

/** Where a unit's report stands: on time, late, or covering only part of the period. */
export type UnitStanding = "onTime" | "late" | "partial";

export const STANDINGS: readonly UnitStanding[] = ["onTime", "late", "partial"];

/** One unit of a roll-up as the units grid shows it. */
export interface UnitGridRow {
  readonly code: string;
  readonly name: string;
  readonly bloc: string | null;
  readonly score: number | null;
  readonly grade: string | null;
  readonly rank: number | null;
  readonly blocRank: number | null;
  readonly met: number;
  /** Targets with a verdict for the unit (met or not). */
  readonly judged: number;
  readonly daysLate: number | null;
  readonly standing: UnitStanding;
  /** What a partial unit lacks: rounds or forms of its own, a summary's units' reports, or both. */
  readonly short: readonly ("rounds" | "summary")[];
  readonly files: string;
}

const standingOf = (row: UnitView): UnitStanding =>
  row.status === "partial" ? "partial" : row.daysLate !== null ? "late" : "onTime";

export const unitGridRows = (summary: SummaryView): UnitGridRow[] =>
  summary.units.map((u) => ({
    code: u.unit.code,
    name: u.unit.name,
    bloc: u.bloc,
    score: u.score,
    grade: u.grade,
    rank: u.rank,
    blocRank: u.blocRank,
    met: u.met,
    judged: u.judged,
    daysLate: u.daysLate,
    standing: standingOf(u),
    short: [
      ...(u.gaps.length > 0 ? ["rounds" as const] : []),
      ...(u.shortInside ? ["summary" as const] : []),
    ],
    files: u.sources.map((s) => s.name).join(", "),
  }));

/** What the user narrowed the units grid to; empty strings mean "all". */
export interface UnitFilter {
  readonly text: string;
  readonly bloc: string;
  readonly grade: string;
  readonly standing: UnitStanding | "";
}

export const NO_FILTER: UnitFilter = { text: "", bloc: "", grade: "", standing: "" };

/** Filter value standing for "no bloc" or "no grade", which no real bloc or grade can be. */
export const NONE = "\u0000";

/** Units matching every part of the filter; the text matches code or name, accents and case ignored. */
export function filterUnits(rows: readonly UnitGridRow[], filter: UnitFilter): readonly UnitGridRow[] {
  const text = searchKey(filter.text);
  const matches = (value: string | null, wanted: string) =>
    wanted === "" || (wanted === NONE ? value === null : value === wanted);
  const inWantedBloc =
    filter.bloc === "" || filter.bloc === NONE
      ? (r: UnitGridRow) => matches(r.bloc, filter.bloc)
      : inBloc(filter.bloc);
  return rows.filter(
    (r) =>
      inWantedBloc(r) &&
      matches(r.grade, filter.grade) &&
      (filter.standing === "" || r.standing === filter.standing) &&
      (text === "" || searchKey(`${r.code} ${r.name}`).includes(text)),
  );
}
