import type { FormRead, IdentityLineRead } from "../report/form-read";
import { showsWords, UNREADABLE_SHOWN } from "../grid/grid";
import { periodText } from "../model/period";
import { identityLine, identityLineAccepted, lineKeyOf } from "../report/identity-line";
import type { Report } from "../report/report";
import { holdsSeveralLines } from "../report/several-lines";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";
import { textDrawnOver } from "./text-drawn-over";

/**
 * A form whose line under the title does not name the report's unit and period as the template writes
 * it (its words folded as a person reads them, the period's name and its dates in full), or has no such
 * line: a person reads the report of the unit and period the line names, the roll-up counts it for those
 * of the metadata. A line of several lines is left to `severalLinesFindings`.
 */
export function identityLineFindings(form: FormRead, report: Report | null): Finding[] {
  if (!report) return [];
  const accepted = identityLineAccepted(report);
  // The dates the file holds, not a label that may claim others.
  const expected = () => identityLine(report.unit, { ...report.period, label: periodText(report.period) });
  const lines = form.identityLines ?? [];
  // What a line holds or may show that does not name the report's unit and period, if anything.
  const misread = (line: IdentityLineRead) =>
    [line.text, ...(line.mayShow ?? [])].find((shown) => !accepted(line.lang, shown));
  // A line a person reads whole: in view, clear of drawings, on one line, naming the unit and period.
  const read = (line: IdentityLineRead) =>
    !line.unseen && !line.underDrawing && !holdsSeveralLines(line.text) && misread(line) === undefined;
  return lines.flatMap((line) => {
    if (holdsSeveralLines(line.text)) return [];
    const where = { template: form.def.id, sheet: line.sheet, cell: line.address };
    const label = WORDS.report.identityLineLabel;
    const drawn = line.underDrawing
      ? [textDrawnOver(line.underDrawing, label, quoted(line.text), where)]
      : [];
    if (showsWords(line.underDrawing)) return drawn;
    // The English line hidden under a Vietnamese one read whole: a clerk hides the English rows to print a
    // Vietnamese copy. Not the other way round: a Vietnamese reader takes the unit from a Vietnamese text,
    // such as another unit's line typed under a hidden one (round 7).
    if (line.unseen && line.lang === "en" && lines.some((other) => other.lang === "vi" && read(other)))
      return drawn;
    if (line.unseen)
      return [
        finding(
          "error",
          "identity.line_unseen",
          fill(WORDS.report.identityLineUnseen, { found: quoted(line.text) }),
          where,
        ),
      ];
    // A picture hides some of the line's words at most: the line is read as well. What a format or a
    // conditional format may show there instead counts as much as the text held.
    const found = misread(line);
    if (found === undefined) return drawn;
    if (found === UNREADABLE_SHOWN)
      return [
        ...drawn,
        finding(
          "error",
          "identity.line_unseen",
          fill(WORDS.report.identityLineOtherwise, { found: quoted(line.text) }),
          where,
        ),
      ];
    if (lineKeyOf(found) === "")
      return [
        ...drawn,
        finding(
          "error",
          "identity.line_missing",
          fill(WORDS.report.identityLineMissing, { expected: expected()[line.lang] }),
          where,
        ),
      ];
    // The line as the template writes it in the line's own language, in both messages: a reader of the
    // English one is to put back a Vietnamese line as it was, not as the English line reads.
    const message = fill(WORDS.report.identityLineDiffers, {
      found: quoted(found),
      expected: expected()[line.lang],
    });
    return [...drawn, finding("error", "identity.line_differs", message, where)];
  });
}
