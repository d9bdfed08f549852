import type { Indicator, Nomination, SubRow, TemplateId } from "../catalog";
import type { FormValues } from "../form/form";
import type { BudgetBasis } from "../model/budget-year";
import type { Period } from "../model/period";
import type { Targets } from "../model/targets";
import type { ReportingUnit } from "../model/units";
import type { RollupShort } from "./metadata";

/** One unit's figures for one period: what a workbook says once read, checked and recomputed. */
export interface Report {
  readonly unit: ReportingUnit;
  readonly period: Period;
  readonly templates: readonly TemplateId[];
  readonly targets: Targets;
  /** The targets its unit was told do not apply to it ("Không áp dụng" on its forms); absent when none. */
  readonly notApplicable?: ReadonlySet<string>;
  /** In the current version of each template, whichever version the workbook was in. */
  readonly forms: Partial<Record<TemplateId, FormValues>>;
  /** The indicators of its Biểu 05, when it holds one: the rows its figures are keyed by. */
  readonly indicators?: readonly Indicator[];
  /** The rows its campaign added under built-in rows (TD_Rows), when it has any: its forms' shape. */
  readonly subRows?: readonly SubRow[];
  /** The people and works its unit proposes for awards, when its template has the list. */
  readonly nominations?: readonly Nomination[];
  /** A roll-up's report: the codes of the units it sums (see MetaSource.rollupUnits). */
  readonly rollupUnits?: readonly string[];
  /** A roll-up's report: whose campaign coded `rollupUnits` (see MetaSource.rollupCampaign), when it says. */
  readonly rollupCampaign?: string;
  /**
   * A roll-up's report: its units that did not report the whole period, as it lists them, or "broken" when
   * that list does not hold up; absent when it lists none (complete, or written before summaries said).
   */
  readonly rollupShort?: RollupShort | "broken";
  /** What its budgets cover (see BudgetBasis): "from_start" as its metadata says; absent, the year's. */
  readonly budgetBasis?: BudgetBasis;
  /**
   * A roll-up's report on the "from_start" basis whose units' budgets were counted only to this day of its
   * budget year (its units the list dates to end before 31/12); absent, to 31/12.
   */
  readonly budgetCountedTo?: string;
}
