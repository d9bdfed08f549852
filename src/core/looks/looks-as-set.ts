import { finding, type Finding } from "../findings/finding";
import { WORDS } from "../vocabulary";
import type { Extraction } from "../report/extract";

/**
 * A report read with its cells' looks as set, not as drawn (Excel without ExcelApi 1.19, or refusing to
 * tell: see WorkbookGrid.looksAsSet): its figures were read and checked, but not whether a conditional
 * format hides one (a white font, a fill over it), so it is said, as a warning.
 */
export const looksAsSetFindings = ({ looksAsSet }: Pick<Extraction, "looksAsSet">): Finding[] =>
  looksAsSet
    ? [finding("warning", "workbook.conditional_looks_unchecked", WORDS.report.conditionalLooksUnchecked)]
    : [];
