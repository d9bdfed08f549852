import { blocKey } from "../campaign/bloc";
import { gradeOf, rankScores, scoreResults, withPenalties } from "../campaign/scoring";
import { campaignForPeriod } from "../campaign/period-targets";
import type { Campaign, CampaignUnit } from "../campaign/types";
import {
  summedDefaults,
  targetDifferences,
  unitTargets,
  withMarkedNotApplicable,
  type UnitTargets,
} from "../campaign/unit-targets";
import { inCatalogOrder, type Indicator, type TemplateId } from "../catalog";
import { finding, type Finding } from "../findings/finding";
import { dmy, type Period } from "../model/period";
import type { Report } from "../report/report";
import { placedTarget } from "../model/targets";
import { nameKey } from "../text/fold";
import { fill, shown } from "../text/text";
import { unitKey, type ReportingUnit } from "../model/units";
import { attainment, targetsMet } from "./attainment";
import { daysLate, vietnamDate } from "./lateness";
import { dueOf } from "../campaign/due-dates";
import { DEFAULT_JUMP_FACTOR, jumpFindings, withPrevious } from "./previous";
import type { ResolvedUnit } from "./resolve-unit";
import { shortInside, shortInsideWarnings } from "./short-units";
import type { RollupOptions, RoundLateness, SourceFile, UnitRow } from "./types";
import { WORDS } from "../vocabulary";

/** A warning for each target a unit's workbook carries that is not what the province assigned. */
function targetWarnings(report: Report, file: string, assigned: UnitTargets, byDefault: boolean): Finding[] {
  // Without the province's campaign the targets are the built-in defaults: nobody assigned them.
  const [differs, none] = byDefault
    ? [WORDS.rollup.targetDiffersFromDefault, WORDS.rollup.targetWithoutDefault]
    : [WORDS.rollup.targetDiffers, WORDS.rollup.targetNotAssigned];
  // A summary's targets are its campaign's, summed over its units: a level above rolling it up with no
  // campaign of its own has assigned none, and told so of every target of every province, learns nothing.
  const quietUnassigned = byDefault && report.rollupUnits !== undefined;
  const differences = targetDifferences(report, assigned, report.indicators).filter(
    (d) => !(quietUnassigned && d.assigned === null),
  );
  return differences.map(({ key, found, assigned: given }) => {
    // Staff know a target by its name on the form, not by its key (B01_nonstate_cla_rate).
    const said = { file, target: placedTarget(key, report.indicators)?.label ?? key, found };
    // A rule of its own: the terminal tells each rule once, by its first unit's words, and 3 units' targets
    // left unassessed read as "the campaign's value counts" under 45 units' replaced ones.
    if (given === null) return finding("warning", "rollup.target_not_assigned", fill(none, said));
    return finding("warning", "rollup.target_differs", fill(differs, { ...said, assigned: given }));
  });
}

/**
 * What the province assigned the unit for the round a file reports: a year rolled up from rounds compares
 * each round's file with that round's targets (Đợt 2's revised ones), as validating the file against the
 * campaign does, not with the year's. Without the province's campaign, the targets of the roll-up.
 */
function assignedForFile(
  report: Report,
  period: Period,
  assigned: UnitTargets,
  given: Campaign | undefined,
  forms: readonly TemplateId[],
): UnitTargets {
  if (!given || report.period.id.toUpperCase() === period.id.toUpperCase()) return assigned;
  return unitTargets(campaignForPeriod(given, report.period.id), report.unit.code, forms);
}

/**
 * Without the province's campaign: the built-in targets, with those the unit's forms mark not applicable,
 * and a summary's counts summed over the units it holds.
 */
function builtInTargets(given: UnitTargets, report: Report, forms: readonly TemplateId[]): UnitTargets {
  const units = report.rollupUnits?.length ?? 0;
  const summed = units > 0 ? summedDefaults(given, units, forms, report.indicators) : given;
  return withMarkedNotApplicable(summed, report.notApplicable);
}

/**
 * The unit as the province lists it: its name and kind are the list's, as its targets are, not what its
 * file claims (a renamed unit, or a file carrying a neighbour's name under the code).
 */
function listedUnit(unit: ReportingUnit, listed: CampaignUnit | undefined): ReportingUnit {
  if (!listed) return unit;
  const kind = listed.kind ?? unit.kind;
  return { ...unit, name: listed.name, ...(kind ? { kind } : {}) };
}

/** A warning for each file that names its unit otherwise than the province's list does. */
function nameWarnings(resolved: ResolvedUnit, listed: CampaignUnit | undefined): Finding[] {
  if (!listed) return [];
  return resolved.used
    .filter((u) => nameKey(u.report.unit.name) !== nameKey(listed.name))
    .map((u) =>
      finding(
        "warning",
        "rollup.name_differs",
        fill(WORDS.rollup.nameDiffers, {
          file: u.source.name,
          code: listed.code,
          found: shown(u.report.unit.name),
          listed: listed.name,
        }),
      ),
    );
}

/**
 * The day each used report arrived and how late it was, round by round; the unit is as late as its
 * latest round, and its due date is its last round's.
 */
function lateness(
  resolved: ResolvedUnit,
  campaign: Campaign,
  period: Period,
  listed: CampaignUnit | undefined,
) {
  const rounds = resolved.used.map((u, i): RoundLateness => {
    const recorded = i === resolved.used.length - 1 ? listed?.received : undefined;
    const when = recorded ?? u.source.receivedAt ?? u.source.modifiedAt;
    const received = when ? vietnamDate(when) : null;
    // The unit's kind is the list's: a file could name a kind whose reports are due later.
    const unit = { code: u.report.unit.code, ...(listed?.kind ? { kind: listed.kind } : {}) };
    const due = dueOf(campaign, period, u.report.period, unit) ?? null;
    const { id, label } = u.report.period;
    return { period: { id, label }, due, received, daysLate: daysLate(received, due ?? undefined) };
  });
  const latest = (values: (number | string | null)[]) =>
    values.reduce((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  return {
    rounds,
    received: latest(rounds.map((r) => r.received)) as string | null,
    due: rounds.map((r) => r.due).reduce((a, b) => b ?? a, null),
    daysLate: latest(rounds.map((r) => r.daysLate)) as number | null,
  };
}

/**
 * The unit's last round counted late whose report replaced a file of the round that arrived in time (a
 * correction sent after the due date): the days late are the report used's, as the rule has it; the
 * earlier day is said, for a province counting a unit's first sending, with where to record it. Not said
 * when staff recorded the day received, nor of earlier rounds, which that day does not reach.
 */
function lateCorrection(r: ResolvedUnit, rounds: readonly RoundLateness[], listed?: CampaignUnit): Finding[] {
  const last = r.used.length - 1;
  const [used, round] = [r.used[last], rounds[last]];
  if (!used || !round?.daysLate || !round.due || !round.received || listed?.received) return [];
  const { due } = round;
  const replaced = r.duplicates
    .filter((d) => d.kept.sha256 === used.source.sha256 && d.kept.name === used.source.name)
    .flatMap((d) => d.dropped)
    .map((source) => ({ source, day: vietnamDate(source.receivedAt ?? source.modifiedAt ?? "") }))
    .filter((e): e is { source: SourceFile; day: string } => e.day !== null && e.day <= due)
    .sort((a, b) => a.day.localeCompare(b.day));
  const earliest = replaced[0];
  if (!earliest) return [];
  return [
    finding(
      "warning",
      "rollup.late_correction",
      fill(WORDS.rollup.lateCorrection, {
        file: used.source.name,
        received: dmy(round.received),
        days: round.daysLate,
        due: dmy(due),
        earlier: earliest.source.name,
        earlierDay: dmy(earliest.day),
        code: used.report.unit.code,
      }),
    ),
  ];
}

/**
 * Each unit against the campaign: the province's targets replace those the workbook carries, results are
 * scored by the scoring table, graded, and ranked overall and inside the unit's bloc; Biểu 05's targets by
 * the roll-up's own `indicators` where a unit's report holds none.
 */
export function scoreUnits(
  resolved: readonly (ResolvedUnit & { listed: CampaignUnit | undefined })[],
  period: Period,
  campaign: Campaign,
  options: RollupOptions,
  forms: readonly TemplateId[] = [],
  indicators?: readonly Indicator[],
): UnitRow[] {
  const rows = resolved.map((r) => {
    // A form the unit left out still has its targets: unreported, they earn no points (see missing-forms).
    const expected = inCatalogOrder(new Set([...r.report.templates, ...forms]));
    const given = unitTargets(campaign, r.report.unit.code, expected);
    const assigned = options.campaign ? given : builtInTargets(given, r.report, expected);
    const { targets, notApplicable } = assigned;
    const report: Report = { ...r.report, unit: listedUnit(r.report.unit, r.listed), targets };
    const previous = options.previous?.units.get(unitKey(report.unit.code));
    const results = withPrevious(
      attainment(report, notApplicable, expected, indicators),
      previous,
      campaign.indicators,
    );
    const late = lateness(r, campaign, period, r.listed);
    const scoring = withPenalties(scoreResults(results, campaign.scoring), campaign.penalties ?? [], {
      late_day: late.daysLate ?? 0,
      correction: r.listed?.corrections ?? 0,
    });
    const warnings = [
      ...r.used.flatMap((u) => u.warnings),
      ...r.continuity,
      ...r.notes,
      ...nameWarnings(r, r.listed),
      ...lateCorrection(r, late.rounds, r.listed),
      ...shortInsideWarnings(r.report),
      ...r.used.flatMap((u) =>
        targetWarnings(
          u.report,
          u.source.name,
          assignedForFile(u.report, period, assigned, options.campaign, expected),
          !options.campaign,
        ),
      ),
      ...(options.previous && previous
        ? jumpFindings(report, r.used, options.previous, previous, options.jumpFactor ?? DEFAULT_JUMP_FACTOR)
        : []),
    ];
    // A summary short inside is no complete report, whatever spans its own files cover.
    const inside = shortInside(r.report);
    return {
      unit: report.unit,
      bloc: r.listed?.bloc ?? null,
      sources: r.used.map((u) => u.source),
      status: r.gaps.length > 0 || inside ? ("partial" as const) : ("ok" as const),
      gaps: r.gaps,
      ...(inside ? { shortInside: inside } : {}),
      span: r.span,
      report,
      warnings,
      attainment: results,
      met: targetsMet(results),
      scoring,
      score: scoring.score,
      grade: gradeOf(scoring.score, campaign.grades),
      ...late,
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
