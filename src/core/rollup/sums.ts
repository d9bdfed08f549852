/** Sums the reported figures; null when none was reported (blank is "not reported", never 0). */
export const sumReported = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

/** Sums figures that must all be there: one missing (a target not assigned) makes the sum unknown. */
export const sumAll = (values: readonly (number | null)[]): number | null =>
  values.length > 0 && values.every((v) => v !== null) ? values.reduce<number>((s, v) => s + v!, 0) : null;
