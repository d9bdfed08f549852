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

type LineKeys = Readonly<Record<"vi" | "en", ReadonlySet<string>>>;

/** The keys of a report's lines, made once for its four forms. */
const KEYS_OF = new WeakMap<object, LineKeys>();

/**
 * The keys (`lineKey`) of the lines a template writes for a report's unit and period, in each language:
 * the period named with the dates it really spans (or, for a label without dates, as labelled), with or
 * without its due date. A name stating its dates is followed by them again in templates made before
 * such names were written once: those lines are true too.
 */
export function identityLineKeys(report: {
  readonly unit: ReportingUnit;
  readonly period: Period;
}): LineKeys {
  let keys = KEYS_OF.get(report);
  if (!keys) KEYS_OF.set(report, (keys = lineKeysOf(report.unit, report.period)));
  return keys;
}

function lineKeysOf(unit: ReportingUnit, period: Period): LineKeys {
  const spanned = periodText(period);
  const span = spanText(period.start, period.end);
  const appended = (lang: "vi" | "en") => `${periodName(period.label[lang])} (${span})`;
  const twice = { vi: appended("vi"), en: appended("en") };
  // Most of the lines are one text (no due date, a period named by its dates): each is keyed once.
  const lines = { vi: new Set<string>(), en: new Set<string>() };
  for (const lang of ["vi", "en"] as const) {
    const undated = periodName(period.label[lang]) === period.label[lang];
    for (const label of undated ? [spanned, twice, period.label] : [spanned, twice]) {
      const shown = { ...period, label };
      lines[lang].add(identityLine(unit, shown)[lang]);
      lines[lang].add(writtenIdentityLine(unit, shown)[lang]);
    }
  }
  return { vi: new Set([...lines.vi].map(lineKey)), en: new Set([...lines.en].map(lineKey)) };
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
