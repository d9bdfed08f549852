import {
  overlaps,
  parsePeriod,
  rollup,
  type AwardRule,
  type CampaignUnit,
  type Submission,
  type Summary,
} from "../../src/core";
import { submission, testCampaign, unit, zeroFills } from "./reports";

const YEAR = parsePeriod("2025")!;
const ROUNDS = [parsePeriod("2025-D1")!, parsePeriod("2025-D2")!];

/** A year's report of a unit whose score is `score`: one target of 100 points, houses built against 10 000. */
function yearReports(code: string, score: number, rounds = ROUNDS): Submission[] {
  return rounds.map((period, i) =>
    submission(
      {
        unit: unit(code),
        templates: ["B04"],
        period,
        fills: { ...zeroFills(["B04"]), TD_B04_mai_am_built_value: i === 0 ? Math.round(score * 100) : 0 },
      },
      `${code}-${period.id}.xlsx`,
    ),
  );
}

export interface AwardSpec {
  readonly scores: Record<string, readonly [bloc: string | null, score: number]>;
  readonly awards?: readonly AwardRule[];
  /** Units listed with no report. */
  readonly missing?: readonly string[];
  /** Units that report Đợt 1 only. */
  readonly partial?: readonly string[];
  /** Units whose only file leaves a required input blank. */
  readonly rejected?: readonly string[];
  /** The list's dates and successors of some units: each reports the rounds it exists in. */
  readonly listed?: Record<string, Pick<CampaignUnit, "validFrom" | "validTo" | "successors">>;
}

/** A year's roll-up of units with the scores and blocs given, ranked by the roll-up, under award rules. */
export function summaryOf(spec: AwardSpec): Summary {
  const codes = [...Object.keys(spec.scores), ...(spec.missing ?? []), ...(spec.rejected ?? [])];
  const units: CampaignUnit[] = codes.map((code) => {
    const bloc = spec.scores[code]?.[0];
    return { ...unit(code), ...(bloc ? { bloc } : {}), ...spec.listed?.[code] };
  });
  const base = testCampaign({}, units);
  const campaign = {
    ...base,
    defaults: { ...base.defaults, B04_mai_am_total: 10_000 },
    scoring: [{ target: "B04_mai_am_total", points: 100, method: "proportional" as const }],
    ...(spec.awards ? { awards: spec.awards } : {}),
  };
  const files = [
    ...Object.entries(spec.scores).flatMap(([code, [, score]]) =>
      yearReports(
        code,
        score,
        (spec.partial?.includes(code) ? ROUNDS.slice(0, 1) : ROUNDS).filter((p) =>
          overlaps(p, spec.listed?.[code]?.validFrom, spec.listed?.[code]?.validTo),
        ),
      ),
    ),
    ...(spec.rejected ?? []).map((code) =>
      submission(
        {
          unit: unit(code),
          templates: ["B04"],
          period: ROUNDS[0],
          fills: { ...zeroFills(["B04"]), TD_B04_mai_am_built_value: null },
        },
        `${code}-bad.xlsx`,
      ),
    ),
  ];
  return rollup(files, { campaign, period: YEAR });
}

/**
 * Two blocs, a province-wide award and a per-bloc one, a tie at a bloc's last place, a partial report and
 * a missing one: every kind of line an award list shows.
 */
export const EVERY_AWARD_CASE: AwardSpec = {
  scores: { A1: ["Cụm A", 99], A2: ["Cụm A", 96.5], B1: ["Cụm B", 88], B2: ["Cụm B", 88], C1: ["Cụm B", 99] },
  partial: ["C1"],
  missing: ["Z9"],
  awards: [
    { award: "Cờ thi đua", scope: "province", count: 1, minGrade: "Xuất sắc" },
    { award: "Bằng khen", scope: "bloc", count: 1, minScore: 80 },
  ],
};
