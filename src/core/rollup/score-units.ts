import { blocKey } from "../campaign/bloc";
import { gradeOf, rankScores, scoreResults } from "../campaign/scoring";
import type { Campaign, CampaignUnit } from "../campaign/types";
import { unitTargets } from "../campaign/unit-targets";
import { figureText, percentText } from "../figure-text";
import { finding, type Finding } from "../finding";
import { samePeriodDates, type Period } from "../period";
import type { Report } from "../report";
import { fill } from "../text";
import { placedTarget } from "../targets";
import { unitKey } from "../units";
import { attainment, targetsMet } from "./attainment";
import { daysLate, vietnamDate } from "./lateness";
import { ROLLUP_MESSAGES } from "./messages";
import { DEFAULT_JUMP_FACTOR, jumpFindings, withPrevious } from "./previous";
import type { ResolvedUnit } from "./resolve-unit";
import type { RollupOptions, UnitRow } from "./types";

/** A warning for each target a unit's workbook carries that is not what the province assigned. */
function targetWarnings(
  report: Report,
  file: string,
  own: Report["targets"],
  notApplicable: ReadonlySet<string>,
  byDefault: boolean,
): Finding[] {
  const out: Finding[] = [];
  // Without the province's campaign the targets are the built-in defaults: nobody assigned them.
  const message = byDefault ? ROLLUP_MESSAGES.targetDiffersFromDefault : ROLLUP_MESSAGES.targetDiffers;
  for (const key of Object.keys(own)) {
    const [found, assigned] = [report.targets[key] ?? null, own[key] ?? null];
    if (found === null || assigned === null || notApplicable.has(key) || Math.abs(found - assigned) < 1e-9)
      continue;
    const show = (v: number) => (placedTarget(key)?.kind === "ratio" ? percentText(v) : figureText(v));
    const text = fill(message, {
      file,
      target: key,
      found: show(found),
      assigned: show(assigned),
    });
    out.push(finding("warning", "rollup.target_differs", text));
  }
  return out;
}

function dueOf(campaign: Campaign, period: Period): string | undefined {
  const own = campaign.periods.find((p) => p.id === period.id && samePeriodDates(p, period));
  return own ? own.due : period.due;
}

/** The day each used report arrived and how late it was; the unit is as late as its latest round. */
function lateness(resolved: ResolvedUnit, campaign: Campaign, listed: CampaignUnit | undefined) {
  let received: string | null = null;
  let late: number | null = null;
  let due: string | null = null;
  for (const [i, u] of resolved.used.entries()) {
    const recorded = i === resolved.used.length - 1 ? listed?.received : undefined;
    const when = recorded ?? u.source.receivedAt ?? u.source.modifiedAt;
    const day = when ? vietnamDate(when) : null;
    if (day && (!received || day > received)) received = day;
    const roundDue = dueOf(campaign, u.report.period) ?? null;
    due = roundDue ?? due;
    const days = daysLate(day, roundDue ?? undefined);
    if (days !== null && (late === null || days > late)) late = days;
  }
  return { received, due, daysLate: late };
}

/**
 * Each unit against the campaign: the province's targets replace those the workbook carries, results are
 * scored by the scoring table, graded, and ranked overall and inside the unit's bloc.
 */
export function scoreUnits(
  resolved: readonly (ResolvedUnit & { listed: CampaignUnit | undefined })[],
  period: Period,
  campaign: Campaign,
  options: RollupOptions,
): UnitRow[] {
  const rows = resolved.map((r) => {
    const { targets, notApplicable } = unitTargets(campaign, r.report.unit.code, r.report.templates);
    const report: Report = { ...r.report, targets };
    const previous = options.previous?.units.get(unitKey(report.unit.code));
    const results = withPrevious(attainment(report, notApplicable), previous, (_, key) => {
      const t = placedTarget(key)!;
      return { row: t.row, col: t.col };
    });
    const scoring = scoreResults(results, campaign.scoring);
    const warnings = [
      ...r.used.flatMap((u) => u.warnings),
      ...r.continuity,
      ...r.used.flatMap((u) =>
        targetWarnings(u.report, u.source.name, targets, notApplicable, !options.campaign),
      ),
      ...(options.previous && previous
        ? jumpFindings(report, options.previous, previous, options.jumpFactor ?? DEFAULT_JUMP_FACTOR)
        : []),
    ];
    return {
      unit: report.unit,
      bloc: r.listed?.bloc ?? null,
      sources: r.used.map((u) => u.source),
      status: r.gaps.length > 0 ? ("partial" as const) : ("ok" as const),
      gaps: r.gaps,
      span: r.span,
      report,
      warnings,
      attainment: results,
      met: targetsMet(results),
      scoring,
      score: scoring.score,
      grade: gradeOf(scoring.score, campaign.grades),
      ...lateness(r, campaign, r.listed),
    };
  });
  const overall = rankScores(rows.map((r) => r.score));
  const blocRanks = new Map<number, number | null>();
  for (const bloc of new Set(rows.map((r) => (r.bloc === null ? null : blocKey(r.bloc))))) {
    const members = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => (r.bloc === null ? null : blocKey(r.bloc)) === bloc);
    const ranks = rankScores(members.map(({ r }) => r.score));
    members.forEach(({ i }, k) => blocRanks.set(i, bloc === null ? null : ranks[k]!));
  }
  return rows.map((row, i) => ({ ...row, rank: overall[i]!, blocRank: blocRanks.get(i) ?? null }));
}
