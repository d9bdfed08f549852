import type { Finding } from "../finding";
import { samePeriodDates, type Period } from "../period";
import type { Report } from "../report";
import { chainRounds, combineRounds, gapsIn } from "./combine-rounds";
import { continuityFindings } from "./continuity";
import type { CellPlace, DateSpan, Duplicate, SourceFile } from "./types";

/** A received report that passed validation. */
export interface Accepted {
  readonly source: SourceFile;
  readonly report: Report;
  readonly warnings: readonly Finding[];
  /** Where each form cell was found, by defined name. */
  readonly cells: ReadonlyMap<string, CellPlace>;
}

export interface ResolvedUnit {
  /** The reports used, earliest first: one, or the rounds combined into the period. */
  readonly used: readonly Accepted[];
  readonly report: Report;
  readonly gaps: readonly DateSpan[];
  /**
   * The part of the period the unit's figures cover: its opening stocks are at `span.start`, its closing
   * stocks at `span.end` (a unit founded or dissolved inside the period covers only part of it).
   */
  readonly span: DateSpan;
  readonly continuity: readonly Finding[];
  readonly duplicates: readonly Duplicate[];
}

const DAY_MS = 86_400_000;

/**
 * When a file was saved, as far as it can be believed: a save time the workbook records after the file
 * reached us (2099, say) would win every duplicate, so it counts as a day after the file's arrival.
 */
function savedAt(source: SourceFile): string {
  const saved = source.modifiedAt ?? "";
  const arrived = source.receivedAt ? Date.parse(source.receivedAt) : NaN;
  if (!saved || Number.isNaN(arrived)) return saved;
  const latest = new Date(arrived + DAY_MS).toISOString();
  return saved > latest ? latest : saved;
}

/** Newest first; the content hash breaks ties so the choice never depends on the order of the files. */
function newestFirst(a: Accepted, b: Accepted): number {
  const byTime = savedAt(b.source).localeCompare(savedAt(a.source));
  return (
    byTime || a.source.sha256.localeCompare(b.source.sha256) || a.source.name.localeCompare(b.source.name)
  );
}

function duplicate(kept: Accepted, dropped: readonly Accepted[], periodId: string): Duplicate {
  return {
    unitCode: kept.report.unit.code,
    periodId,
    kept: kept.source,
    dropped: dropped.map((d) => d.source),
  };
}

/**
 * One unit's reports for a period: the newest per round; a report of the whole period wins over rounds;
 * otherwise the rounds are combined (see combineRounds) over `span`, the part of the period the unit had
 * to report (it may start mid-year). Superseded and repeated files are listed as duplicates.
 */
export function resolveUnit(
  reports: readonly Accepted[],
  period: Period,
  span: DateSpan | null,
): ResolvedUnit {
  const byPeriod = new Map<string, Accepted[]>();
  for (const r of reports) {
    const key = `${r.report.period.id}\u0000${r.report.period.start}\u0000${r.report.period.end}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), r]);
  }
  const duplicates: Duplicate[] = [];
  const newest: Accepted[] = [];
  for (const [, group] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...group].sort(newestFirst);
    newest.push(sorted[0]!);
    if (sorted.length > 1)
      duplicates.push(duplicate(sorted[0]!, sorted.slice(1), sorted[0]!.report.period.id));
  }

  const whole = newest.filter((r) => samePeriodDates(r.report.period, period)).sort(newestFirst)[0];
  if (whole) {
    const others = newest.filter((r) => r !== whole);
    if (others.length > 0) duplicates.push(duplicate(whole, others, period.id));
    const covered = span ?? { start: period.start, end: period.end };
    return { used: [whole], report: whole.report, gaps: [], span: covered, continuity: [], duplicates };
  }

  const { chain, superseded } = chainRounds(newest.map((a) => ({ report: a.report, tag: a })));
  const used = chain.map((c) => c.tag);
  if (superseded.length > 0)
    duplicates.push(
      duplicate(
        used[0]!,
        superseded.map((s) => s.tag),
        period.id,
      ),
    );
  const covered = span ?? { start: used[0]!.report.period.start, end: period.end };
  return {
    used,
    report: combineRounds(
      used.map((u) => u.report),
      period,
      covered,
    ),
    gaps: gapsIn(
      covered,
      used.map((u) => u.report.period),
    ),
    span: covered,
    continuity: continuityFindings(used),
    duplicates,
  };
}
