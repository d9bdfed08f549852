import { planNotes, proposeAwards, shortOf, stockNotes, targetNotes, type Summary } from "../core";
import { nominationsJson } from "./nomination-json";

/** The award proposals and the units that cannot be proposed, when the campaign has award rules. */
function awardsJson(summary: Summary) {
  const awards = proposeAwards(summary);
  if (!awards) return {};
  return {
    awards: {
      proposals: awards.proposals.map((p) => ({
        award: p.award,
        scope: p.scope,
        bloc: p.bloc,
        code: p.code,
        name: p.name,
        score: p.score,
        grade: p.grade,
        rank: p.rank,
        tied: p.tied,
        rule: p.why.vi,
        rule_en: p.why.en,
      })),
      not_eligible: awards.notEligible.map((u) => ({
        code: u.code,
        name: u.name,
        bloc: u.bloc,
        reason: u.reason.vi,
        reason_en: u.reason.en,
      })),
      // Each draw's proposals against its number; `beyond` are those level on score at the last place.
      counts: awards.counts,
    },
  };
}

/** One unit's row of the roll-up: its files, status, rounds, score and warnings. */
function unitJson(u: Summary["units"][number]) {
  return {
    code: u.unit.code,
    name: u.unit.name,
    kind: u.unit.kind ?? null,
    bloc: u.bloc,
    file: u.sources.map((s) => s.name).join("; "),
    sha256: u.sources.map((s) => s.sha256).join("; "),
    files: u.sources,
    status: u.status,
    gaps: u.gaps,
    received: u.received,
    due: u.due,
    days_late: u.daysLate,
    rounds: u.rounds.map((r) => ({
      period: r.period.id,
      due: r.due,
      received: r.received,
      days_late: r.daysLate,
    })),
    met: u.met,
    score: u.score,
    grade: u.grade,
    rank: u.rank,
    bloc_rank: u.blocRank,
    points: { earned: u.scoring.earned, possible: u.scoring.possible, bonus: u.scoring.bonus },
    ...(u.scoring.penalties
      ? {
          penalties: u.scoring.penalties.map((p) => ({
            method: p.rule.method,
            count: p.count,
            points: p.points,
          })),
        }
      : {}),
    attainment: u.attainment,
    // A summary received from below: the units it says it lacked ("broken" when its list did not hold up).
    short_inside: u.report.rollupUnits === undefined ? null : (u.report.rollupShort ?? null),
    warnings: u.warnings.map((w) => ({
      rule: w.rule,
      sheet: w.sheet ?? null,
      cell: w.cell ?? null,
      message: w.message_vi,
      message_en: w.message_en,
    })),
  };
}

/**
 * The roll-up as JSON for scripts: ratios are fractions, blanks are null, dates are ISO; `awards` only
 * when the campaign has award rules.
 */
export function summaryToJson(summary: Summary) {
  const { period } = summary;
  return {
    period: {
      id: period.id,
      label: period.label.vi,
      label_en: period.label.en,
      start: period.start,
      end: period.end,
      due: period.due ?? null,
    },
    parent: { code: summary.parent.code, name: summary.parent.name, kind: summary.parent.kind ?? null },
    templates: summary.templates,
    scoring: summary.scoring.map((r) => ({
      target: r.target,
      points: r.points,
      method: r.method,
      cap: r.cap ?? null,
    })),
    grades: summary.grades.map((g) => ({ grade: g.grade, min_score: g.minScore })),
    blocs: summary.blocs,
    previous: summary.previous
      ? {
          period: summary.previous.periodId,
          label: summary.previous.periodLabel.vi,
          label_en: summary.previous.periodLabel.en,
        }
      : null,
    ...(summary.previousSetAside
      ? {
          previous_set_aside: {
            period: summary.previousSetAside.periodId,
            label: summary.previousSetAside.periodLabel.vi,
            label_en: summary.previousSetAside.periodLabel.en,
          },
        }
      : {}),
    units: summary.units.map(unitJson),
    rejected: summary.rejected.map((r) => ({
      file: r.source.name,
      sha256: r.source.sha256,
      unit: r.unitCode ?? null,
      rule: r.rule,
      reason: r.reason.vi,
      reason_en: r.reason.en,
    })),
    duplicates: summary.duplicates.map((d) => ({
      unit: d.unitCode,
      period: d.periodId,
      kept: d.kept.name,
      dropped: d.dropped.map((f) => f.name),
    })),
    missing: summary.missing.map((u) => ({ code: u.code, name: u.name })),
    // What the summary written tells the level above it lacked, as its metadata says it.
    short: shortOf(summary) ?? null,
    expected:
      summary.expected?.map((e) => ({
        code: e.unit.code,
        name: e.unit.name,
        bloc: e.unit.bloc ?? null,
        status: e.status,
        due: e.due,
        received: e.received,
        days_late: e.daysLate,
      })) ?? null,
    unreported: summary.unreported,
    totals: summary.total.forms,
    stocks: {
      start: summary.stocks.start,
      end: summary.stocks.end,
      not_at_start: summary.stocks.notAtStart,
      not_at_end: summary.stocks.notAtEnd,
      notes: stockNotes(summary.stocks).map((note) => ({ message: note.vi, message_en: note.en })),
    },
    plans: {
      years: summary.plans.years,
      prorated: summary.plans.prorated,
      undated: summary.plans.undated,
      notes: planNotes(summary.plans, summary.templates, summary.indicators).map((note) => ({
        message: note.vi,
        message_en: note.en,
      })),
    },
    targets: summary.total.targets,
    attainment: summary.totalAttainment,
    target_notes: targetNotes(summary.totalAttainment, summary.indicators).map((note) => ({
      message: note.vi,
      message_en: note.en,
    })),
    ...awardsJson(summary),
    ...nominationsJson(summary),
  };
}
