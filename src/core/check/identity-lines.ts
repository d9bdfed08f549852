import type { FormRead } from "../report/form-read";
import { identityLine, identityLineLanguage } from "../report/identity-line";
import type { Report } from "../report/report";
import { fill } from "../text/text";
import { finding, type Finding } from "./finding";
import { quoted } from "./cell-compare";
import { WORDS } from "../vocabulary";

/**
 * A form whose line under the title names another unit or period than the report's metadata: a person
 * reads the report of the unit and period the line names, the roll-up counts it for those of the
 * metadata. The line may go on past them (the due date).
 */
export function identityLineFindings(form: FormRead, report: Report | null): Finding[] {
  if (!report) return [];
  const expected = identityLine(report.unit, report.period);
  return (form.identityLines ?? []).flatMap((line) => {
    const lang = identityLineLanguage(line.text)!;
    if (line.text.trimStart().startsWith(expected[lang])) return [];
    const message = fill(WORDS.report.identityLineDiffers, { found: quoted(line.text), expected });
    return [
      finding("error", "identity.line_differs", message, {
        template: form.def.id,
        sheet: line.sheet,
        cell: line.address,
      }),
    ];
  });
}
