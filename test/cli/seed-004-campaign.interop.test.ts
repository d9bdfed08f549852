import { readFileSync, writeFileSync } from "node:fs";
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
  gradeAtLeast,
  gradeByHand,
  initCampaign,
  nominationLines,
  passFail,
  person,
  proportional,
  receivedOn,
  rolledUp,
  summarySheets,
  unitTemplates,
  zeroInputs,
} from "../support/seed-campaigns";
import { writeTableRows } from "../support/campaign-tables";
import { runCli, tempDir } from "./run-cli";

// Seed 004: Thanh Hóa's guidance 06/HD-LĐLĐ of 25/02/2021 for the campaign "Công nhân, viên chức, lao
// động chung sức, hiện thực hóa khát vọng xây dựng quê hương Thanh Hóa văn minh, thịnh vượng", giai đoạn
// 2021-2030, written as the province's officer writes it: `campaign init`, then each table retyped with
// openpyxl. Three roll-ups by the CLI: the launch (due by level of union), the year 2025 (a district
// dissolved on 30/6 and the wards that took it over, the individual titles proposed) and the five-year
// review 2021–2025 (five years' budgets, its own targets). Every figure is checked against arithmetic here.

const PD = "2021-PD";
const FIVE = "2021-2025";
const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

const LAUNCH = "Tổ chức Lễ phát động hưởng ứng, ký kết giao ước thi đua";
const PLAN = "Xây dựng Kế hoạch hành động, cụ thể hóa chỉ tiêu hằng năm";
const MODELS = "Điển hình tiên tiến được phát hiện, biểu dương, nhân rộng";
const CNG = 'Danh hiệu "Công nhân giỏi xứ Thanh"';
const CVVC = 'Danh hiệu "Công chức, viên chức, người lao động tiêu biểu xứ Thanh"';
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const MERIT = "Bằng khen của LĐLĐ tỉnh";

// "2.4 … Tại Lễ phát động phong trào thi đua tổ chức ký kết giao ước thi đua" and "2.1 … xây dựng Kế
// hoạch hành động triển khai thực hiện, cụ thể hóa các chỉ tiêu hằng năm" (the upper-level unions' task):
// yes/no rows; "5. Công tác xây dựng, biểu dương và nhân rộng điển hình tiên tiến": Biểu 04's count, linked.
const INDICATORS = [
  ["phat_dong", LAUNCH, "Launch held, emulation pledges signed", "Có/Không", null, null, null, "Có", null],
  ["ke_hoach", PLAN, "Action plan made", "Có/Không", null, null, null, "Có", null],
  [
    "dien_hinh",
    MODELS,
    "Advanced examples",
    "Số của biểu",
    null,
    null,
    "mô hình",
    null,
    "B04_exemplary_models_value",
  ],
];

// "Nơi nhận: … CĐ cấp trên trực tiếp cơ sở; CĐCS, đơn vị trực thuộc LĐLĐ tỉnh"; "2.2. Công đoàn Viên chức
// tỉnh"; "2.3. Công đoàn Khu kinh tế Nghi Sơn & Các khu công nghiệp". The district federation was dissolved
// on 30/6/2025 (the 2025 reform) and two unions of the new commune level took it over.
const UNITS = [
  [
    "H01",
    "LĐLĐ huyện Đông Sơn",
    "LĐLĐ huyện",
    "LDLD_TH",
    "Cụm huyện, thị xã, thành phố",
    null,
    "30/06/2025",
    "P01, P02",
  ],
  [
    "N01",
    "Công đoàn Viên chức tỉnh",
    "Công đoàn ngành và tương đương",
    "LDLD_TH",
    "Cụm ngành, khu kinh tế",
    null,
    null,
    null,
  ],
  [
    "K01",
    "Công đoàn Khu kinh tế Nghi Sơn & Các khu công nghiệp",
    "Công đoàn khu công nghiệp",
    "LDLD_TH",
    "Cụm ngành, khu kinh tế",
    null,
    null,
    null,
  ],
  [
    "C01",
    "CĐCS Công ty TNHH Giày Alena",
    "CĐCS trực thuộc",
    "LDLD_TH",
    "Cụm ngành, khu kinh tế",
    null,
    null,
    null,
  ],
  [
    "P01",
    "Công đoàn phường Đông Sơn",
    "Công đoàn xã, phường, đặc khu",
    "LDLD_TH",
    "Cụm huyện, thị xã, thành phố",
    "01/07/2025",
    null,
    null,
  ],
  [
    "P02",
    "Công đoàn xã Đông Tiến",
    "Công đoàn xã, phường, đặc khu",
    "LDLD_TH",
    "Cụm huyện, thị xã, thành phố",
    "01/07/2025",
    null,
    null,
  ],
] as const;
const BLOC = Object.fromEntries(UNITS.map((u) => [u[0], u[4]]));

/** One year's report of a unit: what its clerk types. Money in đồng. */
interface Year {
  admitted: number;
  budget: number;
  collected: number;
  models: number;
  launch: 0 | 1;
  plan: 0 | 1;
  /** The day the province received it (the file's time). */
  received: string;
}

const M = 1_000_000;
const year = (
  admitted: number,
  budget: number,
  collected: number,
  models: number,
  received: string,
  plan: 0 | 1 = 1,
): Year => ({
  admitted,
  budget: budget * M,
  collected: collected * M,
  models,
  launch: 1,
  plan,
  received,
});
/** Each year's report is due on 15/01 of the next; sent on the 10th unless told. */
const onTime = (y: number) => `${y + 1}-01-10`;

const REPORTS: Record<string, Partial<Record<(typeof YEARS)[number], Year>>> = {
  H01: {
    2021: year(120, 1000, 1000, 2, onTime(2021)),
    2022: year(110, 1050, 1100, 2, onTime(2022)),
    2023: year(100, 1100, 1000, 3, "2024-01-18"),
    2024: year(90, 1150, 1200, 3, onTime(2024)),
    2025: year(40, 1200, 700, 1, "2025-07-05"),
  },
  N01: {
    2021: year(60, 800, 800, 1, onTime(2021)),
    2022: year(70, 800, 820, 1, onTime(2022)),
    2023: year(50, 800, 780, 1, onTime(2023)),
    2024: year(60, 800, 810, 2, onTime(2024)),
    // Five days after 15/01/2026.
    2025: year(80, 800, 830, 2, "2026-01-20"),
  },
  K01: {
    2021: year(200, 2000, 2100, 3, onTime(2021)),
    2022: year(220, 2100, 2000, 2, onTime(2022)),
    2023: year(150, 2200, 2300, 2, onTime(2023)),
    2024: year(180, 2300, 2400, 3, onTime(2024)),
    2025: year(160, 2400, 2500, 3, onTime(2025)),
  },
  C01: {
    2021: year(20, 300, 300, 0, onTime(2021), 0),
    2022: year(15, 300, 290, 1, onTime(2022), 0),
    2023: year(10, 300, 310, 0, onTime(2023), 0),
    2024: year(12, 300, 300, 1, onTime(2024), 0),
    2025: year(18, 300, 305, 0, onTime(2025), 0),
  },
  P01: { 2025: year(30, 600, 350, 1, onTime(2025)) },
  P02: { 2025: year(10, 400, 150, 0, onTime(2025), 0) },
};

/** The launch: each unit answers whether it held the launch and made its action plan, and when it sent. */
const LAUNCHES: Record<string, { launch: 0 | 1; plan: 0 | 1; received: string }> = {
  H01: { launch: 1, plan: 1, received: "2021-03-25" },
  N01: { launch: 1, plan: 0, received: "2021-03-31" },
  // Six days after 31/3, the upper-level unions' deadline.
  K01: { launch: 1, plan: 1, received: "2021-04-06" },
  // Later than K01 but within April, the grassroots unions' deadline.
  C01: { launch: 1, plan: 0, received: "2021-04-20" },
};

/** The people proposed in 2025 ("hằng năm lựa chọn … xét tặng danh hiệu"), by unit. */
const proposed = (name: string, position: string, award: string, direct: boolean) =>
  person(name, position, award, direct, "Hoàn thành xuất sắc nhiệm vụ năm 2025");
const NOMINATIONS: Record<string, Record<string, TypedValue>[]> = {
  K01: [
    proposed("Lê Văn Hùng", "Công nhân vận hành, Nhà máy lọc dầu", CNG, true),
    proposed("Trịnh Thị Lan", "Công nhân may", CNG, true),
    proposed("Nguyễn Văn Minh", "Cán bộ Ban quản lý", CVVC, false),
  ],
  C01: [
    proposed("Phạm Thị Nga", "Công nhân gò", CNG, true),
    proposed("Đỗ Văn Oanh", "Tổ trưởng kỹ thuật", CNG, false),
    proposed("Hoàng Văn Phúc", "Nhân viên hành chính", CVVC, false),
  ],
  N01: [proposed("Mai Thị Quyên", "Giáo viên", CVVC, false), proposed("Lê Thị Sen", "Bác sĩ", CVVC, false)],
  P01: [proposed("Vũ Văn Tài", "Công nhân xây dựng", CNG, true)],
};

function figures(y: Year, indicators: readonly Indicator[]): Record<string, TypedValue> {
  const values: Record<string, TypedValue> = zeroInputs(indicators);
  // Admissions in the private sector's row of Biểu 02; members at start and workers leave room for them.
  values.TD_B02_private_workers = 5000;
  values.TD_B02_private_members_start = 1000;
  values.TD_B02_private_members_admitted = y.admitted;
  values.TD_B03_union_funding_budget = y.budget;
  values.TD_B03_union_funding_collected = y.collected;
  values.TD_B04_exemplary_models_value = y.models;
  values.TD_B05_phat_dong_value = y.launch;
  values.TD_B05_ke_hoach_value = y.plan;
  return values;
}

interface Attained {
  key: string;
  result: number | null;
  target: number | null;
  applicable: boolean;
}
interface UnitJson {
  code: string;
  status: string;
  score: number | null;
  grade: string | null;
  rank: number | null;
  bloc_rank: number | null;
  due: string | null;
  days_late: number | null;
  points: { earned: number; possible: number; bonus: number };
  penalties?: { method: string; count: number; points: number }[];
  attainment: Attained[];
}
interface Json {
  period: { id: string; label: string; start: string; end: string; due: string | null };
  units: UnitJson[];
  plans: { years: number[]; prorated: string[] };
  attainment: unknown[];
  awards?: {
    proposals: { award: string; code: string; tied: boolean; rule: string }[];
    not_eligible: { code: string; reason: string }[];
  };
  nominations?: {
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
}

/** "Điểm trừ / ngày trễ": 0,5 a day, at most 5. */
const latePenalty = (late: number) => Math.min(5, 0.5 * Math.max(0, late));

/**
 * The part of a year's budget a unit carries: the days it existed in the year ÷ the days its budget covers,
 * from the later of 1 January and its founding to 31 December (the wards founded on 01/7 type the budget
 * assigned for their half year, as their templates ask).
 */
function prorated(code: string, y: number, budget: number) {
  const unit = UNITS.find((u) => u[0] === code)!;
  const toIso = (d: string | null, fallback: string) => (d ? d.split("/").reverse().join("-") : fallback);
  const from = toIso(unit[5], `${y}-01-01`);
  const to = toIso(unit[6], `${y}-12-31`);
  const start = from > `${y}-01-01` ? from : `${y}-01-01`;
  const end = to < `${y}-12-31` ? to : `${y}-12-31`;
  const inYear = days(start, end) + 1;
  const covers = days(start, `${y}-12-31`) + 1;
  return Math.round((budget * inYear) / covers);
}

describe("seed 004: Thanh Hóa 2021–2025, deadlines by level, a dissolved district, individual titles, the five-year review", () => {
  const dir = tempDir("seed-004");
  const campaign = path.join(dir, "ke-hoach-thi-dua-2021-2030.xlsx");
  const launchFolder = path.join(dir, "nhan-phat-dong");
  const yearsFolder = path.join(dir, "nhan-so-ket-nam");
  const runs: Record<string, Json> = {};
  const summaries: Record<string, string> = {};
  /** The due date each unit's launch template tells it. */
  const launchDue: Record<string, string> = {};

  beforeAll(async () => {
    await initCampaign(campaign, 2021);

    // "3. Thời gian tổ chức phát động hưởng ứng phong trào thi đua" (the launch, from the guidance of
    // 25/02/2021); "5.4. Tổ chức hội nghị sơ kết năm, 05 năm và tổng kết 10 năm": a period a year, due on
    // 15/01 after it, and one over the five years.
    writeTableRows(campaign, "TD_Periods", [
      [PD, "Phát động hưởng ứng phong trào thi đua năm 2021", "25/02/2021", "30/04/2021", "30/04/2021"],
      ...YEARS.map((y) => [String(y), `Sơ kết năm ${y}`, `01/01/${y}`, `31/12/${y}`, `15/01/${y + 1}`]),
      [FIVE, "Sơ kết 05 năm 2021 – 2025", "01/01/2021", "31/12/2025", "15/01/2026"],
    ]);
    // "3.1. Công đoàn cấp trên trực tiếp cơ sở hoàn thành trong tháng 03 năm 2021. 3.2. Công đoàn cơ sở
    // hoàn thành trong tháng 04 năm 2021": by kind of unit, for the launch.
    writeTableRows(campaign, "TD_Deadlines", [
      [PD, "LĐLĐ huyện", null, "31/03/2021"],
      [PD, "Công đoàn ngành và tương đương", null, "31/03/2021"],
      [PD, "Công đoàn khu công nghiệp", null, "31/03/2021"],
      [PD, "CĐCS trực thuộc", null, "30/04/2021"],
    ]);
    writeTableRows(
      campaign,
      "TD_Units",
      UNITS.map((u) => [...u]),
    );
    writeTableRows(campaign, "TD_Parent", [["LDLD_TH", "LĐLĐ tỉnh Thanh Hóa"]]);
    writeTableRows(campaign, "TD_Indicators", INDICATORS);
    // "căn cứ Quyết định giao chỉ tiêu thực hiện nhiệm vụ hàng năm của Ban Thường vụ LĐLĐ tỉnh": the
    // year's targets (no Mã kỳ); the action plan is the upper-level unions' ("2. Đối với Công đoàn cấp trên
    // trực tiếp cơ sở"), not a grassroots union's. The five-year review's own targets (Mã kỳ 2021-2025);
    // the launch judges the launch only ("-" on its `*` row for the rest).
    writeTableRows(
      campaign,
      "TD_Targets",
      [
        ["*", null, 100, 1, 1, 1, 2],
        ["C01", null, 20, null, null, "-", 1],
        ["N01", null, 60, null, null, null, null],
        ["*", FIVE, 500, null, null, null, 10],
        ["N01", FIVE, 300, null, null, null, null],
        ["C01", FIVE, 80, null, null, null, 2],
        ["P01", FIVE, 40, null, null, null, 1],
        ["P02", FIVE, 40, null, null, null, 1],
        ["*", PD, "-", "-", null, null, "-"],
      ],
      ["Mã đơn vị", "Mã kỳ", ADMITTED, COLLECTED, LAUNCH, PLAN, MODELS],
    );
    // The guidance scores nothing itself: the province's table, with points off for a late report.
    writeTableRows(campaign, "TD_Scoring", [
      [ADMITTED, 30, "Có điểm thưởng", 5],
      [COLLECTED, 30, "Theo tỷ lệ hoàn thành", null],
      [LAUNCH, 10, "Đạt / Chưa đạt", null],
      [PLAN, 10, "Đạt / Chưa đạt", null],
      [MODELS, 20, "Theo tỷ lệ hoàn thành", null],
      [null, 0.5, "Điểm trừ / ngày trễ", 5],
    ]);
    // "5.4. … hằng năm lựa chọn, lập hồ sơ đề nghị Ban Thường vụ LĐLĐ tỉnh xét tặng danh hiệu 'Công nhân
    // giỏi xứ Thanh', 'Công chức, viên chức, người lao động tiêu biểu xứ Thanh' đối với các cá nhân điển
    // hình tiên tiến có thành tích xuất sắc trong lao động sản xuất": individuals, with a quota; the flag
    // only to a unit that ran the whole period.
    writeTableRows(campaign, "TD_Awards", [
      [FLAG, "Toàn tỉnh", 1, "Xuất sắc", null, "Có", "Đơn vị", null],
      [MERIT, "Mỗi cụm", 1, "Tốt", null, null, "Đơn vị", null],
      [CNG, "Toàn tỉnh", 3, null, null, null, "Cá nhân", "100%"],
      [CVVC, "Mỗi đơn vị", 1, null, null, null, "Cá nhân", null],
    ]);
    await checkCampaign(campaign);

    // The launch: the four units existing in 2021.
    // The upper-level unions are due in March, before the launch ends in April, as the plan means it:
    // making the templates warns of nothing.
    const launch = await unitTemplates(campaign, PD, path.join(dir, "bieu-mau-phat-dong"));
    expect([...launch.keys()].sort()).toEqual(["C01", "H01", "K01", "N01"]);
    const indicators = extract(readWorkbookGrid(launch.get("H01")!, "H01.xlsx")).report!.indicators!;
    for (const [code, bytes] of launch)
      launchDue[code] = extract(readWorkbookGrid(bytes, `${code}.xlsx`)).report!.period.due!;
    const jobs: {
      template: Uint8Array;
      out: string;
      values: Record<string, TypedValue>;
      received: string;
    }[] = [];
    for (const [code, l] of Object.entries(LAUNCHES))
      jobs.push({
        template: launch.get(code)!,
        out: path.join(launchFolder, `${code}-${PD}.xlsx`),
        values: {
          ...zeroInputs(indicators),
          TD_B05_phat_dong_value: l.launch,
          TD_B05_ke_hoach_value: l.plan,
        },
        received: l.received,
      });
    // Each year: the units of the list that year, each its report.
    for (const y of YEARS) {
      const made = await unitTemplates(campaign, String(y), path.join(dir, `bieu-mau-${y}`));
      const expected = Object.keys(REPORTS).filter((code) => REPORTS[code]![y]);
      expect([y, [...made.keys()].sort()]).toEqual([y, expected.sort()]);
      for (const code of expected) {
        const values = figures(REPORTS[code]![y]!, indicators);
        if (y === 2025) Object.assign(values, nominationLines(NOMINATIONS[code] ?? []));
        jobs.push({
          template: made.get(code)!,
          out: path.join(yearsFolder, `${code}-${y}.xlsx`),
          values,
          received: REPORTS[code]![y]!.received,
        });
      }
    }
    fillAll(path.join(dir, "fill"), jobs);
    // The shoe company's clerk opens the 2025 form in LibreOffice Calc, types the people it proposes and
    // saves it as Calc saves an .xlsx.
    const alena = path.join(yearsFolder, "C01-2025.xlsx");
    writeFileSync(alena, resaveWith(new Uint8Array(readFileSync(alena)), "xlsx", "xlsx"));
    for (const job of jobs) receivedOn(job.out, job.received);

    // The year's review takes the year's files; the five-year review the whole folder of the five years.
    const of2025 = Object.keys(REPORTS).map((code) => path.join(yearsFolder, `${code}-2025.xlsx`));
    for (const [period, files] of [
      [PD, [launchFolder]],
      ["2025", of2025],
      [FIVE, [yearsFolder]],
    ] as const) {
      summaries[period] = path.join(dir, `tong-hop-${period}.xlsx`);
      runs[period] = await rolledUp<Json>(
        [...files, "--campaign", campaign, "--period", period],
        summaries[period],
      );
    }
  }, 600_000);

  /** The targets each period gives a unit, as the campaign's rows say (its own, else the `*` row; the period's over the year's). */
  function targetsOf(code: string, period: string) {
    const own = (mine: Record<string, number>, star: number) => mine[code] ?? star;
    const plan = code === "C01" ? null : 1;
    if (period === PD) return { admitted: null, collected: null, launch: 1, plan, models: null };
    if (period === FIVE)
      return {
        admitted: own({ N01: 300, C01: 80, P01: 40, P02: 40 }, 500),
        collected: 1,
        launch: 1,
        plan,
        models: own({ C01: 2, P01: 1, P02: 1 }, 10),
      };
    return {
      admitted: own({ C01: 20, N01: 60 }, 100),
      collected: 1,
      launch: 1,
      plan,
      models: own({ C01: 1 }, 2),
    };
  }

  /** A unit's results over the period's reports: flows added, budgets each year's (prorated), yes/no the latest. */
  function resultsOf(code: string, period: string) {
    if (period === PD) {
      const l = LAUNCHES[code]!;
      const due = code === "C01" ? "2021-04-30" : "2021-03-31";
      const late = Math.max(0, days(due, l.received));
      return { admitted: null, collected: null, models: null, launch: l.launch, plan: l.plan, due, late };
    }
    const years = YEARS.filter((y) => REPORTS[code]![y] && (period === FIVE || String(y) === period));
    const rows = years.map((y) => ({ y, ...REPORTS[code]![y]! }));
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    const last = rows.at(-1)!;
    return {
      admitted: sum((r) => r.admitted),
      collected: sum((r) => r.collected) / sum((r) => prorated(code, r.y, r.budget)),
      models: sum((r) => r.models),
      launch: last.launch,
      plan: last.plan,
      due: `${last.y + 1}-01-15`,
      // The most days late of any of the period's rounds.
      late: Math.max(...rows.map((r) => Math.max(0, days(`${r.y + 1}-01-15`, r.received)))),
    };
  }

  /** Score by hand: earned ÷ possible × 100 + bonus − 0,5 a day late (at most 5), not below 0. */
  function expected(code: string, period: string) {
    const goal = targetsOf(code, period);
    const got = resultsOf(code, period);
    const lines: { points: number; earned: number }[] = [];
    let extra = 0;
    if (goal.admitted !== null && got.admitted !== null) {
      lines.push({ points: 30, earned: proportional(30, got.admitted, goal.admitted) });
      extra = bonus(30, 5, got.admitted, goal.admitted);
    }
    if (goal.collected !== null && got.collected !== null)
      lines.push({ points: 30, earned: proportional(30, got.collected, goal.collected) });
    lines.push({ points: 10, earned: passFail(10, got.launch, goal.launch) });
    if (goal.plan !== null) lines.push({ points: 10, earned: passFail(10, got.plan, goal.plan) });
    if (goal.models !== null && got.models !== null)
      lines.push({ points: 20, earned: proportional(20, got.models, goal.models) });
    const earned = lines.reduce((a, l) => a + l.earned, 0);
    const possible = lines.reduce((a, l) => a + l.points, 0);
    const penalty = latePenalty(got.late);
    const score = roundScore(Math.max(0, (earned / possible) * 100 + extra - penalty));
    return { ...got, earned, possible, bonus: extra, penalty, score };
  }

  const codesOf = (period: string) =>
    period === PD ? Object.keys(LAUNCHES) : period === FIVE || period === "2025" ? Object.keys(REPORTS) : [];
  const unitOf = (period: string, code: string) => runs[period]!.units.find((u) => u.code === code)!;

  it.each([PD, "2025", FIVE])("scores, grades and ranks every unit of %s as computed by hand", (period) => {
    const codes = codesOf(period);
    expect(runs[period]!.units.map((u) => u.code).sort()).toEqual([...codes].sort());
    const scores = Object.fromEntries(codes.map((c) => [c, expected(c, period).score]));
    const rank = (code: string, among: string[]) =>
      1 + among.filter((c) => scores[c]! > scores[code]!).length;
    for (const code of codes) {
      const mine = expected(code, period);
      const u = unitOf(period, code);
      expect([code, u.status, u.score, u.grade]).toEqual([code, "ok", mine.score, gradeByHand(mine.score)]);
      expect([code, u.points.possible]).toEqual([code, mine.possible]);
      expect(u.points.earned).toBeCloseTo(mine.earned, 9);
      expect(u.points.bonus).toBeCloseTo(mine.bonus, 9);
      expect([code, u.due, u.days_late ?? 0, u.penalties]).toEqual([
        code,
        mine.due,
        mine.late,
        [{ method: "late_day", count: mine.late, points: mine.penalty }],
      ]);
      const bloc = codes.filter((c) => BLOC[c] === BLOC[code]);
      expect([code, u.rank, u.bloc_rank]).toEqual([code, rank(code, codes), rank(code, bloc)]);
    }
  });

  it("sets the launch's due date by level: March for the upper-level unions, April for the grassroots", async () => {
    const run = runs[PD]!;
    expect(Object.fromEntries(run.units.map((u) => [u.code, [u.due, u.days_late]]))).toEqual({
      H01: ["2021-03-31", null],
      N01: ["2021-03-31", null],
      // Six days after its March deadline: 6 × 0,5 = 3 points off.
      K01: ["2021-03-31", 6],
      // Sent after K01, but a grassroots union's deadline is in April.
      C01: ["2021-04-30", null],
    });
    expect(expected("K01", PD).score).toBe(100 - 6 * 0.5);
    // Each unit is told the date it is judged by: on its template, and when its clerk checks the report;
    // the officer making the templates is told every date they carry.
    const made = await runCli([
      "templates",
      "--campaign",
      campaign,
      "--period",
      PD,
      "-o",
      path.join(dir, "lai"),
    ]);
    expect(made.out.replace(/\s+/g, " ")).toContain("(hạn nộp 31/3/2021, 30/4/2021).");
    const told = Object.fromEntries(run.units.map((u) => [u.code, u.due]));
    expect(launchDue).toEqual(told);
    const checked = await runCli(["validate", launchFolder, "--campaign", campaign, "--json"]);
    const files = (JSON.parse(checked.out) as { files: { name: string; due: string; ready: boolean }[] })
      .files;
    expect(files.map((f) => [f.name.slice(0, 3), f.due, f.ready])).toEqual(
      Object.keys(told)
        .sort()
        .map((code) => [code, told[code], true]),
    );
    // The launch judges the launch only: admissions, collection and advanced examples are "-" in it.
    const judged = unitOf(PD, "H01")
      .attainment.filter((a) => a.applicable && a.target !== null)
      .map((a) => a.key);
    expect(judged).toEqual(["B05_phat_dong", "B05_ke_hoach"]);
  });

  it("shows each unit's due date by level and its days late on Tình trạng nộp, as LibreOffice opens it", () => {
    const status = summarySheets(summaries[PD]!, true).get("Tình trạng nộp")!;
    const dmy = (iso: string) => {
      const [y, m, d] = iso.split("-");
      return `${d}/${Number(m) <= 2 ? m : Number(m)}/${y}`;
    };
    for (const [code, l] of Object.entries(LAUNCHES)) {
      const { due, late } = resultsOf(code, PD);
      const row = status.find((r) => r[1] === code)!;
      expect([code, row[4], row[5], row[6]]).toEqual([
        code,
        dmy(due),
        dmy(l.received),
        late > 0 ? String(late) : "",
      ]);
    }
  });

  it("judges the five-year review against its own targets and the five years' budgets added", () => {
    for (const code of Object.keys(REPORTS)) {
      const goal = targetsOf(code, FIVE);
      const mine = resultsOf(code, FIVE);
      const got = Object.fromEntries(unitOf(FIVE, code).attainment.map((a) => [a.key, a]));
      expect([code, got.B02_members_admitted!.result, got.B02_members_admitted!.target]).toEqual([
        code,
        mine.admitted,
        goal.admitted,
      ]);
      expect([code, got.B05_dien_hinh!.result, got.B05_dien_hinh!.target]).toEqual([
        code,
        mine.models,
        goal.models,
      ]);
      expect(got.B03_collection_rate!.result).toBeCloseTo(mine.collected!, 12);
    }
    // H01: 5 000 million collected over 1 000 + 1 050 + 1 100 + 1 150 million and 181/365 of 1 200 million.
    const h01 = (5000 * M) / (4300 * M + Math.round((1200 * M * 181) / 365));
    expect(unitOf(FIVE, "H01").attainment.find((a) => a.key === "B03_collection_rate")!.result).toBeCloseTo(
      h01,
      12,
    );
    expect(runs[FIVE]!.plans).toMatchObject({ years: [...YEARS], prorated: ["H01"] });
    // The year 2025 alone: the wards founded on 01/7 carry their budget for 01/7–31/12 whole.
    const p01 = 350 / 600;
    expect(unitOf("2025", "P01").attainment.find((a) => a.key === "B03_collection_rate")!.result).toBeCloseTo(
      p01,
      6,
    );
    expect(runs["2025"]!.plans).toMatchObject({ years: [2025], prorated: ["H01"] });
  });

  it.each(["2025", FIVE])(
    "totals the province's row of %s by hand: flows over every unit, answers at the period's end",
    (period) => {
      const codes = codesOf(period);
      // H01 was dissolved on 30/6/2025: its answers are of that day, not of 31/12/2025.
      const atEnd = codes.filter((c) => c !== "H01");
      const total = Object.fromEntries(
        (runs[period]!.attainment as Attained[]).map((a) => [a.key, [a.result, a.target]]),
      );
      const sum = (among: string[], f: (code: string) => number | null) =>
        among.reduce((a, c) => a + (f(c) ?? 0), 0);
      const all = codes.map((c) => ({ c, goal: targetsOf(c, period), got: resultsOf(c, period) }));
      const of = (c: string) => all.find((x) => x.c === c)!;
      expect(total.B02_members_admitted).toEqual([
        sum(codes, (c) => of(c).got.admitted),
        sum(codes, (c) => of(c).goal.admitted),
      ]);
      expect(total.B05_dien_hinh).toEqual([
        sum(codes, (c) => of(c).got.models),
        sum(codes, (c) => of(c).goal.models),
      ]);
      // Every unit held its launch: as many as the units at the end, met.
      expect(total.B05_phat_dong).toEqual([atEnd.length, atEnd.length]);
      expect(total.B05_ke_hoach).toEqual([
        sum(atEnd, (c) => of(c).got.plan),
        sum(atEnd, (c) => of(c).goal.plan),
      ]);
      const rows = codes.flatMap((c) =>
        YEARS.filter((y) => REPORTS[c]![y] && (period === FIVE || String(y) === period)).map((y) => ({
          c,
          y,
          ...REPORTS[c]![y]!,
        })),
      );
      const rate =
        rows.reduce((a, r) => a + r.collected, 0) /
        rows.reduce((a, r) => a + prorated(r.c, r.y, r.budget), 0);
      expect(total.B03_collection_rate![0]).toBeCloseTo(rate, 12);
    },
  );

  /** The draws by hand: each award in turn, the units at its grade in score order, ties at the last place too. */
  function draws(period: string) {
    const codes = codesOf(period);
    const score = (c: string) => expected(c, period).score;
    const whole = (c: string) => {
      const u = UNITS.find((x) => x[0] === c)!;
      const run = runs[period]!.period;
      const iso = (d: string | null) => d && d.split("/").reverse().join("-");
      return !(iso(u[5]) && iso(u[5])! > run.start) && !(iso(u[6]) && iso(u[6])! < run.end);
    };
    const taken: [string, string, boolean][] = [];
    const draw = (award: string, among: string[], count: number, grade: string) => {
      const order = among.filter((c) => gradeAtLeast(score(c), grade) && !taken.some((t) => t[1] === c));
      order.sort((a, b) => score(b) - score(a) || a.localeCompare(b));
      const last = order[count - 1];
      order.forEach((c, i) => {
        if (i < count || (last !== undefined && score(c) === score(last))) taken.push([award, c, i >= count]);
      });
    };
    draw(FLAG, codes.filter(whole), 1, "Xuất sắc");
    for (const bloc of ["Cụm huyện, thị xã, thành phố", "Cụm ngành, khu kinh tế"])
      draw(
        MERIT,
        codes.filter((c) => BLOC[c] === bloc),
        1,
        "Tốt",
      );
    return taken;
  }

  it.each([PD, "2025", FIVE])(
    "proposes the units' awards of %s by hand: the flag to a unit existing all the period",
    (period) => {
      const proposals = runs[period]!.awards!.proposals;
      const key = (a: [string, string, boolean]) => `${a[0]}|${a[1]}`;
      expect(proposals.map((p) => [p.award, p.code, p.tied]).sort()).toEqual(
        draws(period).sort((a, b) => key(a).localeCompare(key(b))),
      );
    },
  );

  it("marks the dissolved district, its successors, and keeps it from the flag of the five years", () => {
    expect(draws(FIVE).find((d) => d[0] === FLAG)![1]).toBe("K01");
    const h01 = runs[FIVE]!.awards!.proposals.find((p) => p.code === "H01")!;
    expect([h01.award, h01.rule]).toEqual([
      MERIT,
      expect.stringContaining("đã giải thể ngày 30/6/2025; đơn vị tiếp nhận: P01, P02"),
    ]);
    // In the launch of 2021 the district ran the whole period: level with C01 at 100, both are proposed.
    expect(draws(PD).filter((d) => d[0] === FLAG)).toEqual([
      [FLAG, "C01", false],
      [FLAG, "H01", true],
    ]);
  });

  it("gathers the titles proposed for individuals, against their quotas and the share of direct workers", () => {
    const all = Object.entries(NOMINATIONS).flatMap(([code, ls]) =>
      ls.map((l) => ({ code, award: l.award, direct_worker: l.direct_worker })),
    );
    const of = (award: string) => all.filter((l) => l.award === award);
    const direct = (ls: typeof all) => ls.filter((l) => l.direct_worker === "Có").length;
    const perUnitMax = (award: string) =>
      Math.max(...Object.keys(NOMINATIONS).map((c) => of(award).filter((l) => l.code === c).length));
    for (const period of ["2025", FIVE]) {
      const n = runs[period]!.nominations!;
      expect(n.awards.map((a) => [a.award, a.count, a.direct, a.over, a.below])).toEqual([
        // Three for the province, all of them direct workers ("Công nhân giỏi").
        [CNG, of(CNG).length, direct(of(CNG)), of(CNG).length > 3, direct(of(CNG)) / of(CNG).length < 1],
        // One a unit.
        [CVVC, of(CVVC).length, direct(of(CVVC)), perUnitMax(CVVC) > 1, false],
      ]);
      expect(n.units.map((u) => [u.code, u.total, u.direct])).toEqual(
        Object.keys(NOMINATIONS)
          .sort()
          .map((c) => [c, all.filter((l) => l.code === c).length, direct(all.filter((l) => l.code === c))]),
      );
      expect(n.review).toEqual([
        `Toàn tỉnh đề nghị 5 "${CNG}", vượt số lượng 3 (đơn vị C01, K01, P01).`,
        `"${CNG}": 4 trong 5 đề nghị là công nhân, lao động trực tiếp sản xuất (80%), dưới tỷ lệ 100% kế hoạch đặt ra.`,
        // The five years' list joins five reports a unit: it names the one the cells are in.
        `Đơn vị Công đoàn Viên chức tỉnh (N01) đề nghị 2 "${CVVC}", vượt số lượng 1 cho mỗi đơn vị (ô C8, C9 của trang tính Đề nghị khen thưởng${period === FIVE ? " trong báo cáo Sơ kết năm 2025 (01/01/2025 – 31/12/2025)" : ""}).`,
      ]);
    }
  });

  it("shows the five-year review's scores, penalties and dissolved district in the summary LibreOffice opens", () => {
    const sheets = summarySheets(summaries[FIVE]!, true);
    const scoring = sheets.get("Chấm điểm")!;
    const header = scoring.findIndex((row) => row[1] === "Mã đơn vị / Unit code");
    const col = (title: string) => scoring[header]!.indexOf(title);
    for (const code of Object.keys(REPORTS)) {
      const row = scoring.find((r) => r[1] === code)!;
      const mine = expected(code, FIVE);
      // The reason is a formula LibreOffice computes here in en-US: its number has a point, as the score's.
      const why = mine.penalty > 0 ? `Nộp muộn ${mine.late} ngày: −${mine.penalty} điểm` : "";
      expect([
        code,
        row[col("Điểm / Score")],
        row[col("Xếp loại / Grade")],
        row[col("Lý do trừ điểm / Why points were taken off")],
      ]).toEqual([code, mine.score.toFixed(2), gradeByHand(mine.score), why]);
    }
    const overview = sheets.get("Tổng hợp")!.map((r) => r[0]);
    expect(overview).toContain(
      "Đơn vị giải thể trong kỳ — H01 LĐLĐ huyện Đông Sơn: đã giải thể ngày 30/6/2025; đơn vị tiếp nhận: P01, P02.",
    );
  });
});
