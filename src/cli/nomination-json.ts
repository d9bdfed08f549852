import { nominationList, type Summary } from "../core";

/**
 * The people and works the units propose, counted by award and unit, with what is over a number or below a
 * share; only when the campaign gives awards to people or works, or a unit proposed one.
 */
export function nominationsJson(summary: Summary) {
  const list = nominationList(summary);
  if (!list) return {};
  return {
    nominations: {
      list: list.entries.map(({ unit, nomination: n }) => ({
        code: unit.code,
        subject: n.subject,
        name: n.name,
        position: n.position,
        achievement: n.achievement,
        value: n.value,
        award: n.award,
        direct_worker: n.directWorker,
        sheet: n.sheet,
        cell: n.cell,
        // The round whose report holds the line, where the list joins rounds' reports.
        period: n.round?.id ?? null,
      })),
      awards: list.awards.map((a) => ({
        award: a.rule.award,
        subject: a.rule.subject,
        scope: a.rule.scope,
        count_allowed: a.rule.count ?? null,
        min_direct_share: a.rule.minDirectShare ?? null,
        count: a.count,
        direct: a.direct,
        share: a.share,
        over: a.over,
        below: a.below,
      })),
      units: list.units.map((u) => ({
        code: u.unit.code,
        total: u.total,
        direct: u.direct,
        by_award: u.byAward,
      })),
      review: list.review.map((t) => t.vi),
      review_en: list.review.map((t) => t.en),
    },
  };
}
