import { copyFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extract, roundScore, type Indicator } from "../../src/core";
import { readWorkbookGrid } from "../../src/xlsx";
import type { TypedValue } from "../support/fill-by-name";
import { resaveWith } from "../support/libreoffice";
import {
  ADMITTED,
  bonus,
  checkCampaign,
  COLLECTED,
  days,
  fillAll,
  filled,
  initCampaign,
  nominationLines,
  passFail,
  person,
  proportional,
  receive,
  receivedOn,
  rolledUp,
  summarySheets,
  unitTemplates,
  zeroInputs,
  gradeAtLeast,
  gradeByHand,
} from "../support/seed-campaigns";
import { writeTableRows } from "../support/campaign-tables";
import { tempDir } from "./run-cli";

// Seed 003: "PHÁT ĐỘNG THI ĐUA trong CNVCLĐ và các cấp Công đoàn tỉnh Lạng Sơn năm 2015", written as the
// province's officer writes it: `campaign init`, then each table retyped with openpyxl; the units' templates
// for the first round (its mid-year review, sơ kết 6 tháng on 28/7/2015) filled by openpyxl and, for one
// unit, by LibreOffice Calc; rolled up by the CLI; every figure checked against arithmetic done here.

const D1 = "2015-D1";
const TET = "Phối hợp phát động CNVCLĐ tham gia Tết trồng cây đời đời nhớ ơn Bác Hồ";
const DIRECT_SHARE = "Tỷ lệ cá nhân được khen thưởng là người trực tiếp lao động sản xuất";
const SAFETY = "Hội thi an toàn, vệ sinh viên giỏi đã tổ chức";
const NTVT = 'Gương "Người tốt, việc tốt"';
const SKKT = "Sáng kiến cải tiến kỹ thuật tiêu biểu";

// "IV.5. LĐLĐ các huyện, thành phố phối hợp phát động CNVCLĐ tham gia 'Tết trồng cây đời đời nhớ ơn Bác
// Hồ'" → a yes/no own indicator; "đảm bảo an toàn vệ sinh lao động" → Biểu 04's safety contests, linked;
// "chú trọng khen thưởng người trực tiếp lao động sản xuất" → an own ratio over Biểu 04's two counts.
const INDICATORS = [
  ["tet_trong_cay", TET, "Tree-planting festival", "Có/Không", null, null, null, "Không", null],
  ["hoi_thi_atvsld", SAFETY, null, "Số của biểu", null, null, "hội thi", null, "B04_safety_contests_value"],
  [
    "ca_nhan_kt",
    "Cá nhân được khen thưởng",
    null,
    "Số của biểu",
    null,
    null,
    "người",
    null,
    "B04_commended_individuals_value",
  ],
  [
    "cn_truc_tiep",
    "Trong đó: trực tiếp lao động sản xuất",
    null,
    "Số của biểu",
    null,
    null,
    "người",
    null,
    "B04_commended_direct_workers_value",
  ],
  ["ty_le_truc_tiep", DIRECT_SHARE, null, "Tỷ lệ", "cn_truc_tiep", "ca_nhan_kt", "%", null, null],
];

/** The units as the plan addresses them: "LĐLĐ huyện, TP, CĐN; CĐCS trực thuộc LĐLĐ tỉnh". */
const UNITS = [
  ["H01", "LĐLĐ thành phố Lạng Sơn", "LĐLĐ huyện", "LDLD_LS", "Cụm huyện, thành phố"],
  ["H02", "LĐLĐ huyện Cao Lộc", "LĐLĐ huyện", "LDLD_LS", "Cụm huyện, thành phố"],
  ["N01", "Công đoàn ngành Giáo dục", "Công đoàn ngành và tương đương", "LDLD_LS", "Cụm ngành, trực thuộc"],
  ["C01", "CĐCS Công ty CP Xi măng Đồng Bành", "CĐCS trực thuộc", "LDLD_LS", "Cụm ngành, trực thuộc"],
];

/** What each unit reports for Đợt 1, typed into its template. */
interface Typed {
  /** Members admitted by sector row of Biểu 02 (public sector, state, private, FDI, other). */
  admitted: [number, number, number, number, number];
  funding: { budget: number; collected: number };
  dues: { budget: number; collected: number };
  tet: 0 | 1;
  safety: number;
  individuals: number;
  direct: number;
  received: string;
}

const TYPED: Record<string, Typed> = {
  H01: {
    admitted: [20, 10, 40, 26, 0],
    funding: { budget: 1_500_000_000, collected: 800_000_000 },
    dues: { budget: 500_000_000, collected: 300_000_000 },
    tet: 1,
    safety: 2,
    individuals: 20,
    direct: 12,
    received: "2015-07-15",
  },
  H02: {
    admitted: [10, 5, 15, 10, 0],
    funding: { budget: 700_000_000, collected: 250_000_000 },
    dues: { budget: 300_000_000, collected: 150_000_000 },
    tet: 0,
    safety: 1,
    individuals: 10,
    direct: 4,
    received: "2015-07-20",
  },
  N01: {
    admitted: [55, 0, 0, 0, 0],
    funding: { budget: 600_000_000, collected: 300_000_000 },
    dues: { budget: 200_000_000, collected: 120_000_000 },
    tet: 0,
    safety: 0,
    individuals: 8,
    direct: 2,
    received: "2015-07-25",
  },
  C01: {
    admitted: [0, 50, 0, 0, 0],
    funding: { budget: 200_000_000, collected: 80_000_000 },
    dues: { budget: 100_000_000, collected: 40_000_000 },
    tet: 0,
    safety: 1,
    individuals: 6,
    direct: 5,
    received: "2015-07-17",
  },
};

/** What each unit reports for Đợt 2: the same budgets (the year's), the second half's collections and flows. */
const TYPED_D2: Record<string, Typed> = {
  H01: {
    ...TYPED.H01!,
    admitted: [10, 5, 30, 20, 0],
    funding: { budget: 1_500_000_000, collected: 650_000_000 },
    dues: { budget: 500_000_000, collected: 150_000_000 },
    safety: 1,
    individuals: 15,
    direct: 9,
    received: "2016-01-10",
  },
  H02: {
    ...TYPED.H02!,
    admitted: [5, 5, 10, 10, 0],
    funding: { budget: 700_000_000, collected: 400_000_000 },
    dues: { budget: 300_000_000, collected: 120_000_000 },
    tet: 1,
    safety: 0,
    individuals: 10,
    direct: 6,
    received: "2016-01-10",
  },
  N01: {
    ...TYPED.N01!,
    admitted: [60, 0, 0, 0, 0],
    funding: { budget: 600_000_000, collected: 300_000_000 },
    dues: { budget: 200_000_000, collected: 100_000_000 },
    safety: 1,
    individuals: 4,
    direct: 2,
    received: "2016-01-10",
  },
  C01: {
    ...TYPED.C01!,
    admitted: [0, 45, 0, 0, 0],
    funding: { budget: 200_000_000, collected: 120_000_000 },
    dues: { budget: 100_000_000, collected: 60_000_000 },
    safety: 0,
    individuals: 4,
    direct: 4,
    received: "2016-01-10",
  },
};

/** A person proposed for the plan's "Người tốt, việc tốt". */
const goodDeed = (name: string, position: string, direct: boolean) => person(name, position, NTVT, direct);

const ROWS = ["public_sector", "state", "private", "fdi", "other"] as const;

function figures(t: Typed, indicators: readonly Indicator[]) {
  const values: Record<string, number> = zeroInputs(indicators);
  ROWS.forEach((row, i) => {
    // Members at the start and the workers leave room for the admissions: the balance holds.
    values[`TD_B02_${row}_workers`] = 1000;
    values[`TD_B02_${row}_members_start`] = 500;
    values[`TD_B02_${row}_members_admitted`] = t.admitted[i]!;
  });
  values.TD_B03_union_funding_budget = t.funding.budget;
  values.TD_B03_union_funding_collected = t.funding.collected;
  values.TD_B03_union_dues_budget = t.dues.budget;
  values.TD_B03_union_dues_collected = t.dues.collected;
  values.TD_B04_safety_contests_value = t.safety;
  values.TD_B04_commended_individuals_value = t.individuals;
  values.TD_B04_commended_direct_workers_value = t.direct;
  values.TD_B05_tet_trong_cay_value = t.tet;
  return values;
}

interface UnitJson {
  code: string;
  score: number | null;
  grade: string | null;
  rank: number | null;
  bloc_rank: number | null;
  days_late: number | null;
  due: string | null;
  points: { earned: number; possible: number; bonus: number };
  attainment: {
    key: string;
    result: number | null;
    target: number | null;
    met: boolean | null;
    applicable: boolean;
  }[];
}

describe("seed 003: Lạng Sơn 2015, the first round and its mid-year review (sơ kết 6 tháng, 28/7/2015)", () => {
  const dir = tempDir("seed-003");
  const campaign = path.join(dir, "ke-hoach-thi-dua-2015.xlsx");
  const received = path.join(dir, "nhan-dot-1");
  let json: {
    period: { id: string; label: string; due: string | null };
    units: UnitJson[];
    awards: { proposals: { award: string; code: string; tied: boolean }[]; counts: unknown };
    nominations: {
      awards: {
        award: string;
        count: number;
        direct: number;
        share: number | null;
        over: boolean;
        below: boolean;
      }[];
      units: { code: string; total: number; direct: number }[];
      review: string[];
    };
  };
  let summaryFile = "";
  let yearJson: typeof json;
  const lines: Record<string, Record<string, TypedValue>[]> = {};

  beforeAll(async () => {
    await initCampaign(campaign, 2015);

    // "Phong trào thi đua được chia thành 02 đợt … Đợt 1: Từ tháng 01/2015 - 30/6/2015, sơ kết vào dịp kỷ
    // niệm 86 năm ngày thành lập Công đoàn Việt Nam 28/7/2015 … Đợt 2: Từ 01/7/2015 đến 31/12/2015, tổng kết
    // vào cuối năm 2015". The plan gives no due date: the reports are wanted before the review of 28/7, so
    // the officer asks for them by 20/7.
    writeTableRows(campaign, "TD_Periods", [
      [D1, "Đợt 1: sơ kết 6 tháng, ngày 28/7/2015", "01/01/2015", "30/06/2015", "20/07/2015"],
      ["2015-D2", "Đợt 2: tổng kết năm 2015", "01/07/2015", "31/12/2015", "15/01/2016"],
      ["2015", "Cả năm 2015", "01/01/2015", "31/12/2015", "15/01/2016"],
    ]);
    // "Nơi nhận: … LĐLĐ huyện, TP, CĐN; CĐCS trực thuộc LĐLĐ tỉnh … (t/h)".
    writeTableRows(
      campaign,
      "TD_Units",
      UNITS.map((u) => [...u, null, null, null]),
    );
    writeTableRows(campaign, "TD_Parent", [["LDLD_LS", "LĐLĐ tỉnh Lạng Sơn"]]);
    writeTableRows(campaign, "TD_Indicators", INDICATORS);
    // "phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ … năm 2015": the year's targets on
    // rows without Mã kỳ; the mid-year review's on rows of 2015-D1 (half the admissions, half the budget).
    writeTableRows(
      campaign,
      "TD_Targets",
      [
        ["*", null, 100, 1, "-", 1, 0.5],
        ["H01", null, 160, null, 1, null, null],
        ["H02", null, null, null, 1, null, null],
        ["*", D1, 50, 0.5, null, null, null],
        ["H01", D1, 80, null, null, null, null],
      ],
      ["Mã đơn vị", "Mã kỳ", ADMITTED, COLLECTED, TET, SAFETY, DIRECT_SHARE],
    );
    // The plan scores nothing itself; the province's table: 100 points over the plan's five aims.
    writeTableRows(campaign, "TD_Scoring", [
      [ADMITTED, 30, "Có điểm thưởng", 6],
      [COLLECTED, 30, "Theo tỷ lệ hoàn thành", null],
      [TET, 10, "Đạt / Chưa đạt", null],
      [SAFETY, 10, "Đạt / Chưa đạt", null],
      [DIRECT_SHARE, 20, "Theo tỷ lệ hoàn thành", null],
    ]);
    // "kết thúc các đợt thi đua cần sơ, tổng kết, kịp thời biểu dương khen thưởng các tập thể, cá nhân có
    // thành tích xuất sắc"; "gương 'Người tốt', 'Việc tốt'"; "sáng kiến cải tiến kỹ thuật"; "chú trọng
    // khen thưởng người trực tiếp lao động sản xuất và công tác" (at least half of those proposed).
    writeTableRows(campaign, "TD_Awards", [
      ["Bằng khen của Ban Chấp hành LĐLĐ tỉnh", "Toàn tỉnh", 1, "Tốt", null, null, "Đơn vị", null],
      ["Giấy khen của LĐLĐ tỉnh", "Mỗi cụm", 1, "Khá", null, null, "Đơn vị", null],
      [NTVT, "Mỗi đơn vị", 2, null, null, null, "Cá nhân", "50%"],
      [SKKT, "Toàn tỉnh", 3, null, null, null, "Công trình, sáng kiến", null],
    ]);
    await checkCampaign(campaign);

    const templates = await unitTemplates(campaign, D1, path.join(dir, "bieu-mau"));
    expect([...templates.keys()].sort()).toEqual(["C01", "H01", "H02", "N01"]);
    const indicators = extract(readWorkbookGrid(templates.get("H01")!, "H01.xlsx")).report!.indicators!;
    expect(indicators.map((i) => i.code)).toEqual(INDICATORS.map((row) => row[0]));

    // Each unit's clerk types the figures and the people it proposes (sheet "Đề nghị khen thưởng").
    Object.assign(lines, {
      H01: [
        goodDeed("Hoàng Văn An", "Công nhân vận hành", true),
        goodDeed("Lường Thị Bình", "Tổ trưởng tổ may", true),
        goodDeed("Nông Văn Cường", "Cán bộ văn phòng", false),
        {
          subject: "Công trình, sáng kiến",
          name: "Cải tiến quy trình thu đoàn phí",
          award: SKKT,
          value: 0,
          direct_worker: "Không",
        },
      ],
      H02: [goodDeed("Lý Văn Giang", "Giáo viên", false)],
      N01: [],
      C01: [
        goodDeed("Vi Thị Dung", "Công nhân lò nung", true),
        goodDeed("Hà Văn Én", "Công nhân cơ khí", true),
        {
          subject: "Công trình, sáng kiến",
          name: "Hệ thống lọc bụi tĩnh điện lò nung",
          position: "Tổ cơ điện",
          award: SKKT,
          value: 350_000_000,
          direct_worker: "Có",
        },
      ],
    });
    for (const [code, typed] of Object.entries(TYPED)) {
      const values: Record<string, TypedValue> = {
        ...figures(typed, indicators),
        ...nominationLines(lines[code]!),
      };
      const bytes = filled(templates.get(code)!, values);
      // The cement company's clerk works in LibreOffice Calc and sends the file as Calc saves it (.ods).
      if (code === "C01")
        receive(received, `${code}-${D1}.ods`, resaveWith(bytes, "xlsx", "ods"), typed.received);
      else receive(received, `${code}-${D1}.xlsx`, bytes, typed.received);
    }

    summaryFile = path.join(dir, "tong-hop-dot-1.xlsx");
    json = await rolledUp<typeof json>([received, "--campaign", campaign, "--period", D1], summaryFile);

    // "Đợt 2: Từ 01/7/2015 đến 31/12/2015, tổng kết vào cuối năm 2015": the second round's reports, and the
    // year rolled up from both rounds.
    const d2 = await unitTemplates(campaign, "2015-D2", path.join(dir, "bieu-mau-dot-2"));
    const yearFolder = path.join(dir, "nhan-ca-nam");
    const jobs = Object.entries(TYPED_D2).map(([code, typed]) => ({
      template: d2.get(code)!,
      out: path.join(yearFolder, `${code}-2015-D2.xlsx`),
      values: figures(typed, indicators) as Record<string, TypedValue>,
    }));
    fillAll(path.join(dir, "fill-dot-2"), jobs);
    for (const [code, typed] of Object.entries(TYPED_D2))
      receivedOn(path.join(yearFolder, `${code}-2015-D2.xlsx`), typed.received);
    for (const file of readdirSync(received)) {
      copyFileSync(path.join(received, file), path.join(yearFolder, file));
      receivedOn(path.join(yearFolder, file), TYPED[file.slice(0, 3)]!.received);
    }
    yearJson = await rolledUp<typeof json>([yearFolder, "--campaign", campaign, "--period", "2015"]);
  }, 300_000);

  /** Each unit's targets in the mid-year review: its own row of 2015-D1, else the `*` row of 2015-D1, else the year's. */
  const targetsOf = (code: string) => ({
    admitted: code === "H01" ? 80 : 50,
    collected: 0.5,
    tet: code.startsWith("H") ? 1 : null,
    safety: 1,
    directShare: 0.5,
  });

  /** Score by hand: earned ÷ possible × 100 + bonus, no penalty rows in this plan. */
  function expected(code: string) {
    const t = TYPED[code]!;
    const goal = targetsOf(code);
    const admitted = t.admitted.reduce((a, b) => a + b, 0);
    const collected = (t.funding.collected + t.dues.collected) / (t.funding.budget + t.dues.budget);
    const share = t.direct / t.individuals;
    const lines = [
      { points: 30, earned: proportional(30, admitted, goal.admitted) },
      { points: 30, earned: proportional(30, collected, goal.collected) },
      ...(goal.tet === null ? [] : [{ points: 10, earned: passFail(10, t.tet, goal.tet) }]),
      { points: 10, earned: passFail(10, t.safety, goal.safety) },
      { points: 20, earned: proportional(20, share, goal.directShare) },
    ];
    const earned = lines.reduce((sum, l) => sum + l.earned, 0);
    const possible = lines.reduce((sum, l) => sum + l.points, 0);
    const extra = bonus(30, 6, admitted, goal.admitted);
    const score = roundScore((earned / possible) * 100 + extra);
    return { admitted, collected, share, earned, possible, bonus: extra, score };
  }

  const BLOCS = Object.fromEntries(UNITS.map((u) => [u[0], u[4]]));
  const unitOf = (code: string) => json.units.find((u) => u.code === code)!;

  it("reads the round as the plan names it, due before the review of 28/7", () => {
    expect(json.period).toMatchObject({
      id: D1,
      label: "Đợt 1: sơ kết 6 tháng, ngày 28/7/2015 (01/01/2015 – 30/6/2015)",
      due: "2015-07-20",
    });
    // N01 sent on 25/7: five days after 20/7, before the review; the plan deducts nothing for it.
    const late = Object.fromEntries(
      Object.entries(TYPED).map(([code, t]) => {
        const days = (Date.parse(t.received) - Date.parse("2015-07-20")) / 86_400_000;
        return [code, days > 0 ? days : null];
      }),
    );
    for (const code of Object.keys(TYPED)) expect([code, unitOf(code).days_late]).toEqual([code, late[code]]);
    expect(late.N01).toBe(5);
  });

  it("judges each unit against the mid-year review's targets, not the year's", () => {
    for (const code of Object.keys(TYPED)) {
      const goal = targetsOf(code);
      const mine = expected(code);
      const got = Object.fromEntries(unitOf(code).attainment.map((a) => [a.key, a]));
      expect([code, got.B02_members_admitted]).toMatchObject([
        code,
        { result: mine.admitted, target: goal.admitted },
      ]);
      expect(got.B03_collection_rate!.target).toBeCloseTo(goal.collected, 12);
      expect(got.B03_collection_rate!.result).toBeCloseTo(mine.collected, 12);
      // "LĐLĐ các huyện, thành phố … Tết trồng cây": asked of the districts only.
      expect([code, got.B05_tet_trong_cay!.applicable]).toEqual([code, goal.tet !== null]);
      expect(got.B05_ty_le_truc_tiep!.result).toBeCloseTo(mine.share, 12);
      expect(got.B05_hoi_thi_atvsld).toMatchObject({ result: TYPED[code]!.safety, target: 1 });
    }
  });

  it("gives the second round's templates the year's targets, the first round's its own", async () => {
    const targetOf = async (period: string) => {
      const made = await unitTemplates(campaign, period, path.join(dir, `bieu-mau-${period}`));
      return Object.fromEntries(
        [...made].map(([code, bytes]) => [
          code,
          extract(readWorkbookGrid(bytes, `${code}.xlsx`)).report!.targets.B02_members_admitted,
        ]),
      );
    };
    // "*" row of the year 100, H01's own 160; "*" row of 2015-D1 50, H01's own 80.
    expect(await targetOf("2015-D2")).toEqual({ H01: 160, H02: 100, N01: 100, C01: 100 });
    expect(await targetOf(D1)).toEqual({ H01: 80, H02: 50, N01: 50, C01: 50 });
  });

  it("scores, grades and ranks every unit as computed by hand", () => {
    const scores = Object.fromEntries(Object.keys(TYPED).map((code) => [code, expected(code).score]));
    // H01: 100 of 100 points and 30 × (96 ÷ 80 − 1) = 6 bonus points, the cap: 106.
    expect(scores.H01).toBe(106);
    // N01: no Tết trồng cây (90 points possible); 70 earned and 30 × (55 ÷ 50 − 1) = 3 bonus.
    expect(scores.N01).toBe(roundScore((70 / 90) * 100 + 3));
    const rank = (code: string, among: string[]) =>
      1 + among.filter((c) => scores[c]! > scores[code]!).length;
    const all = Object.keys(TYPED);
    for (const code of all) {
      const mine = expected(code);
      const u = unitOf(code);
      expect([code, u.score, u.grade]).toEqual([code, mine.score, gradeByHand(mine.score)]);
      expect(u.points.possible).toBe(mine.possible);
      expect(u.points.earned).toBeCloseTo(mine.earned, 9);
      expect(u.points.bonus).toBeCloseTo(mine.bonus, 9);
      const bloc = all.filter((c) => BLOCS[c] === BLOCS[code]);
      expect([code, u.rank, u.bloc_rank]).toEqual([code, rank(code, all), rank(code, bloc)]);
    }
  });

  it("proposes the units' awards by rank, one award a unit", () => {
    const scores = Object.fromEntries(Object.keys(TYPED).map((code) => [code, expected(code).score]));
    const byScore = (codes: string[]) => [...codes].sort((a, b) => scores[b]! - scores[a]!);
    const atLeast = (code: string, grade: string) => gradeAtLeast(scores[code]!, grade);
    // Bằng khen: one province-wide, Tốt or above; Giấy khen: one a bloc, Khá or above, not twice.
    const bang = byScore(Object.keys(TYPED))
      .filter((c) => atLeast(c, "Tốt"))
      .slice(0, 1);
    const giay = [...new Set(Object.values(BLOCS))].flatMap((bloc) =>
      byScore(Object.keys(TYPED).filter((c) => BLOCS[c] === bloc && !bang.includes(c)))
        .filter((c) => atLeast(c, "Khá"))
        .slice(0, 1),
    );
    expect(json.awards.proposals.map((p) => [p.award, p.code, p.tied])).toEqual([
      ...bang.map((c) => ["Bằng khen của Ban Chấp hành LĐLĐ tỉnh", c, false]),
      ...giay.map((c) => ["Giấy khen của LĐLĐ tỉnh", c, false]),
    ]);
    expect(bang).toEqual(["H01"]);
    expect(giay).toEqual(["H02", "C01"]);
  });

  it("gathers the people and works proposed, with the plan's quota per unit and its share of direct workers", () => {
    const all = Object.entries(lines).flatMap(([code, ls]) =>
      ls.map((l) => ({ code, award: l.award, direct_worker: l.direct_worker })),
    );
    const of = (award: string) => all.filter((l) => l.award === award);
    const direct = (ls: typeof all) => ls.filter((l) => l.direct_worker === "Có").length;
    const ntvt = of(NTVT);
    const skkt = of(SKKT);
    expect(json.nominations.awards.map((a) => [a.award, a.count, a.direct, a.over, a.below])).toEqual([
      // Two a unit: H01 proposes 3, over; 4 of 6 are direct workers, above the half the plan asks.
      [NTVT, ntvt.length, direct(ntvt), true, direct(ntvt) / ntvt.length < 0.5],
      [SKKT, skkt.length, direct(skkt), skkt.length > 3, false],
    ]);
    expect(json.nominations.awards[0]!.share).toBeCloseTo(direct(ntvt) / ntvt.length, 12);
    expect(json.nominations.units.map((u) => [u.code, u.total, u.direct])).toEqual(
      ["C01", "H01", "H02"].map((code) => {
        const mine = all.filter((l) => l.code === code);
        return [code, mine.length, direct(mine)];
      }),
    );
    expect(json.nominations.review).toEqual([
      expect.stringMatching(
        /^Đơn vị LĐLĐ thành phố Lạng Sơn \(H01\) đề nghị 3 .*vượt số lượng 2 cho mỗi đơn vị \(ô C8, C9, C10/,
      ),
    ]);
  });

  it("shows the same scores, awards and counts in the summary LibreOffice opens", () => {
    const sheets = summarySheets(summaryFile, true);
    const scoring = sheets.get("Chấm điểm")!;
    const header = scoring.findIndex((row) => row[1] === "Mã đơn vị / Unit code");
    const col = (title: string) => scoring[header]!.indexOf(title);
    for (const code of Object.keys(TYPED)) {
      const row = scoring.find((r) => r[1] === code)!;
      const mine = expected(code);
      // Computed by LibreOffice from the sheet's formulas: the score, the grade and both ranks.
      expect([code, row[col("Điểm / Score")], row[col("Xếp loại / Grade")]]).toEqual([
        code,
        mine.score.toFixed(2),
        gradeByHand(mine.score),
      ]);
    }
    const list = sheets.get("Danh sách đề nghị khen thưởng")!;
    const line = (award: string) => list.find((r) => r[1] === award)!;
    expect(line(NTVT).slice(3, 11)).toEqual([
      "Cá nhân",
      "Mỗi đơn vị",
      "2",
      "6",
      "4",
      "66.7%",
      "50.0%",
      "Vượt số lượng",
    ]);
    const awards = sheets.get("Đề nghị khen thưởng")!;
    const proposed = awards.filter((r) => /^\d+$/.test(r[0] ?? "") && r[4]).map((r) => [r[1], r[4]]);
    expect(proposed).toEqual([
      ["H01", "Bằng khen của Ban Chấp hành LĐLĐ tỉnh"],
      ["H02", "Giấy khen của LĐLĐ tỉnh"],
      ["C01", "Giấy khen của LĐLĐ tỉnh"],
    ]);
  });

  it("scores the year over both rounds against the year's targets, not the mid-year review's", () => {
    const year = (code: string) => {
      const [a, b] = [TYPED[code]!, TYPED_D2[code]!];
      const admitted = [...a.admitted, ...b.admitted].reduce((x, y) => x + y, 0);
      // The budget is the year's, the same in both rounds: counted once; collections add.
      const collected =
        (a.funding.collected + a.dues.collected + b.funding.collected + b.dues.collected) /
        (b.funding.budget + b.dues.budget);
      const share = (a.direct + b.direct) / (a.individuals + b.individuals);
      const goal = {
        admitted: code === "H01" ? 160 : 100,
        collected: 1,
        tet: code.startsWith("H") ? 1 : null,
      };
      const lines = [
        { points: 30, earned: proportional(30, admitted, goal.admitted) },
        { points: 30, earned: proportional(30, collected, goal.collected) },
        // The latest answer stands for the year.
        ...(goal.tet === null ? [] : [{ points: 10, earned: passFail(10, b.tet, goal.tet) }]),
        { points: 10, earned: passFail(10, a.safety + b.safety, 1) },
        { points: 20, earned: proportional(20, share, 0.5) },
      ];
      const earned = lines.reduce((x, l) => x + l.earned, 0);
      const possible = lines.reduce((x, l) => x + l.points, 0);
      const score = roundScore((earned / possible) * 100 + bonus(30, 6, admitted, goal.admitted));
      const late = Math.max(...[a, b].map((t, i) => days(i === 0 ? "2015-07-20" : "2016-01-15", t.received)));
      return { admitted, goal, score, late };
    };
    const codes = Object.keys(TYPED);
    const scores = Object.fromEntries(codes.map((c) => [c, year(c).score]));
    // H01: 161 admitted against its year's 160 (its mid-year 80 left behind): 30 × (161 ÷ 160 − 1) bonus.
    expect(year("H01").admitted).toBe(161);
    for (const code of codes) {
      const u = yearJson.units.find((x) => x.code === code)!;
      const mine = year(code);
      const rank = (among: string[]) => 1 + among.filter((c) => scores[c]! > mine.score).length;
      const admitted = u.attainment.find((a) => a.key === "B02_members_admitted")!;
      expect([code, admitted.result, admitted.target]).toEqual([code, mine.admitted, mine.goal.admitted]);
      expect([code, u.score, u.grade, u.rank, u.bloc_rank, u.days_late]).toEqual([
        code,
        mine.score,
        gradeByHand(mine.score),
        rank(codes),
        rank(codes.filter((c) => BLOCS[c] === BLOCS[code])),
        mine.late > 0 ? mine.late : null,
      ]);
    }
    // The people proposed in the first round are the year's too.
    expect(yearJson.nominations.units).toEqual(json.nominations.units);
  });
});
