import type { Report } from "../report/report";
import { unitKey } from "../model/units";
import { codeLookKey } from "../text/fold";
import type { DateSpan } from "./types";

/** The units a report counts: its own, and for a roll-up's report every unit inside it. */
const unitsOf = (report: Report) => [report.unit.code, ...(report.rollupUnits ?? [])];

/**
 * Every unit a set of reports counts, each once (first spelling kept): what a summary of them lists as
 * its units, so a level above can tell when one of them reaches it a second time.
 */
export function countedUnits(reports: readonly Report[]): string[] {
  const codes = new Map<string, string>();
  for (const report of reports)
    for (const code of unitsOf(report)) if (!codes.has(unitKey(code))) codes.set(unitKey(code), code);
  return [...codes.values()];
}

/** A roll-up's report that counts units other reports (of other units) count too. */
export interface Overlap<T> {
  readonly summary: T;
  /** The other reports, in the order received. */
  readonly others: readonly T[];
  /** The units the summary shares with them. */
  readonly shared: readonly string[];
}

/**
 * Whose codes a summary's units are, as the receiving level reads them: "" for its own, where the
 * summary names no campaign (written before `rollup_campaign`, or by a roll-up whose campaign names no
 * summarising unit: read as before) or names one of `own` (the receiving level's campaign's summarising
 * unit and its own code); else the campaign it names. Each province picks its units' codes: X01 in
 * province A's summary and X01 in province B's are two unions, and compared as one, the national level
 * refused both summaries. Look-alike names are one campaign, so that doubt compares more, never less;
 * the receiving level's own units are compared with every summary (`overlappingSummaries`).
 */
export function codesCampaign(report: Report, own: readonly string[]): string {
  const named = report.rollupCampaign;
  if (named === undefined) return "";
  const key = codeLookKey(named);
  return own.some((code) => codeLookKey(code) === key) ? "" : key;
}

/**
 * The roll-up reports that would count a unit twice: those holding a unit that another unit's report is,
 * or that another roll-up's report holds too (a district's summary and its own unions' reports; two
 * summaries sharing unions), its code as written or one that reads alike (a summary holding PO1 beside
 * P01's own report, round 21's review). A unit's own code is the receiving level's; the codes a summary
 * holds are those of `campaignOf` it (see `codesCampaign`), and compare with the summaries' codes of the
 * same campaign and with every unit's own code: a district that summed with a campaign of its own a union
 * whose own report the province received too would count it twice, and a code of another province that
 * is one of the receiving level's own units is refused, never added twice. Reports of one unit (its
 * rounds, its duplicates) are never compared here; nor two that `apart` says count days apart (see
 * `countApart`).
 */
export function overlappingSummaries<T extends { readonly report: Report }>(
  items: readonly T[],
  apart: (a: T, b: T) => boolean = () => false,
  campaignOf: (item: T) => string,
): Overlap<T>[] {
  const holders = new Map<string, T[]>();
  const hold = (key: string, item: T) => {
    const held = holders.get(key);
    if (held) held.push(item);
    else holders.set(key, [item]);
  };
  // A code's key in its campaign, and a unit's own code's; a space is in no code.
  const keyOf = (campaign: string, code: string) => `${campaign} ${codeLookKey(code)}`;
  const ownKey = (code: string) => ` own ${codeLookKey(code)}`;
  for (const item of items) {
    hold(keyOf("", item.report.unit.code), item);
    hold(ownKey(item.report.unit.code), item);
    for (const code of item.report.rollupUnits ?? []) hold(keyOf(campaignOf(item), code), item);
  }
  return items.flatMap((item) => {
    if (!item.report.rollupUnits) return [];
    const own = unitKey(item.report.unit.code);
    const campaign = campaignOf(item);
    const others = new Set<T>();
    const shared = item.report.rollupUnits.filter((code) => {
      const holding = holders.get(keyOf(campaign, code)) ?? [];
      const owning = campaign === "" ? [] : (holders.get(ownKey(code)) ?? []);
      const elsewhere = [...holding, ...owning].filter(
        (other) => unitKey(other.report.unit.code) !== own && !apart(item, other),
      );
      elsewhere.forEach((other) => others.add(other));
      return elsewhere.length > 0;
    });
    return shared.length > 0 ? [{ summary: item, others: [...others], shared }] : [];
  });
}

/** The days the list says a unit existed (`presence`), within the period rolled up. */
export interface CountedDays {
  readonly presence: DateSpan;
}

/**
 * Whether two units' reports count days apart: the days the list says each unit existed (`presence`,
 * within the period, which prorate their plans and bound what each can hold) are apart. A dissolved
 * district's Đợt 1 summary and the commune's Đợt 2 summary of the same unions then count each union once a
 * round, and their year's budgets once between them (red team, round 21: both were refused, and the 2025
 * year lost both); so do a province dissolved on 30/06's Đợt 1 summary and the year summary of the province
 * founded on 01/07 (the year covers Đợt 1's days, and both were refused: the nation had no budget at all).
 * Without such dates each keeps its whole year's plan: they are not apart, whatever their periods.
 */
export function countApart(a: CountedDays, b: CountedDays): boolean {
  return a.presence.end < b.presence.start || b.presence.end < a.presence.start;
}
