import { daysBetween } from "./period";

/**
 * The days the units list says a unit existed: open where it gives no date. With `movedInFrom` (the unit
 * it belonged to before, as the list writes it) its start is a move to this parent, not a founding.
 */
export interface Existence {
  readonly from?: string;
  readonly to?: string;
  readonly movedInFrom?: string;
}

/**
 * What the budget a unit types covers. "from_start": the budget year from the later of 1 January and the
 * unit's founding (`valid_from`) to 31 December, the figure on the decision paper of a unit founded on
 * 01/07 (its budget for the rest of the year); a unit that moved in on 01/07 was founded before the year,
 * and its paper gives the year's budget. "year": the calendar year, as reports made before the basis
 * was written asked (their form told a founded unit to turn its budget into a year's), kept so that
 * nothing already filled changes meaning.
 */
export type BudgetBasis = "year" | "from_start";

/** The calendar year a round's plan is of: the year its last day falls in (budgets are annual). */
export const budgetYear = (period: { readonly end: string }): number => Number(period.end.slice(0, 4));

/**
 * The days a unit existed within year `year` (open where the list gives no date), from its first such day
 * to its last, and the days of the year.
 */
export function daysInYear(
  year: number,
  existence: Existence,
): { days: number; of: number; from: string; to: string } {
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  const from = existence.from && existence.from > first ? existence.from : first;
  const to = existence.to && existence.to < last ? existence.to : last;
  const of = daysBetween(first, last) + 1;
  return { days: to < from ? 0 : daysBetween(from, to) + 1, of, from, to };
}

/**
 * The share of year `year`'s typed budget a unit carries: the days it existed in the year ÷ the days the
 * budget covers on its basis (the year's, or from its founding in the year to 31/12), with those days and
 * the first the budget covers (`start`). A summary's budgets end at `countedTo` when its units' were
 * counted only to that day (a province whose districts the list dates to 30/06 sums 181/365 of their
 * budgets: prorated to the province's 30/06 again by the level above, it was counted 181/365 twice); on
 * the year's basis it is never given.
 */
export function budgetDays(
  year: number,
  existence: Existence,
  basis: BudgetBasis,
  countedTo?: string,
): {
  days: number;
  covers: number;
  from: string;
  to: string;
  start: string;
  end: string;
  of: number;
  share: number;
} {
  const yearEnd = `${year}-12-31`;
  const end =
    basis === "from_start" && countedTo && countedTo.startsWith(`${year}-`) && countedTo < yearEnd
      ? countedTo
      : yearEnd;
  const span = daysInYear(year, existence.to && existence.to < end ? existence : { ...existence, to: end });
  // A unit that moved in was founded before the year: its budget, on either basis, is the year's.
  const start = basis === "from_start" && !existence.movedInFrom ? span.from : `${year}-01-01`;
  const covers = Math.max(0, daysBetween(start, end) + 1);
  return { ...span, start, end, covers, share: span.days === 0 || covers === 0 ? 0 : span.days / covers };
}
