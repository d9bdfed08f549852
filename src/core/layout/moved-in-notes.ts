import type { TemplateDef } from "../catalog";
import { formCells } from "../form/form";
import type { Existence } from "../model/budget-year";
import { addDays, dmy, type Period } from "../model/period";
import { fill, joinTexts, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** The day a unit moved in and its former parent, as a note says them. */
type Move = Readonly<Record<"start" | "previous", string>>;

/** The move's day and former parent of a unit that moved in on or after `since` and by the period's end. */
function moveSince(period: Period, existence: Existence | undefined, since: string): Move | undefined {
  const { from, movedInFrom } = existence ?? {};
  if (movedInFrom === undefined || from === undefined || from < since || from > period.end) return undefined;
  return { start: dmy(from), previous: movedInFrom };
}

/** A note of its own: the move's day and former parent, then `words` of it. */
const movedInSaying = (move: Move, words: Text) =>
  joinTexts([fill(WORDS.form.movedInOn, move), fill(words, move)], " ");

/**
 * What a plan form (Biểu 03) says of the collections of a unit that moved in within the period (or on its
 * first day): only those from the move, what came before reported to its former parent. Moved in before the
 * period (on 01/03, a template of Đợt 2), it says nothing: told to type its collections from 01/03, the
 * round's template took Đợt 1's part again. `withMove` names the move first, for a note of its own.
 */
export function movedInCollections(period: Period, existence: Existence, withMove: boolean): Text[] {
  const move = moveSince(period, existence, period.start);
  if (!move) return [];
  return [
    withMove ? movedInSaying(move, WORDS.form.collectedFromMove) : fill(WORDS.form.collectedFromMove, move),
  ];
}

/**
 * What a form of figures for the period (flows) or from 01/01 (lũy kế từ đầu năm) tells a unit that moved
 * in since their first day: its figures before the move were reported to its former parent, and its
 * template asking for the period's (a year's, from 01/01) had both parents count them at the level above.
 * A plan form says so in its budget note.
 */
export function movedInFlows(def: TemplateDef, period: Period, existence: Existence | undefined): Text[] {
  const cells = formCells(def);
  if (cells.some((c) => c.aggregation === "plan")) return [];
  const yearToDate = def.rows.some((row) => row.yearToDate);
  const flows = cells.some((c) => c.aggregation === "flow");
  const inPeriod = moveSince(period, existence, addDays(period.start, 1));
  const inYear = yearToDate && moveSince(period, existence, addDays(`${period.end.slice(0, 4)}-01-01`, 1));
  if ((flows || yearToDate) && inPeriod) return [movedInSaying(inPeriod, WORDS.form.flowsFromMove)];
  if (inYear) return [movedInSaying(inYear, WORDS.form.yearToDateFromMove)];
  return [];
}
