import type { Campaign, CampaignUnit, Grade, ScoringRule, UnitScore } from "../campaign/types";
import type { Indicator, SubRow, TemplateId, ValueKind } from "../catalog";
import type { Extraction } from "../report/extract";
import type { Finding } from "../findings/finding";
import type { Period } from "../model/period";
import type { Report } from "../report/report";
import type { Text } from "../text/text";
import type { ExpectedUnit, ReportingUnit } from "../model/units";

/** A received file as its reader saw it; the content hash is its identity in every listing. */
export interface SourceFile {
  readonly name: string;
  readonly sha256: string;
  /** When the workbook was last saved (ISO 8601), used to keep the newest of duplicates. */
  readonly modifiedAt?: string;
  /** When the file arrived (ISO 8601): the file's own modification time, for lateness. */
  readonly receivedAt?: string;
}

/** Where a form cell was found in a received file. */
export interface CellPlace {
  readonly sheet: string;
  readonly address: string;
}

export interface DateSpan {
  readonly start: string;
  readonly end: string;
}

/**
 * A span of the period a unit did not report: every form (no round covers it), or only `templates`
 * (the report covering it leaves those forms out).
 */
export interface Gap extends DateSpan {
  readonly templates?: readonly TemplateId[];
}

/** A previous period's summary as read back: each unit's figures by the cells' defined names. */
export interface PreviousFigures {
  readonly periodId: string;
  readonly periodLabel: Text;
  /** Unit key → defined name (upper case) → figure. */
  readonly units: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
  /** The summary's own figures (its parent-level forms'), by defined name (upper case): the total's. */
  readonly total?: ReadonlyMap<string, number | null>;
}

export type Submission =
  | { readonly source: SourceFile; readonly extraction: Extraction }
  | {
      readonly source: SourceFile;
      readonly unreadable: Text;
      /** What the system or a library said, for a technical reader only; never shown as the reason. */
      readonly detail?: string;
    };

export interface RollupOptions {
  /** The period rolled up; when absent, the period most of the files report. */
  readonly period?: Period;
  /**
   * The province's campaign: periods and their due dates, units and blocs, assigned targets, scoring.
   * Without one, the default campaign (the seeds' targets and scoring, no units list) applies.
   */
  readonly campaign?: Campaign;
  /** The units the province expects a report from, when not from the campaign. */
  readonly expectedUnits?: readonly ExpectedUnit[];
  /** The previous period's summary, for each unit's change and warnings on jumps. */
  readonly previous?: PreviousFigures;
  /** A figure that grows or shrinks by more than this factor from the previous period is a warning. */
  readonly jumpFactor?: number;
  /** The unit the summary reports as; by default the parent the units name, or a placeholder. */
  readonly parent?: ReportingUnit;
}

export interface Rejection {
  readonly source: SourceFile;
  readonly rule: string;
  readonly reason: Text;
  readonly unitCode?: string;
  /** The period the file says it reports, where it says. */
  readonly periodId?: string;
  readonly findings: readonly Finding[];
}

export interface Duplicate {
  readonly unitCode: string;
  readonly periodId: string;
  /** The period's name, as its reports and the summary's other sheets give it ("Đợt 2 năm 2025 (…)"). */
  readonly periodLabel: Text;
  readonly kept: SourceFile;
  readonly dropped: readonly SourceFile[];
}

export interface TargetResult {
  readonly key: string;
  readonly template: TemplateId;
  readonly kind: ValueKind;
  readonly result: number | null;
  readonly target: number | null;
  readonly met: boolean | null;
  /** False when the province marked the target "not applicable" to the unit. */
  readonly applicable: boolean;
  /**
   * Set when the result is a rate over a count the unit reported as 0 (no grassroots unions, so no share
   * of them): there is nothing to measure, so it is neither met nor scored. A result left blank is not
   * this: it is not reported, and earns no points.
   */
  readonly nothingToMeasure?: true;
  /** The unit's result for the previous period, when a previous summary was given and holds it. */
  readonly previous?: number | null;
  /** On the total row only: how its target and the result compared with it were drawn from the units'. */
  readonly basis?: TotalBasis;
}

/**
 * How the total row's target stands against the units'. A count target adds the units it applies to and
 * is assessed against every unit's result, as the form of the total assesses it; a rate target whose
 * units were assigned different thresholds is the province's general one (`province`, the `*` row of the
 * targets table), or without one the threshold most units were given (`mostCommon`).
 */
export interface TotalBasis {
  /** Codes of the units the target does not apply to: left out of the target, not of the result. */
  readonly leftOut: readonly string[];
  /** A rate target the units hold at different thresholds: where the total's comes from, and theirs. */
  readonly rateTarget?: { readonly from: "province" | "mostCommon"; readonly assigned: readonly number[] };
  /**
   * A count target's units counted without a report (missing, or every file refused) and the target they
   * were assigned, summed: left out of the total's target, as their results are of its result.
   */
  readonly missing?: { readonly units: readonly string[]; readonly target: number };
}

export interface UnitRow {
  readonly unit: ReportingUnit;
  /** The emulation bloc (cụm, khối thi đua) the unit is ranked in; null when it has none. */
  readonly bloc: string | null;
  /** One file, or one per round when rounds were combined into a longer period. */
  readonly sources: readonly SourceFile[];
  /** "partial": rounds or forms are missing, listed in `gaps`, or the unit's summary is short inside (`shortInside`). */
  readonly status: "ok" | "partial";
  /** The spans of the period the unit had to report that no received round covers, or covers without some forms. */
  readonly gaps: readonly Gap[];
  /** A summary's report that says it lacks some of its units' reports: which, as said to staff. */
  readonly shortInside?: Text;
  /**
   * The part of the period the unit's figures cover (its founding or dissolution inside the period, from
   * the units list, else its first report): its opening stocks are at `span.start`, its closing at `span.end`.
   */
  readonly span: DateSpan;
  readonly report: Report;
  readonly warnings: readonly Finding[];
  readonly attainment: readonly TargetResult[];
  /** Targets met. */
  readonly met: number;
  readonly scoring: UnitScore;
  /** Points scaled to 100 over the targets that apply; null when none does. */
  readonly score: number | null;
  readonly grade: string | null;
  readonly rank: number | null;
  readonly blocRank: number | null;
  /** The latest day a report of the unit was received (ISO date, Vietnam time), when known. */
  readonly received: string | null;
  /** The due date the unit's lateness is measured against: its latest round's. */
  readonly due: string | null;
  /** Days after the due date; null when on time or unknown. */
  readonly daysLate: number | null;
  /** Each round used, earliest first, with its own due date, day received and days late. */
  readonly rounds: readonly RoundLateness[];
}

/** One round of a unit's report: when it was due, when it arrived, how late. */
export interface RoundLateness {
  readonly period: Pick<Period, "id" | "label">;
  readonly due: string | null;
  readonly received: string | null;
  readonly daysLate: number | null;
}

/**
 * A stock is a figure at a date: the total's opening stocks add only the units whose figures start at the
 * period's start, its closing stocks only those whose figures reach its end. The others are listed here.
 */
export interface StockCoverage {
  /** The period's first day: the date of the total's opening stocks. */
  readonly start: string;
  /** The period's last day: the date of the total's closing stocks. */
  readonly end: string;
  /** Codes of the units founded after the period's start, left out of the opening stocks. */
  readonly notAtStart: readonly string[];
  /** Codes of the units dissolved before the period's end, left out of the closing stocks. */
  readonly notAtEnd: readonly string[];
}

/**
 * How the period's plans (the year's budgets) were counted: the budget years its rounds report, added
 * when there are more than one, and the units whose year's plan counts only the days they existed.
 */
export interface PlanCoverage {
  /** The budget years of the rounds used, earliest first. */
  readonly years: readonly number[];
  /** Codes of the units the list dates inside one of those years: their plans are prorated. */
  readonly prorated: readonly string[];
  /**
   * Codes of the units no list dates whose rounds cover part of a year: their plans count whole, which
   * overstates the total if they existed only those days (`rollup.budget_whole_undated`).
   */
  readonly undated: readonly string[];
  /**
   * The last day of the last budget year its units' budgets were counted to, when no unit's reaches 31/12
   * (every unit holding a budget the list dates to end before it): the summary's budget covers no more.
   */
  readonly countedTo?: string;
}

export interface UnreportedCell {
  readonly template: TemplateId;
  readonly row: string;
  readonly col: string;
  readonly units: readonly string[];
}

export type ExpectedStatus = "received" | "missing" | "rejected";

export interface ExpectedUnitStatus {
  readonly unit: CampaignUnit;
  readonly status: ExpectedStatus;
  readonly due: string | null;
  readonly received: string | null;
  readonly daysLate: number | null;
}

export interface Summary {
  readonly period: Period;
  readonly campaign: Campaign;
  readonly scoring: readonly ScoringRule[];
  readonly grades: readonly Grade[];
  /** The blocs units are ranked in, sorted; empty when the campaign has none. */
  readonly blocs: readonly string[];
  /** The previous period the changes are measured against, when one was given. */
  readonly previous: { readonly periodId: string; readonly periodLabel: Text } | null;
  /** The previous summary given, set aside because its period is not before this one (see earlierPrevious). */
  readonly previousSetAside?: { readonly periodId: string; readonly periodLabel: Text };
  readonly parent: ReportingUnit;
  readonly templates: readonly TemplateId[];
  /** The indicators of the summary's Biểu 05, when it has one: the campaign's. */
  readonly indicators?: readonly Indicator[];
  /** The rows its forms have under built-in rows (TD_Rows), when they have any: the campaign's. */
  readonly subRows?: readonly SubRow[];
  readonly units: readonly UnitRow[];
  /** The parent-level report in the same templates: sums, recomputed ratios and combined targets. */
  readonly total: Report;
  readonly totalAttainment: readonly TargetResult[];
  /** Which units the total's opening and closing stocks count (only those present on each date). */
  readonly stocks: StockCoverage;
  readonly plans: PlanCoverage;
  /** Inputs some units left blank: their totals hold only what the other units reported. */
  readonly unreported: readonly UnreportedCell[];
  readonly rejected: readonly Rejection[];
  readonly duplicates: readonly Duplicate[];
  readonly expected: readonly ExpectedUnitStatus[] | null;
  readonly missing: readonly CampaignUnit[];
}
