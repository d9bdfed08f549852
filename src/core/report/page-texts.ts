import type { TemplateId } from "../catalog";

import type { GridSheet, PageText } from "../grid/grid";
import { pageTexts, printedAbout, type PrintedAbout } from "../layout/print";
import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";

import type { FormRead } from "./form-read";
import { lineKeyOf } from "./identity-line";
import { mayNameUnitOrPeriod } from "./unit-or-period-words";
/**
 * A text a form's printed pages carry in a header or footer that the template does not print there: the
 * page signed and stamped may name another unit or period than the report (red team, round 9: a footer
 * naming another ward and round, while the form's own line named the right ones).
 */
export interface FormPageText extends PageText {
  readonly template: TemplateId;
  readonly sheet: string;
  /** Whether it names another unit (by its code) or period (a year, a round) than the report's. */
  readonly differs: boolean;
}

/**
 * A page's number however it is written ("Trang 2/3", "Trang 2 của 3", "Page {page} of {pages}", "- 2 -"),
 * or a field that names no unit or period (the date, the time, the file's name): nothing else.
 */
const PAGE_NUMBERING =
  /^(?:\s|trang|pages?|of|của|trên|\{(?:pages?|date|time|file|path)\}|\d|[/·|,.:()\p{Pd}])*$/iu;

/** A date of a day, month and year, which page numbers never are: "01/7/2026 – 31/12/2026" names a period. */
const DATED = /\d{1,2}\/\d{1,2}\/\d{4}/;

/** A unit's code as the template writes it after the unit's name: "(CD_P01)", "(X01)". */
const UNIT_CODE = /\(([A-Z][A-Z0-9_.-]*(?:\d|_)[A-Z0-9_.-]*)\)/g;
/** A year as a period names it: after "năm" or "year", or in a date (01/7/2025). */
const YEAR = /(?:(?:năm|year)\s+|\d{1,2}\/\d{1,2}\/)(\d{4})/giu;
/** A date standing alone, not an end of a range of dates ("01/7/2025 – 31/12/2025"): its day, month, year. */
const LONE_DATE = /(?<!\d\s*\p{Pd}\s*)\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b(?!\s*\p{Pd}\s*\d)/gu;
/** How long after its period a report may be printed and signed, in days. */
const MOST_DAYS_TO_SIGN = 400;
const DAY_MS = 86_400_000;

/**
 * A text without the dates it prints after its period's end, alone ("In ngày 03/01/2026"): the day the
 * page was printed or signed, not another period (red team, round 58: a Đợt 2 report printed in January
 * was refused for naming the next year).
 */
function withoutSigningDates(text: string, period: Period): string {
  const end = Date.parse(`${period.end}T00:00:00Z`);
  return text.replace(LONE_DATE, (date, day: string, month: string, year: string) => {
    const at = Date.UTC(Number(year), Number(month) - 1, Number(day));
    const valid = new Date(at).getUTCDate() === Number(day) && Number(month) >= 1 && Number(month) <= 12;
    return valid && at > end && at - end <= MOST_DAYS_TO_SIGN * DAY_MS ? "" : date;
  });
}

/**
 * A date in words, as a Vietnamese date line writes the day a page is signed ("ngày 08 tháng 01 năm 2026")
 * or its month ("tháng 01 năm 2026"): judged as the same date in figures is (round 58), where the year after
 * "năm" read as another period's and the clerk's signing date refused a Đợt 2 report signed in January.
 */
const WORDED_DATE =
  /(?<![\p{L}\p{N}])(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})(?!\d)/giu;

/** An English month's name, whole or cut short ("January", "Jan.", "Sept"). */
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const EDGE = String.raw`(?<![\p{L}\p{N}])`;
const YEAR_END = String.raw`(\d{4})(?!\d)`;
/**
 * A date in English words, as an English header prints the day a page is printed ("Printed on 8 January
 * 2026", "January 8th, 2026") or its month ("January 2026"): judged as the same date in figures, as a
 * Vietnamese one is, where it warned as a text that may name a period.
 */
const DAY_MONTH_YEAR = new RegExp(String.raw`${EDGE}${DAY}\s+(?:of\s+)?${MONTH_NAME},?\s+${YEAR_END}`, "giu");
const MONTH_DAY_YEAR = new RegExp(String.raw`${EDGE}${MONTH_NAME}\s+(?:${DAY},?\s+)?${YEAR_END}`, "giu");
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A text with its dates in words written in figures, a month as its first day. */
const inFigures = (text: string) =>
  text
    .normalize("NFC")
    .replace(
      WORDED_DATE,
      (_, day: string | undefined, month: string, year: string) => `${day ?? "1"}/${month}/${year}`,
    )
    .replace(
      DAY_MONTH_YEAR,
      (_, day: string, month: string, year: string) => `${day}/${monthOf(month)}/${year}`,
    )
    .replace(
      MONTH_DAY_YEAR,
      (_, month: string, day: string | undefined, year: string) => `${day ?? "1"}/${monthOf(month)}/${year}`,
    );

/** A round of the year: "Đợt 1", "Round 2". */
const ROUND = /(?:đợt|round)\s*(\d+)/giu;

const matches = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => m[1]!.toLowerCase());

/**
 * Whether a text names a unit or a period other than the report's: a unit's code in brackets not its
 * own, a year its period does not span, a round not its own.
 */
function namesOthers(
  text: string,
  about: { readonly unit: ReportingUnit; readonly period: Period },
): boolean {
  const { unit, period } = about;
  const label = `${period.label.vi} ${period.label.en}`;
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const years = new Set(matches(YEAR, label));
  for (let year = first; year <= last; year++) years.add(String(year));
  const rounds = new Set(matches(ROUND, label));
  return (
    matches(UNIT_CODE, text).some((code) => code !== unit.code.toLowerCase()) ||
    matches(YEAR, withoutSigningDates(text, period)).some((year) => !years.has(year)) ||
    matches(ROUND, text).some((round) => !rounds.has(round))
  );
}

/**
 * Whether a text is one the template's own header and footer print on a form's sheet, by its key
 * (`lineKeyOf`): any of their sections, wherever a report prints them (older templates printed the unit
 * and period in the footer). A text printed as the template writes it is its own at once; the keys are
 * made for one that is not.
 */
function ownText(form: FormRead, printed: PrintedAbout | undefined): OwnText {
  const names = new Set([form.def.sheetName, ...(form.sheet !== undefined ? [form.sheet] : [])]);
  const texts = [...names].flatMap((name) => {
    const { header, footer } = pageTexts(name, printed);
    return [header, footer].flatMap((text) => Object.values(text ?? {}) as string[]);
  });
  const written = new Set(texts);
  let keys: Set<string> | undefined;
  return {
    written: (text) => written.has(text),
    keyed: (key) => (keys ??= new Set(texts.map(lineKeyOf))).has(key),
  };
}

/**
 * Whether a text is the template's own: as written, asked first, as most are (a report's own header names
 * its unit, a text new to every report, whose key costs tens of microseconds); else by its key.
 */
interface OwnText {
  readonly written: (text: string) => boolean;
  readonly keyed: (key: string) => boolean;
}

/**
 * Each text a form's sheet prints in its headers or footers other than the template's own (its sheet's
 * name, its unit and period, its page numbers), other than one naming the report's own unit and no
 * other unit or period, and other than one naming no unit or period at all (`mayNameUnitOrPeriod`).
 */
export function formsPageTexts(
  sheets: readonly Pick<GridSheet, "name" | "pageTexts">[],
  forms: readonly FormRead[],
  about: { readonly unit: ReportingUnit; readonly period: Period } | undefined,
): FormPageText[] {
  let printed: PrintedAbout | undefined;
  return forms.flatMap((form): FormPageText[] => {
    const texts = sheets.find((sheet) => sheet.name === form.sheet)?.pageTexts;
    if (!texts || texts.length === 0 || form.sheet === undefined) return [];
    printed ??= about && printedAbout(about.unit, about.period);
    const own = ownText(form, printed);
    return texts.flatMap((text) => {
      if (own.written(text.text)) return [];
      const key = lineKeyOf(text.text);
      if (key === "" || own.keyed(key) || (PAGE_NUMBERING.test(text.text) && !DATED.test(text.text)))
        return [];
      const figures = about === undefined ? text.text : inFigures(text.text);
      const differs = about !== undefined && namesOthers(figures, about);
      const dated = about === undefined ? text.text : withoutSigningDates(figures, about.period);
      if (!differs && !mayNameUnitOrPeriod(dated)) return [];
      const ownUnit =
        about !== undefined &&
        [about.unit.code, about.unit.name].some((name) => name !== "" && key.includes(lineKeyOf(name)));
      if (ownUnit && !differs) return [];
      return [{ ...text, template: form.def.id, sheet: form.sheet!, differs }];
    });
  });
}
