import { formsText } from "../catalog";
import type { Finding } from "../findings/finding";
import { isBlank, type Extraction } from "../report/extract";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/**
 * Why a file refused only for blanks is refused, when not one of its inputs holds anything: a template
 * sent by mistake in place of the filled report. "75 errors; the first, in C9…" would have staff chase
 * a cell rather than ask the unit for its report.
 */
export function blankTemplateReason(extraction: Extraction, errors: readonly Finding[]): Text | null {
  const { forms } = extraction;
  if (errors.length === 0 || !errors.every((e) => e.rule === "cell.required_blank")) return null;
  if (forms.length === 0 || !forms.every((f) => f.reads.every((r) => r.cell.formula || isBlank(r))))
    return null;
  return fill(WORDS.rollup.blankTemplate, {
    forms: formsText(forms.map((f) => f.def.id)),
    count: errors.length,
  });
}
