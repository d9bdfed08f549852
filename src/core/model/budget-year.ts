import { daysBetween } from "./period";

/** The days the units list says a unit existed: open where it gives no date. */
export interface Existence {
  readonly from?: string;
  readonly to?: string;
}

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
