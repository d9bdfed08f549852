import type { Text } from "./text";

/** The kinds of reporting unit; district federations report only for periods before 1 July 2025. */
export const UNIT_KINDS = [
  { key: "commune", label: { vi: "Công đoàn xã, phường, đặc khu", en: "Commune or ward union" } },
  { key: "industrial_park", label: { vi: "Công đoàn khu công nghiệp", en: "Industrial-park union" } },
  { key: "sector", label: { vi: "Công đoàn ngành và tương đương", en: "Sector union or equivalent" } },
  { key: "grassroots_direct", label: { vi: "CĐCS trực thuộc", en: "Grassroots union reporting directly" } },
  {
    key: "district_legacy",
    label: { vi: "LĐLĐ huyện (trước 01/7/2025)", en: "District federation (before 1/7/2025)" },
  },
  { key: "federation", label: { vi: "Liên đoàn Lao động", en: "Federation of labour" } },
] as const satisfies readonly { key: string; label: Text }[];

export type UnitKind = (typeof UNIT_KINDS)[number]["key"];

export function isUnitKind(key: string): key is UnitKind {
  return UNIT_KINDS.some((k) => k.key === key);
}

export function unitKindLabel(kind: UnitKind): Text {
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
