import { blocKey } from "../campaign/bloc";
import type { Campaign } from "../campaign/types";
import type { Nomination, NominationAward } from "../catalog";
import type { ReportingUnit } from "../model/units";
import type { Report } from "../report/report";
import { nameKey } from "../text/fold";
import { percentText } from "../text/figure-text";
import { fill, joinTexts, shortList, type Text } from "../text/text";
import { periodText } from "../model/period";
import { WORDS } from "../vocabulary";
import { levelScope } from "../campaign/level-words";
import type { Summary } from "./types";

/** One person or work on the province's list, with the unit that proposes it. */
export interface NominationEntry {
  readonly unit: ReportingUnit;
  readonly bloc: string | null;
  readonly nomination: Nomination;
}

/** An award's proposals: how many, how many direct workers, and whether the plan's number or share holds. */
export interface NominationCount {
  readonly rule: NominationAward;
  readonly count: number;
  readonly direct: number;
  /** Direct workers ÷ proposals; null when none is proposed. */
  readonly share: number | null;
  /** Some unit, bloc or the province (as the rule's scope says) proposes more than its number. */
  readonly over: boolean;
  /** The share of direct workers is below the least the rule asks. */
  readonly below: boolean;
}

/** A unit's proposals, by award in the order of `NominationList.awards`. */
export interface UnitCount {
  readonly unit: ReportingUnit;
  readonly byAward: readonly number[];
  readonly total: number;
  readonly direct: number;
}

/** The province's list, counted by award and unit, and what the awards council should look at. */
export interface NominationList {
  readonly entries: readonly NominationEntry[];
  readonly awards: readonly NominationCount[];
  readonly units: readonly UnitCount[];
  readonly review: readonly Text[];
}

/** The campaign's award a proposal names, however its case or spaces are typed. */
const ruleOf = (rules: readonly NominationAward[], award: string) =>
  rules.find((r) => nameKey(r.award) === nameKey(award));

/**
 * The campaign's awards the level above gives (Đề nghị cấp trên khen) and the proposals for them the units
 * sent, which the summary's report to that level passes on; null when the campaign has none.
 */
export function passedUpward(
  campaign: Campaign,
  list: NominationList | null,
): { awards: NominationAward[]; proposed: Nomination[] } | null {
  const awards = (campaign.nominationAwards ?? []).filter((a) => a.upward);
  if (awards.length === 0) return null;
  const proposed = (list?.entries ?? []).flatMap((e) =>
    ruleOf(awards, e.nomination.award) ? [e.nomination] : [],
  );
  return { awards, proposed };
}

/** The first proposal of a report for an award the campaign does not give people or works; none when all are its. */
export function foreignNomination(report: Report, campaign: Campaign): Nomination | undefined {
  const rules = campaign.nominationAwards ?? [];
  return report.nominations?.find((n) => !ruleOf(rules, n.award));
}

/**
 * The list the roll-up gathers from every counted unit's "Đề nghị khen thưởng", or null when the campaign
 * gives no award to people or works and no unit proposed any (its summary is then as it was). Numbers are
 * checked by the rule's scope: each unit's proposals, each bloc's, or the province's; a share of direct
 * workers below the rule's least is said.
 */
export function nominationList(
  summary: Pick<Summary, "campaign" | "units" | "parent">,
): NominationList | null {
  const entries: NominationEntry[] = summary.units.flatMap((u) =>
    (u.report.nominations ?? []).map((nomination) => ({ unit: u.unit, bloc: u.bloc, nomination })),
  );
  const rules = [...(summary.campaign.nominationAwards ?? [])];
  // Without a campaign's list (a roll-up with no campaign), the awards the units' templates offered.
  for (const { nomination } of entries)
    if (!ruleOf(rules, nomination.award))
      rules.push({ award: nomination.award, subject: nomination.subject, scope: "province" });
  if (rules.length === 0) return null;

  const review: Text[] = [];
  const awards = rules.map((rule) => {
    const mine = entries.filter((e) => ruleOf([rule], e.nomination.award));
    const direct = mine.filter((e) => e.nomination.directWorker).length;
    const share = mine.length > 0 ? direct / mine.length : null;
    const overs = overQuota(rule, mine, levelScope(summary.parent.kind));
    review.push(...overs);
    const below = rule.minDirectShare !== undefined && share !== null && share < rule.minDirectShare;
    if (below)
      review.push(
        fill(WORDS.nominations.shareBelow, {
          award: rule.award,
          direct,
          count: mine.length,
          share: percentText(share!),
          min: percentText(rule.minDirectShare!),
        }),
      );
    return { rule, count: mine.length, direct, share, over: overs.length > 0, below };
  });
  const units = summary.units
    .filter((u) => (u.report.nominations ?? []).length > 0)
    .map((u) => {
      const own = u.report.nominations!;
      return {
        unit: u.unit,
        byAward: rules.map((rule) => own.filter((n) => ruleOf([rule], n.award)).length),
        total: own.length,
        direct: own.filter((n) => n.directWorker).length,
      };
    });
  return { entries, awards, units, review };
}

/** What is over the rule's number, one text per unit, bloc or the province that proposes more. */
function overQuota(rule: NominationAward, mine: readonly NominationEntry[], whole: Text): Text[] {
  if (rule.count === undefined) return [];
  const quota = rule.count;
  const groups = new Map<string, NominationEntry[]>();
  for (const e of mine) {
    const key =
      rule.scope === "unit" ? e.unit.code : rule.scope === "bloc" ? e.bloc && blocKey(e.bloc) : "province";
    // A unit without a bloc is in no bloc's number.
    if (key === null || key === "") continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const codes = (group: readonly NominationEntry[]) => shortList([...new Set(group.map((e) => e.unit.code))]);
  return [...groups.values()]
    .filter((group) => group.length > quota)
    .map((group) => {
      const first = group[0]!;
      const common = { award: rule.award, count: group.length, quota };
      if (rule.scope === "unit")
        return fill(WORDS.nominations.overUnit, {
          ...common,
          unit: `${first.unit.name} (${first.unit.code})`,
          cells: citedCells(group),
        });
      if (rule.scope === "bloc")
        return fill(WORDS.nominations.overBloc, { ...common, bloc: first.bloc!, units: codes(group) });
      return fill(WORDS.nominations.overProvince, { ...common, scope: whole, units: codes(group) });
    });
}

/**
 * The cells a unit's lines sit in: "ô C10, C11 của trang tính Đề nghị khen thưởng"; where the list joins
 * rounds, each round's cells with its name, since Đợt 1's C8 and Đợt 2's C8 are two files' lines.
 */
function citedCells(group: readonly NominationEntry[]): Text {
  const rounds = new Map<string, NominationEntry[]>();
  for (const e of group) {
    const key = e.nomination.round?.id ?? "";
    rounds.set(key, [...(rounds.get(key) ?? []), e]);
  }
  const cited = [...rounds.values()].map((entries) => {
    const { sheet, round } = entries[0]!.nomination;
    const cells = shortList(
      entries.map((e) => e.nomination.cell),
      10,
    );
    return round
      ? fill(WORDS.nominations.cellsOfRound, { cells, sheet, round: periodText(round) })
      : fill(WORDS.nominations.cellsOf, { cells, sheet });
  });
  return joinTexts(cited, "; ");
}
