import type { FormRead } from "../report/form-read";
import { periodText, spanText } from "../model/period";
import { identityLine, identityLineLanguage, identityLineStart } from "../report/identity-line";
import type { Report } from "../report/report";
import { fill } from "../text/text";
import { finding, type Finding } from "./finding";
import { quoted } from "./cell-compare";
import { WORDS } from "../vocabulary";
import { textDrawnOver } from "./text-drawn-over";

/** The dates a line gives its period, as templates write them: "(01/01/2025 – 30/6/2025)". */
const SPAN = /\((\d{1,2}\/\d{1,2}\/\d{4} – \d{1,2}\/\d{1,2}\/\d{4})\)/;

/**
 * A form whose line under the title names another unit than the report's metadata, or dates its period
 * otherwise: a person reads the report of the unit and period the line names, the roll-up counts it for
 * those of the metadata. The period's name is not compared: a campaign may name a round its own way.
 */
export function identityLineFindings(form: FormRead, report: Report | null): Finding[] {
  if (!report) return [];
  const { start, end } = report.period;
  const starts = identityLineStart(report.unit);
  const agrees = (shown: string, unitPart: string) => {
    const text = shown.trimStart();
    const span = SPAN.exec(text.slice(unitPart.length))?.[1];
    return text.startsWith(unitPart) && (span === undefined || span === spanText(start, end));
  };
  return (form.identityLines ?? []).flatMap((line) => {
    const unitPart = starts[identityLineLanguage(line.text)!];
    const where = { template: form.def.id, sheet: line.sheet, cell: line.address };
    const label = WORDS.report.identityLineLabel;
    const drawn = line.underDrawing && [textDrawnOver(line.underDrawing, label, quoted(line.text), where)];
    if (drawn && line.underDrawing === "shape") return drawn;
    // A picture hides some of the line's words at most: the line is read as well. What a format or a
    // conditional format may show there instead counts as much as the text held.
    const found = [line.text, ...(line.mayShow ?? [])].find((shown) => !agrees(shown, unitPart));
    if (found === undefined) return drawn || [];
    const message = fill(WORDS.report.identityLineDiffers, {
      found: quoted(found),
      // The dates the file holds, not a label that may claim others.
      expected: identityLine(report.unit, { ...report.period, label: periodText(report.period) }),
    });
    return [...(drawn || []), finding("error", "identity.line_differs", message, where)];
  });
}
