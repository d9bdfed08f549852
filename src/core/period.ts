import type { Text } from "./text";

/** A reporting period: a round (Đợt) of a year or the whole year; its dates travel with it as data. */
export interface Period {
  readonly id: string;
  readonly year: number;
  readonly round: 1 | 2 | null;
  readonly start: string;
  readonly end: string;
  readonly label: Text;
}

const PERIOD_ID = /^(\d{4})(?:-D([12]))?$/;

export function parsePeriod(id: string): Period | null {
  const match = PERIOD_ID.exec(id.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const round = match[2] ? (Number(match[2]) as 1 | 2) : null;
  const start = round === 2 ? `${year}-07-01` : `${year}-01-01`;
  const end = round === 1 ? `${year}-06-30` : `${year}-12-31`;
  const dmy = (iso: string) => iso.split("-").reverse().join("/");
  const span = `${dmy(start)} – ${dmy(end)}`;
  return {
    id: round ? `${year}-D${round}` : String(year),
    year,
    round,
    start,
    end,
    label: round
      ? { vi: `Đợt ${round} năm ${year} (${span})`, en: `Round ${round} of ${year} (${span})` }
      : { vi: `Cả năm ${year} (${span})`, en: `Whole year ${year} (${span})` },
  };
}

/** The periods of a year, in the order they are offered: Đợt 1, Đợt 2, the whole year. */
export function periodsOfYear(year: number): Period[] {
  return [`${year}-D1`, `${year}-D2`, String(year)]
    .map((id) => parsePeriod(id))
    .filter((p): p is Period => p !== null);
}

/** True when a report for `part` counts towards a roll-up for `whole` (the same period, or a round of the year). */
export function isWithin(part: Period, whole: Period): boolean {
  return part.id === whole.id || (whole.round === null && part.year === whole.year);
}

export function overlaps(period: Period, from?: string, to?: string): boolean {
  return (!from || from <= period.end) && (!to || to >= period.start);
}
