import { dmy, periodName, periodText, spanText, type Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { lineKey } from "../text/fold";
import { fill, type Text } from "../text/text";
import { remembered } from "../remembered";
import { WORDS } from "../vocabulary";

const unitText = (unit: ReportingUnit) => `${unit.name} (${unit.code})`;

/** The rows, below the form's title, of its line naming the unit and period in each language. */
export const IDENTITY_LINE_ROWS = { vi: 2, en: 3 } as const;

/** The line under each form's title naming the unit and period it reports, in each language. */
export const identityLine = (unit: ReportingUnit, period: Period): Text =>
  fill(WORDS.form.identity, { unit: unitText(unit), period: period.label });

/** The line as a template writes it: with the period's due date, where it has one. */
export function writtenIdentityLine(unit: ReportingUnit, period: Period): Text {
  const line = identityLine(unit, period);
  if (!period.due) return line;
  const due = fill(WORDS.form.due, { due: dmy(period.due) });
  return { vi: line.vi + due.vi, en: line.en + due.en };
}

type Lines = Readonly<Record<"vi" | "en", ReadonlySet<string>>>;

/** Whether a text read as a line in language `lang` is one the template writes for the report. */
export type LineAccepted = (lang: "vi" | "en", text: string) => boolean;

/** What a report's lines accept, made once for its four forms. */
const ACCEPTED = new WeakMap<object, LineAccepted>();

/**
 * Whether a text is, by its key (`lineKey`), a line a template writes for a report's unit and period, in
 * its language: the period named with the dates it really spans (or, for a label without dates, as
 * labelled), with or without its due date. A name stating its dates is followed by them again in
 * templates made before such names were written once: those lines are true too.
 */
export function identityLineAccepted(report: {
  readonly unit: ReportingUnit;
  readonly period: Period;
}): LineAccepted {
  let accepted = ACCEPTED.get(report);
  if (!accepted) ACCEPTED.set(report, (accepted = acceptedOf(linesOf(report.unit, report.period))));
  return accepted;
}

/** A line written as the template writes it is accepted at once; the keys are made for one that is not. */
function acceptedOf(lines: Lines): LineAccepted {
  let keys: Lines | undefined;
  return (lang, text) => {
    if (lines[lang].has(text)) return true;
    keys ??= { vi: new Set([...lines.vi].map(lineKey)), en: new Set([...lines.en].map(lineKey)) };
    return keys[lang].has(lineKeyOf(text));
  };
}

function linesOf(unit: ReportingUnit, period: Period): Lines {
  const spanned = periodText(period);
  const span = spanText(period.start, period.end);
  const appended = (lang: "vi" | "en") => `${periodName(period.label[lang])} (${span})`;
  const twice = { vi: appended("vi"), en: appended("en") };
  const lines = { vi: new Set<string>(), en: new Set<string>() };
  // Each line is filled once in both languages, its due date appended as `writtenIdentityLine` does: a
  // report's lines are new to each report, and filling them took a tenth of checking its identity.
  const due = period.due ? fill(WORDS.form.due, { due: dmy(period.due) }) : undefined;
  for (const label of [spanned, twice, period.label]) {
    const line = identityLine(unit, { ...period, label });
    for (const lang of ["vi", "en"] as const) {
      const undated = periodName(period.label[lang]) === period.label[lang];
      if (label === period.label && !undated) continue;
      lines[lang].add(line[lang]);
      lines[lang].add(due ? line[lang] + due[lang] : line[lang]);
    }
  }
  return lines;
}

/** What each language's line starts with, before the unit ("Đơn vị báo cáo: ", "Reporting unit: "), as keys. */
const STARTS = (["vi", "en"] as const).map((lang) => ({
  lang,
  start: lineKey(WORDS.form.identity[lang].split("{")[0]!),
}));

/** Every report of a round repeats the same texts; a line's key costs microseconds. */
export const lineKeyOf = remembered(lineKey, 20_000);

/** The language of a text that names a unit as the identity line does, however spaced, if it is one. */
export function identityLineLanguage(text: string): "vi" | "en" | undefined {
  const key = lineKeyOf(text);
  return STARTS.find(({ start }) => key.startsWith(start))?.lang;
}
