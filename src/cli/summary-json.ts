import type { Summary } from "../core";

/** The roll-up as JSON for scripts: ratios are fractions, blanks are null. */
export function summaryToJson(summary: Summary) {
  return {
    period: summary.period.id,
    parent: { code: summary.parent.code, name: summary.parent.name },
    templates: summary.templates,
    units: summary.units.map((u) => ({
      code: u.unit.code,
      name: u.unit.name,
      kind: u.unit.kind ?? null,
      file: u.sources.map((s) => s.name).join("; "),
      sha256: u.sources.map((s) => s.sha256).join("; "),
      files: u.sources,
      status: u.status,
      score: u.score,
      rank: u.rank,
      attainment: u.attainment,
      warnings: u.warnings.length,
    })),
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
    expected:
      summary.expected?.map((e) => ({ code: e.unit.code, name: e.unit.name, status: e.status })) ?? null,
    unreported: summary.unreported,
    totals: summary.total.forms,
    targets: summary.total.targets,
    attainment: summary.totalAttainment,
  };
}
