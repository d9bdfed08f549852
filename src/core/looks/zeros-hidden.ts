import { finding, type Finding } from "../findings/finding";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormZerosHidden } from "../report/zeros-hidden";

const ZEROS_HIDDEN = {
  view: WORDS.report.zerosHidden,
  print: WORDS.report.zerosUnprinted,
  format: WORDS.report.zeroFormatHidden,
  ink: WORDS.report.zeroInkHidden,
} as const;

/** Zeros shown as blanks warn: the figures are the form's, only their look says "not entered". */
export const zerosHiddenFindings = (hidden: readonly FormZerosHidden[]): Finding[] =>
  hidden.map(({ template, sheet, cell, where }) =>
    finding(
      "warning",
      "sheet.zeros_hidden",
      fill(ZEROS_HIDDEN[where], {
        sheet: shown(sheet),
        cell,
      }),
      { template, sheet, cell },
    ),
  );
