import {
  rollup,
  TEMPLATE_IDS,
  type Assigned,
  type Campaign,
  type CampaignUnit,
  type PenaltyRule,
  type Submission,
  type Summary,
  type WorkbookPlan,
} from "../../../src/core";
import { penaltyReasons } from "../../../src/core/campaign/penalty-text";
import { WORDS } from "../../../src/core/vocabulary";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { gnumericSheets } from "../../support/gnumeric";
import { sheetsAsCsv } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";

// Needs LibreOffice, like libreoffice.interop.test.ts: an independent program recomputes the scoring sheet.

const BLOCS: Record<string, string | undefined> = {
  P01: "Cụm 1",
  P02: "Cụm 1",
  P03: "Cụm 1",
  P04: "Cụm 2",
  P05: "Cụm 2",
  P06: "Cụm 2",
  P07: undefined,
};
/** P02 and P03 report the same figures against the same targets: a tie in their bloc. */
const SEEDS: Record<string, number> = {
  P01: 601,
  P02: 602,
  P03: 602,
  P04: 604,
  P05: 605,
  P06: 606,
  P07: 607,
};

const codes = Object.keys(BLOCS);
const campaignUnits: CampaignUnit[] = codes.map((code) => ({
  ...unit(code),
  ...(BLOCS[code] ? { bloc: BLOCS[code] } : {}),
}));

/** Each unit's report, received when `received` says (else on 05/7/2025, ten days before it is due). */
function submissions(received: Record<string, string> = {}): Submission[] {
  return codes.map((code) => {
    const fills = consistentFills(TEMPLATE_IDS, SEEDS[code]!);
    // P05 leaves Biểu 04 out, its Party-procedure figures with it: a result not reported earns nothing.
    const templates = code === "P05" ? TEMPLATE_IDS.filter((id) => id !== "B04") : TEMPLATE_IDS;
    const held = Object.fromEntries(
      Object.entries(fills).filter(([name]) => templates.some((id) => name.startsWith(`TD_${id}_`))),
    );
    return submission({ unit: unit(code), templates, fills: held }, `${code}.xlsx`, received[code]);
  });
}

/** Targets set against what each unit reported, so every method and edge is met on purpose. */
function campaign(first: Summary): Campaign {
  const admitted = (code: string) =>
    first.units.find((u) => u.unit.code === code)!.attainment.find((a) => a.key === "B02_members_admitted")!
      .result!;
  const everyTarget = first.scoring.map((r) => r.target);
  const assigned: Record<string, Record<string, Assigned>> = {
    // Bonus capped: twice the target; initiative not applicable.
    P01: { B02_members_admitted: Math.floor(admitted("P01") / 2), B04_initiative_rate: "na" },
    // Bonus under its cap: just above the target.
    P02: { B02_members_admitted: admitted("P02") - 1 },
    P03: { B02_members_admitted: admitted("P03") - 1 },
    // Below the target, a target of zero, and a collection target not reached.
    P04: { B02_members_admitted: admitted("P04") + 50, B02_unions_founded: 0, B03_collection_rate: 1.2 },
    // No members target assigned to P05: that target does not count for it.
    P06: { B01_nonstate_cla_rate: "na", B01_nonstate_grade_c_plus_rate: "na", B02_unions_founded: 2 },
    // Nothing applies: no score, no grade, no rank.
    P07: Object.fromEntries(everyTarget.map((key) => [key, "na" as const])),
  };
  return testCampaign(assigned, campaignUnits);
}

/** Formulas without cached results, so every figure read back is LibreOffice's own. */
function withoutCachedResults(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((c) => (c.formula ? { ...c, value: null } : c)),
    })),
  };
}

/** The summary workbook, its formulas without cached results. */
async function summaryWorkbook(summary: Summary): Promise<Uint8Array> {
  const { layoutSummary } = await import("../../../src/core");
  return writeWorkbookPlan(withoutCachedResults(layoutSummary(summary)));
}

/** The scoring sheet as LibreOffice and Gnumeric recompute it. */
function recalculatedSheets(bytes: Uint8Array): { libreOffice: string[][]; gnumeric: string[][] } {
  return {
    libreOffice: sheetsAsCsv(bytes, "xlsx").get("Chấm điểm")!,
    gnumeric: gnumericSheets(bytes).get("Chấm điểm")!,
  };
}

const recalculated = async (summary: Summary) => recalculatedSheets(await summaryWorkbook(summary));

let summary: Summary;
let libreOffice: string[][];
let gnumeric: string[][];

beforeAll(async () => {
  const first = rollup(submissions(), { campaign: testCampaign({}, campaignUnits) });
  summary = rollup(submissions(), { campaign: campaign(first) });
  ({ libreOffice, gnumeric } = await recalculated(summary));
});

/** The units table's header row: the one whose second column is the unit code's header. */
function columns(rows: string[][]) {
  const header = rows.findIndex((r) => r[1] === "Mã đơn vị / Unit code");
  const sub = rows[header + 1]!;
  const at = (text: string) => rows[header]!.indexOf(text);
  return {
    points: sub.flatMap((text, i) => (text === "Điểm / Points" ? [i] : [])),
    penalties: sub.flatMap((text, i) => (text === "Điểm trừ / Points off" ? [i] : [])),
    penalty: at("Tổng điểm trừ / Total points off"),
    reason: at("Lý do trừ điểm / Why points were taken off"),
    possible: at("Điểm tối đa / Points possible"),
    earned: at("Điểm đạt (chưa kể điểm thưởng) / Points earned (without bonus)"),
    bonus: at("Điểm thưởng / Bonus points"),
    score: at("Điểm / Score"),
    grade: at("Xếp loại / Grade"),
    blocRank: at("Hạng trong cụm / Rank in bloc"),
    rank: at("Hạng chung / Overall rank"),
  };
}

const numberOrBlank = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));
const near = (value: number | null) => (value === null ? null : Math.round(value * 1e9) / 1e9);
/** Words with a decimal point where Vietnamese writes a comma: the programs here compute in en-US or C. */
const pointed = (text: string | undefined) => (text ?? "").replace(/(\d),(\d)/g, "$1.$2");

describe("LibreOffice and Gnumeric recalculating the scoring sheet", () => {
  it("covers what the test means to cover", () => {
    const unitOf = (code: string) => summary.units.find((u) => u.unit.code === code)!;
    const methods = new Set(summary.scoring.map((r) => r.method));
    expect([...methods].sort()).toEqual(["bonus", "pass_fail", "proportional"]);
    const bonus = summary.scoring.findIndex((r) => r.target === "B02_members_admitted");
    const extra = (code: string) => unitOf(code).scoring.targets[bonus]!.earned! - 20;
    expect(extra("P01")).toBe(5);
    expect(unitOf("P01").scoring.bonus).toBe(5);
    expect(extra("P02")).toBeGreaterThan(0);
    expect(extra("P02")).toBeLessThan(5);
    expect(unitOf("P04").scoring.targets[bonus]!.earned).toBeLessThan(20);
    expect(unitOf("P05").scoring.targets[bonus]!.earned).toBeNull();
    const party = summary.scoring.findIndex((r) => r.target === "B04_party_procedure_rate");
    expect(unitOf("P05").attainment.find((a) => a.key === "B04_party_procedure_rate")!.result).toBeNull();
    expect(unitOf("P05").scoring.targets[party]!.earned).toBe(0);
    expect(unitOf("P01").attainment.find((a) => a.key === "B04_initiative_rate")!.applicable).toBe(false);
    expect(unitOf("P07").score).toBeNull();
    expect(unitOf("P02").score).toBe(unitOf("P03").score);
    expect(new Set(summary.units.map((u) => u.grade)).size).toBeGreaterThan(1);
    expect(summary.units).toHaveLength(codes.length);
  });

  it.each([
    ["LibreOffice", () => libreOffice],
    ["Gnumeric", () => gnumeric],
  ])("%s gives every unit the core's points, bonus, score, grade and both ranks", (_, sheet) => {
    expectCoreFigures(sheet(), summary);
  });
});

/** Every unit's points, penalties, score, grade and ranks on the recomputed sheet are the core's. */
function expectCoreFigures(rows: string[][], summary: Summary): void {
  const col = columns(rows);
  expect(col.points).toHaveLength(summary.scoring.length);
  expect(col.penalties).toHaveLength(summary.campaign.penalties?.length ?? 0);
  for (const u of summary.units) {
    const row = rows.find((r) => r[1] === u.unit.code)!;
    const points = col.points.map((c) => (row[c] === "—" ? null : near(Number(row[c]))));
    expect({ code: u.unit.code, points }).toEqual({
      code: u.unit.code,
      points: u.scoring.targets.map((t) => near(t.earned)),
    });
    expect({
      code: u.unit.code,
      possible: Number(row[col.possible]),
      earned: near(Number(row[col.earned])),
      bonus: near(Number(row[col.bonus])),
      score: numberOrBlank(row[col.score]),
      grade: row[col.grade] || null,
      blocRank: numberOrBlank(row[col.blocRank]),
      rank: numberOrBlank(row[col.rank]),
    }).toEqual({
      code: u.unit.code,
      possible: u.scoring.possible,
      earned: near(u.scoring.earned),
      bonus: near(u.scoring.bonus),
      score: u.score,
      grade: u.grade,
      blocRank: u.blocRank,
      rank: u.rank,
    });
    if (col.penalties.length === 0) continue;
    expect({
      code: u.unit.code,
      penalties: col.penalties.map((c) => near(Number(row[c]))),
      total: near(Number(row[col.penalty])),
      reason: pointed(row[col.reason]),
    }).toEqual({
      code: u.unit.code,
      penalties: u.scoring.penalties!.map((p) => near(p.points)),
      total: near(u.scoring.penalties!.reduce((sum, p) => sum + p.points, 0)),
      reason: pointed(penaltyReasons(u.scoring.penalties!).vi),
    });
  }
}

describe("LibreOffice and Gnumeric recalculating the scoring sheet with penalty rows", () => {
  // Due 15/7/2025: P01 ten days late (5 points, the cap of 3 reached), P02 three days late (1.5, under the
  // cap), P03 on time, P04 sent again corrected twice, P07 late with no score to take them from.
  const received = {
    P01: "2025-07-25T03:00:00Z",
    P02: "2025-07-18T03:00:00Z",
    P03: "2025-07-15T10:00:00Z",
    P07: "2025-07-20T03:00:00Z",
  };
  const penalties: PenaltyRule[] = [
    { method: "late_day", points: 0.5, cap: 3 },
    { method: "correction", points: 1.25 },
  ];
  let penalized: Summary;
  let penalizing: (rules: PenaltyRule[]) => Summary;
  let sheets: { libreOffice: string[][]; gnumeric: string[][] };

  beforeAll(async () => {
    const first = rollup(submissions(received), { campaign: testCampaign({}, campaignUnits) });
    const base = campaign(first);
    penalizing = (rules) =>
      rollup(submissions(received), {
        campaign: {
          ...base,
          units: base.units.map((u) => (u.code === "P04" ? { ...u, corrections: 2 } : u)),
          penalties: rules,
        },
      });
    penalized = penalizing(penalties);
    sheets = await recalculated(penalized);
  });

  it("covers a cap reached, one under the cap, a unit on time and corrected reports", () => {
    const taken = (code: string) =>
      penalized.units.find((u) => u.unit.code === code)!.scoring.penalties!.map((p) => [p.count, p.points]);
    expect(taken("P01")).toEqual([
      [10, 3],
      [0, 0],
    ]);
    expect(taken("P02")).toEqual([
      [3, 1.5],
      [0, 0],
    ]);
    expect(taken("P03")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(taken("P04")).toEqual([
      [0, 0],
      [2, 2.5],
    ]);
  });

  it.each([
    ["LibreOffice", () => sheets.libreOffice],
    ["Gnumeric", () => sheets.gnumeric],
  ])("%s takes off the core's penalties and gives the core's score, grade, ranks and reasons", (_, sheet) => {
    expectCoreFigures(sheet(), penalized);
    const reasons = columns(sheet());
    const row = (code: string) => sheet().find((r) => r[1] === code)!;
    expect(pointed(row("P01")[reasons.reason])).toBe("Nộp muộn 10 ngày: −3 điểm (mức trừ tối đa)");
    expect(row("P03")[reasons.reason]).toBe("");
  });

  it("a weight typed on the sheet (openpyxl) changes the reasons with the points, as the core would", async () => {
    const bytes = await summaryWorkbook(penalized);
    // The late-day row of the scoring table: its points per day in column B.
    const weightRow = sheets.libreOffice.findIndex((r) => r[3] === WORDS.penaltyMethods.late_day.vi);
    expect(weightRow).toBeGreaterThan(0);
    const typed = setWithOpenpyxl(bytes, [["Chấm điểm", `B${weightRow + 1}`, 0.25]]);
    const halved = penalizing([{ ...penalties[0]!, points: 0.25 }, penalties[1]!]);
    // Ten days at 0.25 stay under the cap of 3: P01's reason loses "(mức trừ tối đa)".
    expect(penaltyReasons(halved.units.find((u) => u.unit.code === "P01")!.scoring.penalties!).vi).toBe(
      "Nộp muộn 10 ngày: −2,5 điểm",
    );
    const { libreOffice, gnumeric } = recalculatedSheets(typed);
    expectCoreFigures(libreOffice, halved);
    expectCoreFigures(gnumeric, halved);
  });
});
