import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";

const KINDS = [
  "commune",
  "industrial_park",
  "sector",
  "grassroots_direct",
  "district_legacy",
  "federation",
] as const;

export type UnitKind = (typeof KINDS)[number];

/** The kinds of reporting unit; district federations report only for periods before 1 July 2025. */
export const UNIT_KINDS = KINDS.map((key) => ({ key, label: WORDS.unitKind[key] }));

export function isUnitKind(key: string): key is UnitKind {
  return UNIT_KINDS.some((k) => k.key === key);
}

/** The day the 2025 reform dissolved the district federations. */
const REFORM = "2025-07-01";

/**
 * A kind's label; given the last day of the time shown (a period, a campaign), a district federation
 * is just "LĐLĐ huyện" before the 2025 reform, where "(trước 01/7/2025)" would tell nothing.
 */
export function unitKindLabel(kind: UnitKind, until?: string): Text {
  if (kind === "district_legacy" && until !== undefined && until < REFORM)
    return WORDS.unitKindBeforeReform.district_legacy;
  return UNIT_KINDS.find((k) => k.key === kind)!.label;
}

export interface ReportingUnit {
  readonly code: string;
  readonly name: string;
  readonly kind?: UnitKind;
  readonly parentCode?: string;
}

/** A unit the province expects a report from, with the dates it exists (units merge and dissolve). */
export interface ExpectedUnit extends ReportingUnit {
  readonly validFrom?: string;
  readonly validTo?: string;
}

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export function isValidUnitCode(code: string): boolean {
  return UNIT_CODE.test(code);
}

/** Unit codes compare without regard to case or surrounding spaces. */
export function unitKey(code: string): string {
  return code.trim().toUpperCase();
}

/** Codes typed in one cell, separated by commas or semicolons (a dissolved unit's successors). */
export function unitCodeList(typed: string): string[] {
  return typed
    .split(/[,;]/u)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}
