import type { TemplateId } from "../catalog";

import { columnLetters } from "../grid/a1";
import type { GridSheet, RowCol } from "../grid/grid";
import { fill } from "../text/text";
import { WORDS } from "../vocabulary";
import type { FormRead } from "./form-read";
/**
 * A form's sheet whose view hides the form. `reach`: panes frozen past the form's title or figures keep
 * the rows above it (columns left of it) out of reach while the view shows what lies past them, maybe a
 * copy of the form. `opensAt`: the view opens below or right of the form's last figure; a person can
 * scroll back, but sees none of the form on opening.
 */
export interface FormOutOfView {
  readonly template: TemplateId;
  readonly sheet: string;
  readonly reach?: RowCol;
  readonly opensAt?: RowCol;
  /** The form's last figure, for a view that opens past it. */
  readonly last?: RowCol;
}

/** The form's first and last row and column on its sheet: from its title, else its first figure, to its last figure. */
function formExtent(form: FormRead): { first: RowCol; last: RowCol } | undefined {
  const area = form.figureArea;
  const title = form.frame?.title;
  if (!area) return undefined;
  return {
    first: {
      row: Math.min(area.first.row, title?.row ?? Infinity),
      col: Math.min(area.first.col, title?.col ?? Infinity),
    },
    last: area.last,
  };
}

/**
 * Each form's sheet whose view hides the form: panes frozen past its first row or column (an error, as
 * no scrolling brings them back), else a view opening wholly past its last figure (a warning: a clerk
 * may save a file scrolled down, but not usually past every figure of it).
 */
export function formsOutOfView(
  sheets: readonly Pick<GridSheet, "name" | "view">[],
  forms: readonly FormRead[],
): FormOutOfView[] {
  return forms.flatMap((form): FormOutOfView[] => {
    const view = sheets.find((sheet) => sheet.name === form.sheet)?.view;
    const extent = view && formExtent(form);
    if (!view || !extent || form.sheet === undefined) return [];
    const { first, last } = extent;
    const where = { template: form.def.id, sheet: form.sheet };
    const { reach, opensAt } = view;
    if (reach && (reach.row > first.row || reach.col > first.col)) return [{ ...where, reach }];
    if (opensAt && (opensAt.row > last.row || opensAt.col > last.col)) return [{ ...where, opensAt, last }];
    return [];
  });
}

/** The rows above and the columns left of `reach`, as a person names them: "rows 1–100, columns A–B". */
export function outOfReach(reach: RowCol) {
  const rows = reach.row > 0 ? fill(WORDS.report.rowsOutOfReach, { row: reach.row }) : undefined;
  const columns =
    reach.col > 0
      ? fill(WORDS.report.columnsOutOfReach, { column: columnLetters(reach.col - 1) })
      : undefined;
  return rows && columns ? fill(WORDS.report.rowsAndColumns, { rows, columns }) : (rows ?? columns)!;
}
