import { finding, type Finding } from "../findings/finding";
import { toA1 } from "../grid/a1";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormOutOfView, outOfReach } from "../report/form-reach";

/** Frozen panes hiding a form refuse the file; a view opening past it warns. */
export const formOutOfViewFindings = (outOfView: readonly FormOutOfView[]): Finding[] =>
  outOfView.map(({ template, sheet, reach, opensAt, last }) =>
    reach
      ? finding(
          "error",
          "sheet.frozen_past_form",
          fill(WORDS.report.frozenPastForm, { sheet: shown(sheet), cells: outOfReach(reach) }),
          { template, sheet },
        )
      : finding(
          "warning",
          "sheet.opens_past_form",
          fill(WORDS.report.opensPastForm, {
            sheet: shown(sheet),
            cell: toA1(opensAt!.row, opensAt!.col),
            last: toA1(last!.row, last!.col),
          }),
          { template, sheet },
        ),
  );
