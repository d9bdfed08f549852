import { formDef, type TemplateId } from "../catalog";
import { figureText } from "../text/figure-text";
import { finding, type Finding } from "../findings/finding";
import { cellLabel, cellName, inputCells, valueAt } from "../form/form";
import { addDays } from "../model/period";
import type { Report } from "../report/report";
import { filePlace } from "./place-text";
import { fill, type Text } from "../text/text";
import { placeOf, type CellPlaces } from "./cell-places";
import type { SourceFile } from "./types";
import { WORDS } from "../vocabulary";

/** A round with what is needed to point at its cells. */
export interface LocatedRound {
  readonly report: Report;
  readonly source: SourceFile;
  readonly cells: CellPlaces;
}

/** Where a round holds a cell, as messages name it: the file, and its sheet and cell where known. */
export const where = (round: LocatedRound, id: TemplateId, name: string): Text =>
  filePlace(round.source.name, placeOf(round.cells, id, name));

/**
 * Each round must open where the previous one closed: an opening stock that differs from the previous
 * round's closing figure is a warning naming both files, sheets and cells. Rounds with a gap between them
 * are not compared (what happened in between was not reported).
 */
export function continuityFindings(chain: readonly LocatedRound[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < chain.length; i++) {
    const [before, after] = [chain[i - 1]!, chain[i]!];
    if (addDays(before.report.period.end, 1) !== after.report.period.start) continue;
    for (const id of after.report.templates) {
      const [closingForm, openingForm] = [before.report.forms[id], after.report.forms[id]];
      if (!closingForm || !openingForm) continue;
      const def = formDef(id, after.report.indicators, after.report.subRows);
      for (const cell of inputCells(def)) {
        const link = cell.closingOfPrevious;
        if (!link) continue;
        const opening = valueAt(openingForm, cell.row.key, cell.col.key);
        const closing = valueAt(closingForm, link.row, link.col);
        if (opening === null || closing === null || opening === closing) continue;
        const openingAt = where(after, id, cell.name);
        const closingAt = where(before, id, cellName(id, link.row, link.col));
        const text = fill(WORDS.rollup.continuity, {
          label: cellLabel(def, cell),
          opening: figureText(opening),
          openingAt,
          period: after.report.period.label,
          closing: figureText(closing),
          closingAt,
        });
        const place = placeOf(after.cells, id, cell.name, after.report.indicators, after.report.subRows);
        out.push(
          finding("warning", "rollup.continuity", text, {
            template: id,
            ...(place ? { sheet: place.sheet, cell: place.address } : {}),
          }),
        );
      }
    }
  }
  return out;
}
