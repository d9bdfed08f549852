import { finding, type Finding } from "../findings/finding";
import { figureText } from "../text/figure-text";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormOffPrint, NO_AREA, FormPrintedSmall } from "../report/form-print";

/** A print area leaving out a form's cell refuses the file: what is signed is not what is rolled up. */
export const formOffPrintFindings = (offPrint: readonly FormOffPrint[]): Finding[] =>
  offPrint.map(({ template, sheet, cell, printAreas }) =>
    finding(
      "error",
      "sheet.print_area_off_form",
      // No area at all: an .ods sheet set not to print, whose fix is LibreOffice's.
      printAreas === NO_AREA
        ? fill(WORDS.report.formNotPrinted, { sheet: shown(sheet), cell })
        : fill(WORDS.report.printAreaOffForm, { sheet: shown(sheet), cell, areas: printAreas }),
      { template, sheet, cell },
    ),
  );

/** A form printed too small to read refuses the file: the copy signed and stamped cannot be read. */
export const formPrintedSmallFindings = (small: readonly FormPrintedSmall[]): Finding[] =>
  small.map(({ template, sheet, cell, scale, size, what }) =>
    finding(
      "error",
      "sheet.printed_too_small",
      fill(what === "figure" ? WORDS.report.printedTooSmall : WORDS.report.textPrintedTooSmall, {
        sheet: shown(sheet),
        cell,
        scale: String(scale),
        size: figureText(Math.round(size * 10) / 10),
      }),
      { template, sheet, cell },
    ),
  );
