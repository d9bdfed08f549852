import type { TemplateId, ValueKind } from "../catalog";
import type { Extraction } from "../extract";
import type { Finding } from "../finding";
import type { Period } from "../period";
import type { Report } from "../report";
import type { Text } from "../text";
import type { ExpectedUnit, ReportingUnit } from "../units";

/** A received file as its reader saw it; the content hash is its identity in every listing. */
export interface SourceFile {
  readonly name: string;
  readonly sha256: string;
  /** When the workbook was last saved (ISO 8601), used to keep the newest of duplicates. */
  readonly modifiedAt?: string;
}

export type Submission =
  | { readonly source: SourceFile; readonly extraction: Extraction }
  | { readonly source: SourceFile; readonly unreadable: Text };

export interface RollupOptions {
  /** The period rolled up; when absent, the period most of the files report. */
  readonly period?: Period;
  /** The units the province expects a report from; without it nothing counts as missing. */
  readonly expectedUnits?: readonly ExpectedUnit[];
  /** The unit the summary reports as; by default the parent the units name, or a placeholder. */
  readonly parent?: ReportingUnit;
}

export interface Rejection {
  readonly source: SourceFile;
  readonly rule: string;
  readonly reason: Text;
  readonly unitCode?: string;
  readonly findings: readonly Finding[];
}

export interface Duplicate {
  readonly unitCode: string;
  readonly periodId: string;
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
}

export interface UnitRow {
  readonly unit: ReportingUnit;
  /** One file, or one per round when rounds were combined into a year. */
  readonly sources: readonly SourceFile[];
  /** "partial": a year whose two rounds were not both there for every template. */
  readonly status: "ok" | "partial";
  readonly report: Report;
  readonly warnings: readonly Finding[];
  readonly attainment: readonly TargetResult[];
  readonly score: number;
  readonly rank: number;
}

export interface UnreportedCell {
  readonly template: TemplateId;
  readonly row: string;
  readonly col: string;
  readonly units: readonly string[];
}

export type ExpectedStatus = "received" | "missing" | "rejected";

export interface Summary {
  readonly period: Period;
  readonly parent: ReportingUnit;
  readonly templates: readonly TemplateId[];
  readonly units: readonly UnitRow[];
  /** The parent-level report in the same templates: sums, recomputed ratios and combined targets. */
  readonly total: Report;
  readonly totalAttainment: readonly TargetResult[];
  /** Inputs some units left blank: their totals hold only what the other units reported. */
  readonly unreported: readonly UnreportedCell[];
  readonly rejected: readonly Rejection[];
  readonly duplicates: readonly Duplicate[];
  readonly expected: readonly { readonly unit: ExpectedUnit; readonly status: ExpectedStatus }[] | null;
  readonly missing: readonly ExpectedUnit[];
}
