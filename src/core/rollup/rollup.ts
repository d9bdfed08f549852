import { inCatalogOrder } from "../catalog";
import type { Extraction } from "../extract";
import { hasErrors, type Finding } from "../finding";
import { isWithin, overlaps, type Period } from "../period";
import type { Report } from "../report";
import { fill, type Text } from "../text";
import { isValidUnitCode, unitKey, type ExpectedUnit, type ReportingUnit } from "../units";
import { validate } from "../validate";
import { attainment, rank, score } from "./attainment";
import { combineRounds } from "./combine-rounds";
import { ROLLUP_MESSAGES } from "./messages";
import { sumReports } from "./sum-units";
import { unreportedCells } from "./unreported";
import type { Duplicate, Rejection, RollupOptions, SourceFile, Submission, Summary, UnitRow } from "./types";

/** A roll-up that cannot produce a summary; it still says why each file was rejected. */
export class RollupError extends Error {
  constructor(
    readonly text: Text,
    readonly rejected: readonly Rejection[],
  ) {
    super(text.en);
  }
}

interface Accepted {
  readonly source: SourceFile;
  readonly report: Report;
  readonly warnings: readonly Finding[];
}

/** Newest first; the content hash breaks ties so the choice never depends on the order of the files. */
function newestFirst(a: Accepted, b: Accepted): number {
  const byTime = (b.source.modifiedAt ?? "").localeCompare(a.source.modifiedAt ?? "");
  return (
    byTime || a.source.sha256.localeCompare(b.source.sha256) || a.source.name.localeCompare(b.source.name)
  );
}

function checkSubmission(submission: Submission): Accepted | Rejection {
  const { source } = submission;
  if ("unreadable" in submission)
    return { source, rule: "file.unreadable", reason: submission.unreadable, findings: [] };
  const extraction: Extraction = submission.extraction;
  const findings = validate(extraction);
  const unitCode = extraction.meta?.unitCode;
  if (hasErrors(findings) || !extraction.report) {
    const errors = findings.filter((f) => f.severity === "error");
    const reason = fill(ROLLUP_MESSAGES.invalid, { count: errors.length, first: "{first}" });
    return {
      source,
      rule: errors[0]?.rule ?? "identity.incomplete",
      reason: {
        vi: reason.vi.replace("{first}", errors[0]?.message_vi ?? ""),
        en: reason.en.replace("{first}", errors[0]?.message_en ?? ""),
      },
      findings,
      ...(unitCode ? { unitCode } : {}),
    };
  }
  return { source, report: extraction.report, warnings: findings };
}

function inferPeriod(accepted: readonly Accepted[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const { report } of accepted) {
    const entry = counts.get(report.period.id) ?? { period: report.period, count: 0 };
    counts.set(report.period.id, { ...entry, count: entry.count + 1 });
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.period.id.localeCompare(b.period.id),
  );
  return ranked[0]?.period ?? null;
}

function reject(accepted: Accepted, rule: string, reason: Rejection["reason"]): Rejection {
  return {
    source: accepted.source,
    rule,
    reason,
    unitCode: accepted.report.unit.code,
    findings: accepted.warnings,
  };
}

/** Keeps the newest report per unit and period; rounds of a year are combined, a whole-year report wins. */
function resolveUnit(
  reports: readonly Accepted[],
  period: Period,
): { row: Omit<UnitRow, "attainment" | "score" | "rank">; duplicates: Duplicate[] } {
  const byPeriod = new Map<string, Accepted[]>();
  for (const r of reports) byPeriod.set(r.report.period.id, [...(byPeriod.get(r.report.period.id) ?? []), r]);
  const duplicates: Duplicate[] = [];
  const kept = new Map<string, Accepted>();
  for (const [periodId, group] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...group].sort(newestFirst);
    kept.set(periodId, sorted[0]!);
    if (sorted.length > 1)
      duplicates.push({
        unitCode: sorted[0]!.report.unit.code,
        periodId,
        kept: sorted[0]!.source,
        dropped: sorted.slice(1).map((s) => s.source),
      });
  }
  const whole = kept.get(period.id);
  if (whole || period.round !== null) {
    const chosen = whole!;
    const superseded = [...kept.values()].filter((k) => k !== chosen);
    if (superseded.length > 0)
      duplicates.push({
        unitCode: chosen.report.unit.code,
        periodId: period.id,
        kept: chosen.source,
        dropped: superseded.map((s) => s.source),
      });
    return {
      row: {
        unit: chosen.report.unit,
        sources: [chosen.source],
        status: "ok",
        report: chosen.report,
        warnings: chosen.warnings,
      },
      duplicates,
    };
  }
  const rounds = [...kept.values()].sort((a, b) => a.report.period.id.localeCompare(b.report.period.id));
  const year = combineRounds(
    rounds.map((r) => r.report),
    period,
  );
  return {
    row: {
      unit: year.report.unit,
      sources: rounds.map((r) => r.source),
      status: year.complete ? "ok" : "partial",
      report: year.report,
      warnings: rounds.flatMap((r) => r.warnings),
    },
    duplicates,
  };
}

/** The parent the units name, when they all name the same valid one; a placeholder otherwise. */
function defaultParent(units: readonly ReportingUnit[]): ReportingUnit {
  const named = units.map((u) => u.parentCode ?? "");
  const [first] = named;
  const agreed = first && isValidUnitCode(first) && named.every((c) => unitKey(c) === unitKey(first));
  return { code: agreed ? first : "TONG_HOP", name: ROLLUP_MESSAGES.defaultParent.vi, kind: "federation" };
}

/**
 * Rolls received reports up into a summary. The same submissions in any order give the same summary;
 * a file that cannot be used is listed with its reason, never silently dropped.
 */
export function rollup(submissions: readonly Submission[], options: RollupOptions = {}): Summary {
  const rejected: Rejection[] = [];
  const accepted: Accepted[] = [];
  for (const s of submissions) {
    const checked = checkSubmission(s);
    if ("report" in checked) accepted.push(checked);
    else rejected.push(checked);
  }

  const period = options.period ?? inferPeriod(accepted);
  const expected =
    options.expectedUnits && period
      ? options.expectedUnits.filter((u) => overlaps(period, u.validFrom, u.validTo))
      : null;
  const expectedKeys = expected ? new Set(expected.map((u) => unitKey(u.code))) : null;

  const byUnit = new Map<string, Accepted[]>();
  for (const a of accepted) {
    if (!period || !isWithin(a.report.period, period)) {
      const wanted = period?.label ?? a.report.period.label;
      const found = a.report.period.label;
      rejected.push(
        reject(a, "rollup.wrong_period", {
          vi: fill(ROLLUP_MESSAGES.wrongPeriod, { found: found.vi, wanted: wanted.vi }).vi,
          en: fill(ROLLUP_MESSAGES.wrongPeriod, { found: found.en, wanted: wanted.en }).en,
        }),
      );
      continue;
    }
    const key = unitKey(a.report.unit.code);
    if (expectedKeys && !expectedKeys.has(key)) {
      rejected.push(
        reject(
          a,
          "rollup.unit_not_expected",
          fill(ROLLUP_MESSAGES.notExpected, { code: a.report.unit.code }),
        ),
      );
      continue;
    }
    byUnit.set(key, [...(byUnit.get(key) ?? []), a]);
  }
  if (!period) throw new RollupError(ROLLUP_MESSAGES.noPeriod, rejected);
  return assemble(period, byUnit, rejected, expected, options.parent);
}

function assemble(
  period: Period,
  byUnit: ReadonlyMap<string, readonly Accepted[]>,
  rejected: Rejection[],
  expected: readonly ExpectedUnit[] | null,
  parentOption: ReportingUnit | undefined,
): Summary {
  const duplicates: Duplicate[] = [];
  const resolved = [...byUnit.keys()].sort().map((key) => {
    const { row, duplicates: d } = resolveUnit(byUnit.get(key)!, period);
    duplicates.push(...d);
    return row;
  });
  const results = resolved.map((row) => attainment(row.report));
  const scores = results.map(score);
  const ranks = rank(scores);
  const units: UnitRow[] = resolved.map((row, i) => ({
    ...row,
    attainment: results[i]!,
    score: scores[i]!,
    rank: ranks[i]!,
  }));

  const parent = parentOption ?? defaultParent(units.map((u) => u.unit));
  const total = sumReports(
    units.map((u) => u.report),
    parent,
    period,
  );
  const receivedKeys = new Set(units.map((u) => unitKey(u.unit.code)));
  const rejectedKeys = new Set(rejected.map((r) => (r.unitCode ? unitKey(r.unitCode) : "")));
  const statuses = expected
    ? [...expected]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((unit) => {
          const key = unitKey(unit.code);
          const status = receivedKeys.has(key) ? "received" : rejectedKeys.has(key) ? "rejected" : "missing";
          return { unit, status } as const;
        })
    : null;

  return {
    period,
    parent,
    templates: inCatalogOrder(total.templates),
    units,
    total,
    totalAttainment: attainment(total),
    unreported: unreportedCells(units, total.templates),
    rejected: [...rejected].sort(
      (a, b) => a.source.name.localeCompare(b.source.name) || a.source.sha256.localeCompare(b.source.sha256),
    ),
    duplicates: duplicates.sort(
      (a, b) => a.unitCode.localeCompare(b.unitCode) || a.periodId.localeCompare(b.periodId),
    ),
    expected: statuses,
    missing: statuses ? statuses.filter((s) => s.status !== "received").map((s) => s.unit) : [],
  };
}
