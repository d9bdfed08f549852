import type { UnitRow } from "./types";

/** Ranked first, in rank order; unranked units last, by code. Units of one rank are listed by code. */
export function byRank<U extends Pick<UnitRow, "unit">>(rank: (u: U) => number | null) {
  return (a: U, b: U) =>
    (rank(a) ?? Infinity) - (rank(b) ?? Infinity) || a.unit.code.localeCompare(b.unit.code);
}
