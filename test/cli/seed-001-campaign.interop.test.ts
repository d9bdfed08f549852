import path from "node:path";
import { extract, type Indicator, type TargetResult } from "../../src/core";
import { readWorkbookGrid } from "../../src/xlsx";
import { writeTableRows } from "../support/campaign-tables";
import {
  checkCampaign,
  COLLECTED,
  fillAll,
  gradeByHand,
  initCampaign,
  passFail,
  proportional,
  receivedOn,
  rolledUp,
  round2,
  unitTemplates,
  zeroInputs,
} from "../support/seed-campaigns";
import { tempDir } from "./run-cli";

// Seed 001: "KẾ HOẠCH PHÁT ĐỘNG THI ĐUA HOÀN THÀNH VƯỢT MỨC NHIỆM VỤ VÀ CHỈ TIÊU NĂM 2017" of the LĐLĐ huyện
// Phú Riềng (25/10/2017), written as the district's officer writes it: `campaign init`, then each table
// retyped with openpyxl in the plan's own words ("70%", "50 %", "ít nhất 01", "Không áp dụng"); its grassroots
// unions' reports of both rounds filled by openpyxl; rolled up round by round and over the whole sprint, every
// score worked out here from the typed figures.

const CLA = "Tỷ lệ DN ngoài nhà nước có công đoàn đã ký TƯLĐTT";
const GRADE_C = "Tỷ lệ TƯLĐTT khu vực ngoài nhà nước xếp loại C trở lên";
const PARTY = "CĐCS thực hiện quy trình giới thiệu đoàn viên ưu tú cho Đảng";
const INITIATIVE =
  "Cán bộ, công chức, viên chức, người lao động khu vực hành chính, sự nghiệp có sáng kiến được công nhận";
const MAI_AM = 'Xây mới, sửa chữa nhà "Mái ấm công đoàn"';
const SAFETY = "Tổ chức hội thi an toàn, vệ sinh viên giỏi tại cấp mình";
const OWN = "Đăng ký và thực hiện 01 nội dung phong trào thi đua có ý nghĩa đặc thù";

// "Kiện toàn đội ngũ an toàn vệ sinh viên …, tổ chức hội thi ATVSV giỏi tại cấp mình" → Biểu 04's contests,
// linked; "Mỗi CĐCS đăng ký và thực hiện 01 nội dung phong trào thi đua có ý nghĩa đặc thù" (Đợt II) → yes/no.
const INDICATORS = [
  ["hoi_thi_atvsv", SAFETY, null, "Số của biểu", null, null, "hội thi", null, "B04_safety_contests_value"],
  ["noi_dung_dac_thu", OWN, null, "Có/Không", null, null, null, "Không", null],
];

const ENTERPRISES = "Khối doanh nghiệp";
const PUBLIC = "Khối hành chính, sự nghiệp";
const UNITS = [
  ["C01", "CĐCS Công ty TNHH MTV Cao su Phú Riềng", "CĐCS trực thuộc", "LDLD_PR", ENTERPRISES],
  ["C02", "CĐCS Công ty CP Gỗ Phú Riềng", "CĐCS trực thuộc", "LDLD_PR", ENTERPRISES],
  ["C03", "CĐCS Trường THPT Phú Riềng", "CĐCS trực thuộc", "LDLD_PR", PUBLIC],
  ["C04", "CĐCS cơ quan UBND xã Long Hà", "CĐCS trực thuộc", "LDLD_PR", PUBLIC],
] as const;
type Code = (typeof UNITS)[number][0];
const ENTERPRISE_UNITS: readonly Code[] = ["C01", "C02"];

/** What a unit types for a round: its one enterprise's agreement, money, Biểu 04's counts, Biểu 05's answer. */
interface Typed {
  /** The private enterprise's agreement: enterprises with a union, signed, graded C or better (as grade B). */
  private: [number, number, number];
  funding: [budget: number, collected: number];
  dues: [budget: number, collected: number];
  /** Grassroots unions, those running the Party procedure. */
  party: [number, number];
  maiAm: [built: number, repaired: number];
  safety: number;
  /** Biểu 05's yes/no; null: left blank (not required). */
  own: 0 | 1 | null;
}

const DOT1: Record<Code, Typed> = {
  C01: {
    private: [1, 1, 1],
    funding: [420_000_000, 436_800_000],
    dues: [60_000_000, 58_200_000],
    party: [1, 1],
    maiAm: [1, 0],
    safety: 1,
    own: null,
  },
  C02: {
    private: [1, 0, 0],
    funding: [90_000_000, 72_000_000],
    dues: [15_000_000, 15_600_000],
    party: [1, 0],
    maiAm: [0, 0],
    safety: 0,
    own: null,
  },
  C03: {
    private: [0, 0, 0],
    funding: [38_000_000, 38_000_000],
    dues: [9_500_000, 9_120_000],
    party: [1, 1],
    maiAm: [0, 1],
    safety: 0,
    own: null,
  },
  C04: {
    private: [0, 0, 0],
    funding: [12_000_000, 12_000_000],
    dues: [3_000_000, 3_000_000],
    party: [1, 1],
    maiAm: [0, 0],
    safety: 0,
    own: null,
  },
};

/** Đợt II, the first quarter of 2018: that year's budgets and the quarter's collections. */
const DOT2: Record<Code, Typed> = {
  C01: {
    ...DOT1.C01,
    funding: [450_000_000, 120_000_000],
    dues: [65_000_000, 16_000_000],
    maiAm: [0, 1],
    own: 1,
  },
  C02: {
    ...DOT1.C02,
    funding: [95_000_000, 30_000_000],
    dues: [16_000_000, 4_100_000],
    party: [1, 1],
    maiAm: [1, 0],
    safety: 1,
    own: 1,
  },
  C03: {
    ...DOT1.C03,
    funding: [40_000_000, 10_000_000],
    dues: [10_000_000, 2_400_000],
    maiAm: [0, 0],
    safety: 1,
    own: 0,
  },
  C04: { ...DOT1.C04, funding: [12_500_000, 3_100_000], dues: [3_100_000, 800_000], own: null },
};

function figures(t: Typed, indicators: readonly Indicator[]): Record<string, number> {
  const values = zeroInputs(indicators);
  const [enterprises, signed, graded] = t.private;
  Object.assign(values, {
    TD_B01_private_enterprises_with_union: enterprises,
    TD_B01_private_cla_signed: signed,
    TD_B01_private_grade_b: graded,
    TD_B01_private_ungraded: signed - graded,
    // One union of its own, its members unchanged: Biểu 02 balances.
    TD_B02_private_workers: 100,
    TD_B02_private_members_start: 80,
    TD_B02_private_unions_start: 1,
    TD_B03_union_funding_budget: t.funding[0],
    TD_B03_union_funding_collected: t.funding[1],
    TD_B03_union_dues_budget: t.dues[0],
    TD_B03_union_dues_collected: t.dues[1],
    TD_B04_grassroots_unions_value: t.party[0],
    TD_B04_party_procedure_unions_value: t.party[1],
    TD_B04_mai_am_built_value: t.maiAm[0],
    TD_B04_mai_am_repaired_value: t.maiAm[1],
    TD_B04_safety_contests_value: t.safety,
  });
  if (t.own === null) delete values.TD_B05_noi_dung_dac_thu_value;
  else values.TD_B05_noi_dung_dac_thu_value = t.own;
  return values;
}

/**
 * A unit's score by hand, on the province's table: points earned over the points of the targets that apply
 * and can be judged (a C-or-better share of no signed agreement has nothing to measure), scaled to 100. `own`: the
 * yes/no target is the round's (Đợt II) only.
 */
function scoreByHand(code: Code, rounds: readonly Typed[], own: boolean) {
  const last = rounds.at(-1)!;
  const sum = (pick: (t: Typed) => number) => rounds.reduce((total, t) => total + pick(t), 0);
  // Rates of stocks (agreements, units running the procedure) are the last round's; collections are summed
  // over the rounds against each year's budget (one round a year here); houses and contests are summed.
  const parts: [points: number, earned: number | null][] = [
    [25, proportional(25, sum((t) => t.funding[1] + t.dues[1]) / sum((t) => t.funding[0] + t.dues[0]), 1)],
    [20, passFail(20, last.party[1] / last.party[0], 1)],
    [
      10,
      passFail(
        10,
        sum((t) => t.maiAm[0] + t.maiAm[1]),
        1,
      ),
    ],
    [
      10,
      passFail(
        10,
        sum((t) => t.safety),
        1,
      ),
    ],
  ];
  if (ENTERPRISE_UNITS.includes(code)) {
    const [enterprises, signed, graded] = last.private;
    parts.push([15, proportional(15, signed / enterprises, 0.7)]);
    parts.push([10, signed === 0 ? null : proportional(10, graded / signed, 0.5)]);
  }
  if (own) parts.push([10, passFail(10, last.own ?? 0, 1)]);
  const judged = parts.filter(([, earned]) => earned !== null) as [number, number][];
  const possible = judged.reduce((total, [points]) => total + points, 0);
  return round2((judged.reduce((total, [, earned]) => total + earned, 0) / possible) * 100);
}

interface UnitJson {
  code: string;
  score: number | null;
  grade: string | null;
  attainment: Pick<TargetResult, "key" | "target" | "met" | "applicable">[];
}
interface Rolled {
  units: UnitJson[];
  totals: Record<string, Record<string, Record<string, number | null>>>;
}

describe("seed 001: Phú Riềng 2017, a sprint of two rounds across the year end", () => {
  const dir = tempDir("seed-001");
  const campaign = path.join(dir, "ke-hoach-thi-dua-nuoc-rut.xlsx");
  const rolled: Record<string, Rolled> = {};

  beforeAll(async () => {
    await initCampaign(campaign, 2017);
    // "Đợt I: Từ nay đến 31/12/2017 …; Đợt II: Từ 01/01/2018 đến hết ngày 31/3/2018". No due dates in the
    // plan: the officer asks for the reports ten days after each round.
    writeTableRows(campaign, "TD_Periods", [
      [
        "DOT1",
        "Đợt I: thi đua nước rút đạt và vượt chỉ tiêu năm 2017",
        "2017-10-25",
        "2017-12-31",
        "2018-01-10",
      ],
      [
        "DOT2",
        "Đợt II: chào mừng Đại hội Công đoàn tỉnh lần thứ X",
        "2018-01-01",
        "2018-03-31",
        "2018-04-10",
      ],
      ["CA_DOT", "Cả đợt thi đua", "2017-10-25", "2018-03-31", "2018-04-10"],
    ]);
    writeTableRows(
      campaign,
      "TD_Units",
      UNITS.map((u) => [...u]),
    );
    writeTableRows(campaign, "TD_Parent", [["LDLD_PR", "LĐLĐ huyện Phú Riềng", "LĐLĐ huyện"]]);
    writeTableRows(campaign, "TD_Indicators", INDICATORS);
    // "100% công đoàn cơ sở … thực hiện quy trình giới thiệu đoàn viên …"; "70% doanh nghiệp ngoài nhà nước
    // … ký thỏa ước … trong đó 50 % … xếp loại C trở lên"; "Thu kinh phí và đoàn phí … đạt dự toán giao";
    // "xây mới, sửa chữa ít nhất 01 nhà Mái ấm công đoàn"; the initiatives of the public sector are not in
    // the plan; the schools and offices have no enterprise; the own content is Đợt II's.
    writeTableRows(
      campaign,
      "TD_Targets",
      [
        ["*", null, "70%", "50 %", "100%", "100%", "Không áp dụng", "ít nhất 01", "ít nhất 01", "-"],
        ["*", "DOT2", null, null, null, null, null, null, null, 1],
        ["C03", null, "Không áp dụng", "Không áp dụng"],
        ["C04", null, "Không áp dụng", "Không áp dụng"],
      ],
      ["Mã đơn vị", "Mã kỳ", CLA, GRADE_C, COLLECTED, PARTY, INITIATIVE, MAI_AM, SAFETY, OWN],
    );
    writeTableRows(campaign, "TD_Scoring", [
      [CLA, 15, "Theo tỷ lệ hoàn thành", null],
      [GRADE_C, 10, "Theo tỷ lệ hoàn thành", null],
      [COLLECTED, 25, "Theo tỷ lệ hoàn thành", null],
      [PARTY, 20, "Đạt/Chưa đạt", null],
      [MAI_AM, 10, "Đạt/Chưa đạt", null],
      [SAFETY, 10, "Đạt/Chưa đạt", null],
      [OWN, 10, "Đạt/Chưa đạt", null],
    ]);
    await checkCampaign(campaign);

    const jobs = [];
    for (const [round, typed, received] of [
      ["DOT1", DOT1, "2018-01-08"],
      ["DOT2", DOT2, "2018-04-09"],
    ] as const) {
      const templates = await unitTemplates(campaign, round, path.join(dir, `bieu-mau-${round}`));
      const indicators = extract(readWorkbookGrid(templates.get("C01")!, "C01.xlsx")).report!.indicators!;
      for (const [code] of UNITS)
        jobs.push({
          template: templates.get(code)!,
          out: path.join(dir, `nhan-${round}`, `${code}-${round}.xlsx`),
          values: figures(typed[code], indicators),
          received,
        });
    }
    fillAll(dir, jobs);
    for (const job of jobs) receivedOn(job.out, job.received);
    const common = ["--campaign", campaign];
    rolled.DOT1 = await rolledUp<Rolled>([path.join(dir, "nhan-DOT1"), ...common, "--period", "DOT1"]);
    rolled.DOT2 = await rolledUp<Rolled>([path.join(dir, "nhan-DOT2"), ...common, "--period", "DOT2"]);
    rolled.CA_DOT = await rolledUp<Rolled>(
      [path.join(dir, "nhan-DOT1"), path.join(dir, "nhan-DOT2"), ...common, "--period", "CA_DOT"],
      path.join(dir, "tong-hop-ca-dot.xlsx"),
    );
  }, 300_000);

  const unit = (period: string, code: Code) => rolled[period]!.units.find((u) => u.code === code)!;
  const target = (period: string, code: Code, key: string) =>
    unit(period, code).attainment.find((a) => a.key === key)!;

  it.each([
    ["DOT1", [DOT1], false],
    ["DOT2", [DOT2], true],
    ["CA_DOT", [DOT1, DOT2], false],
  ] as const)("scores each unit of %s as worked out by hand", (period, rounds, own) => {
    for (const [code] of UNITS) {
      const score = scoreByHand(
        code,
        rounds.map((r) => r[code]),
        own,
      );
      expect([code, unit(period, code).score, unit(period, code).grade]).toEqual([
        code,
        score,
        gradeByHand(score),
      ]);
    }
  });

  it('reads "ít nhất 01" as a target of one house and one contest for every unit', () => {
    for (const [code] of UNITS)
      for (const key of ["B04_mai_am_total", "B05_hoi_thi_atvsv"])
        expect(target("DOT1", code, key).target).toBe(1);
  });

  it("leaves the schools and offices without the agreements' targets, and every unit without the initiatives'", () => {
    for (const code of ["C03", "C04"] as const)
      expect(target("DOT1", code, "B01_nonstate_cla_rate").applicable).toBe(false);
    expect(target("DOT1", "C01", "B01_nonstate_cla_rate").applicable).toBe(true);
    for (const [code] of UNITS) expect(target("DOT1", code, "B04_initiative_rate").applicable).toBe(false);
  });

  it("asks the own content of Đợt II only, and judges the blank answer of C04 as not done", () => {
    expect(target("DOT1", "C01", "B05_noi_dung_dac_thu").applicable).toBe(false);
    expect(target("DOT2", "C01", "B05_noi_dung_dac_thu").met).toBe(true);
    expect(target("DOT2", "C04", "B05_noi_dung_dac_thu").met).toBe(false);
  });

  it("recomputes the sprint's collection rate from the sums over both budget years", () => {
    const all = [...Object.values(DOT1), ...Object.values(DOT2)];
    const collected = all.reduce((sum, t) => sum + t.funding[1] + t.dues[1], 0);
    const budget = all.reduce((sum, t) => sum + t.funding[0] + t.dues[0], 0);
    expect(rolled.CA_DOT!.totals.B03!.total!.collection_rate).toBeCloseTo(collected / budget, 12);
  });
});
