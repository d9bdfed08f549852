import {
  parsePeriod,
  type Campaign,
  type CampaignUnit,
  type NominationAward,
  type Submission,
} from "../../src/core";
import type { Fill } from "./plan-grid";
import { submission, testCampaign, unit, zeroFills } from "./reports";

/** A line of a unit's "Đề nghị khen thưởng" list as fills by its defined names (TD_DN_<line>_<column>). */
export function line(n: number, cells: Record<string, Fill>): Record<string, Fill> {
  return Object.fromEntries(Object.entries(cells).map(([key, value]) => [`TD_DN_${n}_${key}`, value]));
}

export const D1 = parsePeriod("2025-D1")!;
export const YEAR = parsePeriod("2025")!;
export const LDST = 'Bằng "Lao động sáng tạo"';
export const PLAQUE = "Biển Công trình thi đua";
export const CNG = "Công nhân giỏi";
export const AWARDS: readonly NominationAward[] = [
  // Three for the whole province, half of them direct workers at least.
  { award: LDST, subject: "person", scope: "province", count: 3, minDirectShare: 0.5 },
  // One a unit.
  { award: PLAQUE, subject: "work", scope: "unit", count: 1 },
  // Two a bloc.
  { award: CNG, subject: "person", scope: "bloc", count: 2 },
];

/** The same awards, the Bằng "Lao động sáng tạo" given by the level above (the TLĐ): proposals for it go up. */
export const UPWARD: readonly NominationAward[] = AWARDS.map((a) =>
  a.award === LDST ? { ...a, upward: true } : a,
);
/** The summarising unit whose report goes to that level. */
export const PROVINCE = { code: "LDLD_T", name: "LĐLĐ tỉnh", kind: "federation" as const };

export const UNITS: CampaignUnit[] = [
  { ...unit("A1"), bloc: "Cụm A" },
  { ...unit("A2"), bloc: "Cụm A" },
  { ...unit("B1"), bloc: "Cụm B" },
];

export function campaignWith(awards?: readonly NominationAward[]): Campaign {
  return { ...testCampaign({}, UNITS), ...(awards ? { nominationAwards: awards } : {}) };
}

export const person = (name: string, award: string, direct: boolean): Record<string, Fill> => ({
  subject: "Cá nhân",
  name,
  award,
  direct_worker: direct ? "Có" : "Không",
});

export function report(
  code: string,
  lines: readonly Record<string, Fill>[],
  period = D1,
  awards = AWARDS,
): Submission {
  return submission(
    {
      unit: unit(code),
      templates: ["B04"],
      period,
      fills: zeroFills(["B04"]),
      nominationAwards: awards,
      moreFills: Object.assign({}, ...lines.map((cells, i) => line(i + 1, cells))),
    },
    `${code}-${period.id}.xlsx`,
  );
}

export const FILES = [
  report("A1", [
    person("An", LDST, true),
    person("Bình", LDST, false),
    { name: "Dây chuyền 1", award: PLAQUE, direct_worker: "Có", value: 50_000_000 },
    { name: "Dây chuyền 2", award: PLAQUE, direct_worker: "Không" },
    person("Chi", CNG, true),
  ]),
  report("A2", [person("Dũng", LDST, false), person("Én", CNG, true), person("Gia", CNG, false)]),
  report("B1", [person("Hà", LDST, false), person("Khoa", CNG, true)]),
];
