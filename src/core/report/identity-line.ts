import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

const unitText = (unit: ReportingUnit) => `${unit.name} (${unit.code})`;

/** The line under each form's title naming the unit and period it reports, in each language. */
export const identityLine = (unit: ReportingUnit, period: Period): Text =>
  fill(WORDS.form.identity, { unit: unitText(unit), period: period.label });

/** The line's start, up to the period's name, for the unit. */
export function identityLineStart(unit: ReportingUnit): Text {
  const line = fill(WORDS.form.identity, { unit: unitText(unit) });
  return { vi: line.vi.split("{period}")[0]!, en: line.en.split("{period}")[0]! };
}

/** What each language's line starts with, before the unit: "Đơn vị báo cáo: ", "Reporting unit: ". */
const STARTS = (["vi", "en"] as const).map((lang) => ({
  lang,
  start: WORDS.form.identity[lang].split("{")[0]!,
}));

/** The language of a line that names a unit as the identity line does, if it is one. */
export function identityLineLanguage(text: string): "vi" | "en" | undefined {
  const trimmed = text.trimStart();
  return STARTS.find(({ start }) => trimmed.startsWith(start))?.lang;
}
