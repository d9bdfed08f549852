import type { Text } from "../text/text";
import type { Duplicate } from "./types";

/**
 * The round a duplicate is of, where it is not the summary's whole period: a year's roll-up says which
 * round a unit sent twice ("bao-cao (1).xlsx ← bao-cao.xlsx" does not); null where it is.
 */
export const duplicateRound = (duplicate: Duplicate, period: { readonly id: string }): Text | null =>
  duplicate.periodId === period.id ? null : duplicate.periodLabel;
