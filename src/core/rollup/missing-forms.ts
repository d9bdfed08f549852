import { formsText, inCatalogOrder, type TemplateId } from "../catalog";
import { finding, type Finding } from "../findings/finding";
import { addDays, spanText } from "../model/period";
import type { Report } from "../report/report";
import { fill } from "../text/text";
import type { Accepted, ResolvedUnit } from "./resolve-unit";
import type { DateSpan, Gap } from "./types";
import { WORDS } from "../vocabulary";

/**
 * The forms a roll-up expects from every unit: each form one of the reports it uses holds. The campaign
 * workbook does not list forms, so a unit that leaves out a form the others sent has not reported it.
 */
export function expectedForms(used: readonly Report[]): TemplateId[] {
  return inCatalogOrder(new Set(used.flatMap((r) => r.templates)));
}

/** A gap as shown: its dates, and the forms it concerns when only some are missing. */
export function gapText(gap: Gap): string {
  const dates = spanText(gap.start, gap.end);
  return gap.templates ? `${dates} (${formsText(gap.templates)})` : dates;
}

const sameForms = (a: Gap, b: Gap) => (a.templates ?? []).join() === (b.templates ?? []).join();

/** Gaps in date order, those that follow on each other with the same forms made one. */
export function mergedGaps(gaps: readonly Gap[]): Gap[] {
  const sorted = [...gaps].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const out: Gap[] = [];
  for (const gap of sorted) {
    const last = out[out.length - 1];
    if (last && sameForms(last, gap) && addDays(last.end, 1) === gap.start)
      out[out.length - 1] = { ...last, end: gap.end };
    else out.push(gap);
  }
  return out;
}

/** The part of a report's dates inside the span the unit had to cover; null when none is. */
function clipped(report: Report, covered: DateSpan): DateSpan | null {
  const start = report.period.start > covered.start ? report.period.start : covered.start;
  const end = report.period.end < covered.end ? report.period.end : covered.end;
  return start <= end ? { start, end } : null;
}

/**
 * Where a unit's used reports leave out expected forms: a gap over each such report's dates for those
 * forms, and a warning naming the unit, the file and the forms. A form no used report holds is not
 * reported at all (its targets earn nothing); a form one round leaves out makes the period's flows the
 * other rounds' only, which must not pass for the whole period's.
 */
export function formGaps(
  used: readonly Accepted[],
  combined: Report,
  covered: DateSpan,
  expected: readonly TemplateId[],
): { gaps: Gap[]; warnings: Finding[] } {
  const gaps: Gap[] = [];
  const warnings: Finding[] = [];
  for (const u of used) {
    const missing = expected.filter((id) => !u.report.templates.includes(id));
    const span = clipped(u.report, covered);
    if (missing.length === 0 || !span) continue;
    gaps.push({ ...span, templates: missing });
    const absent = missing.every((id) => !combined.templates.includes(id));
    const message = absent ? WORDS.rollup.formsMissing : WORDS.rollup.formsMissingInRound;
    const text = fill(message, {
      unit: u.report.unit.code,
      file: u.source.name,
      forms: formsText(missing),
      span: spanText(span.start, span.end),
    });
    warnings.push(finding("warning", "rollup.forms_missing", text));
  }
  return { gaps, warnings };
}

/** A resolved unit with the forms it left out among its gaps and warnings. */
export function withFormGaps<R extends ResolvedUnit>(resolved: R, expected: readonly TemplateId[]): R {
  const { gaps, warnings } = formGaps(resolved.used, resolved.report, resolved.span, expected);
  if (gaps.length === 0) return resolved;
  return {
    ...resolved,
    gaps: mergedGaps([...resolved.gaps, ...gaps]),
    notes: [...resolved.notes, ...warnings],
  };
}
