import type { Indicator, NominationAward, SubRow } from "../catalog";
import type { Period } from "../model/period";
import type { ExpectedUnit, UnitKind } from "../model/units";

/** A unit of the campaign: who reports, from when to when, and the emulation bloc it is ranked in. */
export interface CampaignUnit extends ExpectedUnit {
  readonly bloc?: string;
  /** When staff recorded the report as received (ISO date or date-time), if they did. */
  readonly received?: string;
  /** How many times staff recorded the unit's report as sent again corrected, for the period rolled up. */
  readonly corrections?: number;
  /** The units that took over a dissolved unit (Đơn vị tiếp nhận), as the list writes their codes. */
  readonly successors?: readonly string[];
  /**
   * The unit it belonged to before (Chuyển đến từ), a code or a name as the list writes it: its
   * `validFrom` is then a move to this parent, its budget still the year's, not a founding.
   */
  readonly movedInFrom?: string;
}

/**
 * A due date of one period for one kind of unit or for one unit (TD_Deadlines): a unit's own wins over its
 * kind's, which wins over the period's (seed 004: upper-level unions by March, grassroots unions by April).
 */
export interface Deadline {
  /** The campaign period's id. */
  readonly period: string;
  readonly kind?: UnitKind;
  readonly unit?: string;
  readonly due: string;
}

export const PENALTY_METHODS = ["late_day", "correction"] as const;
export type PenaltyMethod = (typeof PENALTY_METHODS)[number];

/**
 * A penalty row of the scoring table (điểm trừ): `points` off for each day late or each corrected report,
 * at most `cap` in all when the row gives one. Penalties are not part of the 100: they come off the score.
 */
export interface PenaltyRule {
  readonly method: PenaltyMethod;
  readonly points: number;
  readonly cap?: number;
}

/** A penalty a unit bears: the days late or reports corrected it counts, and the points taken off (capped). */
export interface Penalty {
  readonly rule: PenaltyRule;
  readonly count: number;
  readonly points: number;
}

export const SCORING_METHODS = ["pass_fail", "proportional", "bonus"] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/**
 * A line of the scoring table (bảng chấm điểm). pass_fail: the points when the target is met;
 * proportional: points × result ÷ target, at most the points; bonus: proportional, plus points × the
 * share above the target, at most `cap` extra points.
 */
export interface ScoringRule {
  readonly target: string;
  readonly points: number;
  readonly method: ScoringMethod;
  readonly cap?: number;
}

/** A grade and the lowest score that earns it. */
export interface Grade {
  readonly grade: string;
  readonly minScore: number;
}

export const AWARD_SCOPES = ["province", "bloc"] as const;
/** Province-wide (toàn tỉnh), or in each emulation bloc (mỗi cụm). */
export type AwardScope = (typeof AWARD_SCOPES)[number];

/** A line of the awards table (TD_Awards): an award, where it is drawn, how many, and what it asks for. */
export interface AwardRule {
  readonly award: string;
  readonly scope: AwardScope;
  /** How many units (in each bloc, for a per-bloc award). */
  readonly count: number;
  /** The lowest grade that may receive it, one of the campaign's grades. */
  readonly minGrade?: string;
  readonly minScore?: number;
  /** Only units that existed over the whole period may receive it (Phải tồn tại cả kỳ); absent: any. */
  readonly wholePeriod?: true;
}

/** What the province assigned a unit for one target: a figure, or "not applicable" to that unit. */
export type Assigned = number | "na";

/** The targets of one period's rows of TD_Targets: its `*` row's (blank cells absent) and each unit's. */
export interface PeriodTargets {
  readonly defaults: Readonly<Record<string, Assigned>>;
  readonly assigned: ReadonlyMap<string, Readonly<Record<string, Assigned>>>;
}

/**
 * The campaign as the province runs it, one workbook it edits in Excel: its periods, its units and their
 * blocs, the targets it assigns (a `*` row of defaults, one row per unit), the scoring table and grades.
 */
/** The unit a summary is made by and sent upward under (TD_Parent): the province's own. */
export interface ParentUnit {
  readonly code: string;
  readonly name: string;
  /** Its level (LĐLĐ huyện, Công đoàn ngành…), which the summary's words follow; none is a province's. */
  readonly kind?: UnitKind;
}

export interface Campaign {
  readonly periods: readonly Period[];
  readonly units: readonly CampaignUnit[];
  /**
   * Target key → the default for every unit: a figure, "na" where the province sets none (`-` on the `*`
   * row), null where it assigns each unit its own.
   */
  readonly defaults: Readonly<Record<string, Assigned | null>>;
  /** Unit key (see unitKey) → target key → what was assigned. Blank cells are absent. */
  readonly assigned: ReadonlyMap<string, Readonly<Record<string, Assigned>>>;
  /**
   * Period id (upper case) → the targets set for that period only (TD_Targets rows with a Mã kỳ): a
   * sprint's, a five-year review's. They override `defaults` and `assigned` in that period (see
   * campaignForPeriod); absent when the table sets none.
   */
  readonly periodTargets?: ReadonlyMap<string, PeriodTargets>;
  readonly scoring: readonly ScoringRule[];
  /** Highest first. */
  readonly grades: readonly Grade[];
  /** The awards table, highest award first; absent when the workbook has no award rules. */
  readonly awards?: readonly AwardRule[];
  /**
   * The awards to people and works (TD_Awards rows whose Đối tượng is Cá nhân or Công trình): units
   * propose for them on their "Đề nghị khen thưởng" sheet; absent when the campaign has none.
   */
  readonly nominationAwards?: readonly NominationAward[];
  /** The province's own indicators (TD_Indicators), Biểu 05 of its templates; absent when it has none. */
  readonly indicators?: readonly Indicator[];
  /** The rows it adds under the built-in forms' input rows (TD_Rows); absent when it adds none. */
  readonly subRows?: readonly SubRow[];
  /** Due dates by unit kind or by unit (TD_Deadlines); absent when the workbook has none. */
  readonly deadlines?: readonly Deadline[];
  /** The penalty rows of the scoring table; absent when it has none. */
  readonly penalties?: readonly PenaltyRule[];
  /** The summarising unit the workbook names (TD_Parent); absent when it names none. */
  readonly parent?: ParentUnit;
}

export interface ScoredTarget {
  readonly key: string;
  readonly rule: ScoringRule;
  /** Bonus included; null when the target does not count for this unit (not applicable, or no target known). */
  readonly earned: number | null;
  /** The part of `earned` above the target (điểm thưởng); null when the target does not count. */
  readonly bonus: number | null;
}

export interface UnitScore {
  readonly targets: readonly ScoredTarget[];
  /** The points earned without bonus. */
  readonly earned: number;
  /** The points of the targets that count for the unit, without bonus. */
  readonly possible: number;
  /** The bonus points earned above targets, each up to its cap: added to the score as they are. */
  readonly bonus: number;
  /** The penalties of the campaign's penalty rows, each capped; absent when the campaign has none. */
  readonly penalties?: readonly Penalty[];
  /**
   * Earned ÷ possible × 100, plus the bonus points, less the penalties, at least 0, two decimals; null
   * when no target counts.
   */
  readonly score: number | null;
}
