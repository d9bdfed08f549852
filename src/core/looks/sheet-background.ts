import { finding, type Finding } from "../findings/finding";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormOnBackground } from "../report/sheet-background";

/** A background behind a form refuses the file: what is seen and signed may lack its words. */
export const backgroundFindings = (onBackground: readonly FormOnBackground[]): Finding[] =>
  onBackground.map(({ template, sheet, cell }) =>
    finding("error", "sheet.background", fill(WORDS.report.sheetBackground, { sheet: shown(sheet) }), {
      template,
      sheet,
      cell,
    }),
  );
