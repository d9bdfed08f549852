import { finding, type Finding } from "../findings/finding";
import { pageTexts, printedAbout } from "../layout/print";
import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormPageText } from "../report/page-texts";

/**
 * A header or footer naming another unit or period refuses the file: what is signed is not the report;
 * any other text of the kind is shown to the officer who checks it.
 */
export const pageTextFindings = (
  texts: readonly FormPageText[],
  about: { readonly unit: ReportingUnit; readonly period: Period } | undefined,
): Finding[] =>
  texts.map(({ template, sheet, place, text, differs }) =>
    finding(
      differs ? "error" : "warning",
      differs ? "identity.page_text_differs" : "identity.page_text",
      fill(differs ? WORDS.report.pageTextDiffers : WORDS.report.pageText, {
        sheet: shown(sheet),
        place: WORDS.report.pagePlace[place],
        text: shown(text),
        about: shown(
          (about && pageTexts(sheet, printedAbout(about.unit, about.period)).header?.center) ?? "—",
        ),
      }),
      { template, sheet },
    ),
  );
