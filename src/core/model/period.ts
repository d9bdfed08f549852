import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/**
 * A reporting period as data: a round, a sprint, a year or a five-year review. Its dates travel with it,
 * so any round the province defines works; `due` is the day its reports must be in.
 */
export interface Period {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly label: Text;
  readonly due?: string;
}

const DEFAULT_PERIOD_ID = /^(\d{4})(?:-D([12]))?$/;
const PERIOD_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidPeriodId(id: string): boolean {
  return PERIOD_ID.test(id);
}

/** A real calendar date written YYYY-MM-DD between 2000 and 2100. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * A date as Vietnamese official documents write it (Nghị định 30/2020/NĐ-CP, and the campaign plans):
 * the day in two digits, the month in two only for January and February — 01/7/2025, 15/01/2026.
 */
export function dmy(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${Number(month) <= 2 ? month : Number(month)}/${year}`;
}

export function spanText(start: string, end: string): string {
  return `${dmy(start)} – ${dmy(end)}`;
}

/** A period's name as a campaign table holds it: its label without the dates the label ends with. */
export const periodName = (label: string) => label.replace(/ \(\d{2}\/.*\)$/, "");

/** A date as officers write it in a name: 25/10/2017, 1.7.2025, or 25/10 before a date that gives the year. */
const WRITTEN_DATE = /(?<!\d)(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?(?!\d)/g;

/** The dates a name states, in order, as ISO dates; a date without its year takes the next one's. */
function statedDates(name: string): string[] {
  const found = [...name.matchAll(WRITTEN_DATE)].map((m) => ({ day: m[1]!, month: m[2]!, year: m[3] }));
  return found.map((date, i) => {
    const year = date.year ?? found.slice(i + 1).find((d) => d.year)?.year ?? "";
    return `${year}-${date.month.padStart(2, "0")}-${date.day.padStart(2, "0")}`;
  });
}

/**
 * Whether a name already states the dates its period spans ("Đợt I: 25/10/2017 – 31/12/2017",
 * "từ 25/10/2017 đến 31/12/2017"): then the dates are not written after it a second time. A name stating
 * other dates, or only one end, is followed by the real dates, so a label never misstates them.
 */
export function namesItsDates(name: string, start: string, end: string): boolean {
  const dates = statedDates(name);
  return dates.length === 2 ? dates[0] === start && dates[1] === end : start === end && dates[0] === start;
}

/** A name followed by its period's dates, unless it states them already. */
const dated = (name: string, start: string, end: string) =>
  namesItsDates(name, start, end) ? name : `${name} (${spanText(start, end)})`;

/** A period's name with the dates it really spans, whatever dates its label claims. */
export const periodText = (period: Period): Text => ({
  vi: dated(periodName(period.label.vi), period.start, period.end),
  en: dated(periodName(period.label.en), period.start, period.end),
});

/**
 * The label of a period a campaign table names: one of the standard rounds, named as the product names
 * it, keeps its label in both languages; any other name is the province's own, the same in both.
 */
export function campaignPeriodLabel(id: string, name: string, start: string, end: string): Text {
  const standard = parsePeriod(id);
  if (standard && standard.start === start && standard.end === end && periodName(standard.label.vi) === name)
    return standard.label;
  const label = dated(name, start, end);
  return { vi: label, en: label };
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date one day after (or, with -1, before) the given one. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The default periods: `YYYY-D1` (Đợt 1, 01/01–30/6), `YYYY-D2` (Đợt 2, 01/7–31/12) and `YYYY` (Cả năm),
 * for roll-ups without a campaign workbook.
 */
export function parsePeriod(id: string): Period | null {
  const match = DEFAULT_PERIOD_ID.exec(id.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const round = match[2] ? Number(match[2]) : null;
  const start = round === 2 ? `${year}-07-01` : `${year}-01-01`;
  const end = round === 1 ? `${year}-06-30` : `${year}-12-31`;
  const span = spanText(start, end);
  return {
    id: round ? `${year}-D${round}` : String(year),
    start,
    end,
    label: fill(round ? WORDS.period.round : WORDS.period.wholeYear, { round: round ?? "", year, span }),
  };
}

/** The default periods of a year, in the order they are offered: Đợt 1, Đợt 2, the whole year. */
export function periodsOfYear(year: number): Period[] {
  return [`${year}-D1`, `${year}-D2`, String(year)]
    .map((id) => parsePeriod(id))
    .filter((p): p is Period => p !== null);
}

/** True when a report for `part` counts towards a roll-up for `whole`: its dates lie inside. */
export function isWithin(part: Period, whole: Period): boolean {
  return part.start >= whole.start && part.end <= whole.end;
}

export const samePeriodDates = (a: Period, b: Period) => a.start === b.start && a.end === b.end;

/** The narrowest of `periods` that holds `round`'s dates; the one of the round's own id first among equals. */
export function narrowestHolding(periods: readonly Period[], round: Period): Period | undefined {
  // Each span worked out once, not at every comparison: a roll-up asks for every unit's every round.
  const held = periods
    .filter((p) => isWithin(round, p))
    .map((p) => ({ p, span: daysBetween(p.start, p.end), own: p.id === round.id ? 0 : 1 }));
  return held.sort((a, b) => a.span - b.span || a.own - b.own)[0]?.p;
}

export function overlaps(period: Period, from?: string, to?: string): boolean {
  return (!from || from <= period.end) && (!to || to >= period.start);
}
