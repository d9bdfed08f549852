import type { TemplateDef } from "../catalog";
import { formCells } from "../form/form";
import type { Existence } from "../model/budget-year";
import { dmy, type Period } from "../model/period";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** The move's day and former parent of a unit that moved in after `since` and by the period's end. */
function moveAfter(period: Period, existence: Existence | undefined, since: string) {
  const { from, movedInFrom } = existence ?? {};
  if (movedInFrom === undefined || from === undefined || from <= since || from > period.end) return undefined;
  return { start: dmy(from), previous: movedInFrom };
}

/**
 * A unit that moved in within the period but spent its budget year whole here (on 01/01/2018, in seed 001's
 * campaign from 25/10/2017): its budget needs no word, but what it collected before the move was reported
 * to its former parent, and typed again for the period it would be counted twice.
 */
export function movedInCollections(period: Period, existence: Existence): Text[] {
  const move = moveAfter(period, existence, period.start);
  return move ? [fill(WORDS.form.budgetMovedInCollected, move)] : [];
}

/**
 * What a form of figures for the period (flows) and from 01/01 (lũy kế từ đầu năm) tells a unit that moved
 * in since: its figures before the move were reported to its former parent, and its template asking for
 * the period's (a year's, from 01/01) had both parents count them at the level above. A plan form says so
 * in its budget note.
 */
export function movedInFlows(def: TemplateDef, period: Period, existence: Existence | undefined): Text[] {
  const cells = formCells(def);
  if (cells.some((c) => c.aggregation === "plan")) return [];
  const sinceYear = def.rows.some((row) => row.yearToDate);
  if (!sinceYear && !cells.some((c) => c.aggregation === "flow")) return [];
  const yearStart = `${period.end.slice(0, 4)}-01-01`;
  const move = moveAfter(period, existence, sinceYear && yearStart < period.start ? yearStart : period.start);
  return move ? [fill(WORDS.form.flowsMovedIn, move)] : [];
}
