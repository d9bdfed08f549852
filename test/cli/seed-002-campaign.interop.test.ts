import path from "node:path";
import { writeTableRows } from "../support/campaign-tables";
import { resaveWith } from "../support/libreoffice";
import { consistentFills, zeroFills } from "../support/reports";
import {
  ADMITTED,
  bonus,
  checkCampaign,
  filled,
  gradeByHand,
  initCampaign,
  nominationCells,
  nominationLines,
  PERSON,
  proportional,
  rankByHand,
  receive,
  rolledUp,
  round2,
  summarySheets,
  unitTemplates,
  WORK,
  type Nomination,
} from "../support/seed-campaigns";
import { tempDir } from "./run-cli";

// Seed 002: Kế hoạch 667/KH-LĐLĐ of the Gia Lâm district federation (Hà Nội), 26/12/2022, for 2023, written
// into a campaign workbook as its officer would (`campaign init`, then the plan's tables typed in with
// openpyxl); its grassroots unions report both rounds (openpyxl, one through LibreOffice), the year is
// rolled up by the CLI and every figure, score, grade, rank, award and nomination count is checked against
// the arithmetic below.

const ROUND_TITLES = {
  "2023-D1": "Đợt 1 năm 2023: Đoàn kết, sáng tạo, thi đua lập thành tích chào mừng Đại hội Công đoàn các cấp",
  "2023-D2":
    "Đợt 2 năm 2023: Thi đua lao động giỏi, lao động sáng tạo, hoàn thành thắng lợi nhiệm vụ năm 2023",
};
type Round = keyof typeof ROUND_TITLES;
const ROUNDS = Object.keys(ROUND_TITLES) as Round[];

const PUBLIC = "Khối hành chính, sự nghiệp";
const BUSINESS = "Khối doanh nghiệp";
const RATE =
  "Cán bộ, công chức, viên chức, người lao động khu vực hành chính, sự nghiệp có sáng kiến được công nhận";
const NAME = {
  workers: "Tổng số CNVCLĐ (Biểu 02)",
  registered: "CNVCLĐ đăng ký phấn đấu đạt danh hiệu thi đua",
  registeredRate: "Tỷ lệ CNVCLĐ đăng ký danh hiệu thi đua",
  initiatives: "Sáng kiến thực hiện theo chỉ tiêu đăng ký chương trình 01 triệu sáng kiến",
};
const FLAG = "Cờ thi đua của LĐLĐ huyện";
const CERTIFICATE = "Giấy khen của LĐLĐ huyện";
const GOOD_WORKER = "Công nhân giỏi";
const GOOD_DEED = "Người tốt, việc tốt";
const CAPITAL_INITIATIVE = "Sáng kiến Thủ đô";

/** A unit's Biểu 02 sector row and figures of one round (other rows 0), Biểu 04's, and Biểu 05's. */
interface RoundFigures {
  workers: number;
  start: number;
  admitted: number;
  left: number;
  female: number;
  publicEmployees: number;
  withInitiative: number;
  initiatives: number;
  registered: number;
}
const UNITS = {
  S01: { name: "Công đoàn cơ quan UBND huyện Gia Lâm", bloc: PUBLIC, row: "public_sector" },
  S02: { name: "Công đoàn Trường THCS Trâu Quỳ", bloc: PUBLIC, row: "public_sector" },
  D01: { name: "Công đoàn Công ty CP Dệt may Gia Lâm", bloc: BUSINESS, row: "private" },
  D02: { name: "Công đoàn Công ty TNHH Cơ khí Phú Thị", bloc: BUSINESS, row: "fdi" },
} as const;
type Code = keyof typeof UNITS;
const CODES = Object.keys(UNITS) as Code[];

// prettier-ignore
const TYPED: Record<Code, Record<Round, RoundFigures>> = {
  S01: {
    "2023-D1": { workers: 60, start: 50, admitted: 3, left: 1, female: 30, publicEmployees: 50, withInitiative: 6, initiatives: 4, registered: 60 },
    "2023-D2": { workers: 62, start: 52, admitted: 4, left: 0, female: 31, publicEmployees: 52, withInitiative: 12, initiatives: 5, registered: 62 },
  },
  S02: {
    "2023-D1": { workers: 90, start: 70, admitted: 6, left: 2, female: 50, publicEmployees: 80, withInitiative: 10, initiatives: 6, registered: 80 },
    "2023-D2": { workers: 92, start: 74, admitted: 5, left: 1, female: 52, publicEmployees: 80, withInitiative: 14, initiatives: 3, registered: 85 },
  },
  D01: {
    "2023-D1": { workers: 900, start: 600, admitted: 40, left: 20, female: 400, publicEmployees: 0, withInitiative: 0, initiatives: 10, registered: 900 },
    "2023-D2": { workers: 950, start: 620, admitted: 35, left: 15, female: 410, publicEmployees: 0, withInitiative: 0, initiatives: 12, registered: 950 },
  },
  D02: {
    "2023-D1": { workers: 400, start: 250, admitted: 15, left: 5, female: 100, publicEmployees: 0, withInitiative: 0, initiatives: 2, registered: 400 },
    "2023-D2": { workers: 420, start: 260, admitted: 20, left: 10, female: 105, publicEmployees: 0, withInitiative: 0, initiatives: 3, registered: 420 },
  },
};

/** The year's targets the district assigns each union. */
const ADMISSIONS: Record<Code, number> = { S01: 5, S02: 10, D01: 80, D02: 30 };
const INITIATIVES: Record<Code, number> = { S01: 8, S02: 10, D01: 20, D02: 6 };

// prettier-ignore
const NOMINATIONS: Record<Code, Record<Round, Nomination[]>> = {
  S01: {
    "2023-D1": [[PERSON, "Nguyễn Thị Lan", "Chuyên viên", "Trả lại tài sản nhặt được", null, GOOD_DEED, "Không"]],
    "2023-D2": [[WORK, "Số hóa hồ sơ một cửa", "Nguyễn Thị Lan", "Rút ngắn thời gian giải quyết", 50_000_000, CAPITAL_INITIATIVE, "Không"]],
  },
  S02: {
    "2023-D1": [],
    "2023-D2": [
      [PERSON, "Trần Văn Hùng", "Giáo viên", "Hiến máu 10 lần", null, GOOD_DEED, "Không"],
      [WORK, "Đồ dùng dạy học tự làm", "Trần Văn Hùng", "Dùng ở 12 lớp", 5_000_000, CAPITAL_INITIATIVE, "Không"],
      [WORK, "Phần mềm chấm bài trắc nghiệm", "Đặng Thu Hà", "Tiết kiệm giờ chấm", 8_000_000, CAPITAL_INITIATIVE, "Không"],
    ],
  },
  D01: {
    "2023-D1": [],
    "2023-D2": [
      [PERSON, "Lê Văn Tuấn", "Công nhân may", "Năng suất 130%", null, GOOD_WORKER, "Có"],
      [PERSON, "Phạm Thị Hoa", "Công nhân là", "Không sai hỏng cả năm", null, GOOD_WORKER, "Có"],
      [WORK, "Cải tiến cữ may túi", "Lê Văn Tuấn", "Tăng năng suất chuyền", 200_000_000, CAPITAL_INITIATIVE, "Có"],
    ],
  },
  D02: {
    "2023-D1": [],
    "2023-D2": [
      [PERSON, "Đỗ Minh Quân", "Tổ trưởng tổ hàn", "Thợ giỏi cấp thành phố", null, GOOD_WORKER, "Có"],
      [PERSON, "Vũ Hồng Nhung", "Kế toán", "Hoàn thành xuất sắc", null, GOOD_WORKER, "Không"],
    ],
  },
};

async function writeCampaign(dir: string): Promise<string> {
  const file = path.join(dir, "ke-hoach-2023.xlsx");
  await initCampaign(file, 2023, true);

  // "III. THỜI GIAN PHÁT ĐỘNG … theo 2 đợt như sau: Đợt 1: Từ tháng 01/01/2023 đến 30/6/2023: Với chủ đề
  // 'Đoàn kết, sáng tạo, …' … Đợt 2: Từ 01/7/2023 đến 31/12/2023: Với chủ đề 'Thi đua lao động giỏi, …'".
  writeTableRows(file, "TD_Periods", [
    ["2023-D1", ROUND_TITLES["2023-D1"], "2023-01-01", "2023-06-30", "2023-07-10"],
    ["2023-D2", ROUND_TITLES["2023-D2"], "2023-07-01", "2023-12-31", "2024-01-10"],
    ["2023", "Cả năm 2023", "2023-01-01", "2023-12-31", "2024-01-10"],
  ]);

  // "1. Đối với khối doanh nghiệp … 2. Đối với khu vực hành chính, sự nghiệp": the grassroots unions
  // reporting to the district, in two blocs.
  writeTableRows(
    file,
    "TD_Units",
    CODES.map((c) => [c, UNITS[c].name, "CĐCS trực thuộc", "LDLD_GL", UNITS[c].bloc, null, null, null]),
  );
  // The district federation: its summary speaks of "toàn huyện".
  writeTableRows(file, "TD_Parent", [["LDLD_GL", "LĐLĐ huyện Gia Lâm", "LĐLĐ huyện"]]);

  writeTableRows(file, "TD_Indicators", [
    // "động viên 100% cán bộ, CNVCLĐ đăng ký phấn đấu đạt danh hiệu thi đua": the registered over Biểu 02's
    // workers, linked.
    ["workers", NAME.workers, null, "Số của biểu", null, null, "người", "Có", "B02_total_workers"],
    ["registered", NAME.registered, null, "Số tại thời điểm", null, null, "người", "Có", null],
    ["registered_rate", NAME.registeredRate, null, "Tỷ lệ", "registered", "workers", "%", "Có", null],
    // "Quyết tâm phấn đấu hoàn thành và hoàn thành vượt mức chỉ tiêu đăng ký sáng kiến giai đoạn 2": Biểu
    // 04's initiatives, linked, each union's registered number its target.
    [
      "initiatives",
      NAME.initiatives,
      null,
      "Số của biểu",
      null,
      null,
      "sáng kiến",
      "Có",
      "B04_initiatives_recognised_value",
    ],
  ]);

  // "tối thiểu 20% đội ngũ Công chức, viên chức, người lao động trong các cơ quan, đơn vị hành chính sự
  // nghiệp có sáng kiến được công nhận ở cấp cơ sở": 20 % on the `*` row, "-" for the enterprises' unions.
  // "Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở": each union's admissions.
  writeTableRows(
    file,
    "TD_Targets",
    [
      ["*", null, 0.2, null, 1, null],
      ...CODES.map((c) => [
        c,
        null,
        UNITS[c].bloc === BUSINESS ? "-" : null,
        ADMISSIONS[c],
        null,
        INITIATIVES[c],
      ]),
    ],
    ["Mã đơn vị", "Mã kỳ", RATE, ADMITTED, NAME.registeredRate, NAME.initiatives],
  );

  // "hoàn thành và hoàn thành vượt mức": admissions and initiatives earn a bonus above their targets.
  writeTableRows(file, "TD_Scoring", [
    [RATE, 30, "Theo tỷ lệ hoàn thành", null],
    [ADMITTED, 30, "Có điểm thưởng", 10],
    [NAME.initiatives, 20, "Có điểm thưởng", 5],
    [NAME.registeredRate, 20, "Đạt / Chưa đạt", null],
  ]);

  writeTableRows(file, "TD_Awards", [
    // The district's flag for a union that existed the whole year, then a certificate a bloc.
    [FLAG, "Toàn huyện", 1, "Xuất sắc", null, "Có", "Đơn vị", null],
    [CERTIFICATE, "Mỗi cụm", 1, "Tốt", null, null, "Đơn vị", null],
    // "tổ chức các hình thức tôn vinh 'Người tốt, việc tốt', 'Công nhân giỏi', 'Sáng kiến Thủ đô'"; "quan
    // tâm khen thưởng công nhân, người lao động trực tiếp sản xuất": Công nhân giỏi two, 80 % direct.
    [GOOD_WORKER, "Toàn huyện", 2, null, null, null, PERSON, 0.8],
    [GOOD_DEED, "Toàn huyện", null, null, null, null, PERSON, null],
    [CAPITAL_INITIATIVE, "Mỗi đơn vị", 1, null, null, null, WORK, null],
  ]);
  return file;
}

function fills(code: Code, round: Round, seed: number) {
  const t = TYPED[code][round];
  const row = UNITS[code].row;
  return {
    ...(consistentFills(["B01", "B03", "B04"], seed) as Record<string, string | number | null>),
    ...(zeroFills(["B02"]) as Record<string, number>),
    [`TD_B02_${row}_workers`]: t.workers,
    [`TD_B02_${row}_members_start`]: t.start,
    [`TD_B02_${row}_members_admitted`]: t.admitted,
    [`TD_B02_${row}_members_left`]: t.left,
    [`TD_B02_${row}_members_female`]: t.female,
    [`TD_B02_${row}_unions_start`]: 1,
    TD_B04_public_employees_value: t.publicEmployees,
    TD_B04_public_employees_with_initiative_value: t.withInitiative,
    TD_B04_initiatives_recognised_value: t.initiatives,
    TD_B05_registered_value: t.registered,
    ...nominationLines(NOMINATIONS[code][round].map(nominationCells)),
  };
}

const [D1, D2] = ROUNDS as [Round, Round];

/**
 * The year by hand: admissions and initiatives are flows (Đợt 1 + Đợt 2); the employees, those with an
 * initiative (asked year to date) and the registered are stocks (Đợt 2's); the rate is the enterprises'
 * "-", so their 70 points are scaled to 100.
 */
function expected(code: Code) {
  const [a, b] = [TYPED[code][D1], TYPED[code][D2]];
  const admitted = a.admitted + b.admitted;
  const initiatives = a.initiatives + b.initiatives;
  const registeredRate = b.registered / b.workers;
  const applies = UNITS[code].bloc === PUBLIC;
  const rate = b.withInitiative / b.publicEmployees;
  const earned =
    (applies ? proportional(30, rate, 0.2) : 0) +
    proportional(30, admitted, ADMISSIONS[code]) +
    proportional(20, initiatives, INITIATIVES[code]) +
    (registeredRate >= 1 ? 20 : 0);
  const possible = applies ? 100 : 70;
  const extra = bonus(30, 10, admitted, ADMISSIONS[code]) + bonus(20, 5, initiatives, INITIATIVES[code]);
  return {
    admitted,
    initiatives,
    registeredRate,
    rate,
    earned,
    possible,
    bonus: extra,
    score: round2((earned / possible) * 100 + extra),
  };
}

interface Attained {
  key: string;
  result: number | null;
  target: number | null | "na";
  met: boolean | null;
  applicable: boolean;
}
interface Summary {
  units: {
    code: string;
    score: number;
    grade: string;
    rank: number;
    bloc_rank: number;
    points: { earned: number; possible: number; bonus: number };
    attainment: Attained[];
  }[];
  rejected: unknown[];
  missing: unknown[];
  totals: Record<string, Record<string, Record<string, number>>>;
  targets: Record<string, number | null>;
  attainment: Attained[];
  awards: {
    proposals: { award: string; code: string; tied: boolean }[];
    counts: { award: string; bloc: string | null; number: number; proposed: number }[];
  };
  nominations: {
    list: { code: string; award: string; value: number | null }[];
    awards: { award: string; count: number; direct: number; share: number; over: boolean; below: boolean }[];
    units: { code: string; total: number; direct: number }[];
    review: string[];
  };
}

describe("seed 002 (Gia Lâm 2023): the year of two rounds as the district runs it", () => {
  const dir = tempDir("seed-002");
  let json: Summary;
  let scoring: string[][];
  let nominationSheet: string[][];
  let officerSheets: Map<string, string[][]>;

  beforeAll(async () => {
    const campaign = await writeCampaign(dir);
    await checkCampaign(campaign);
    const received = path.join(dir, "nhan");
    for (const [r, round] of ROUNDS.entries()) {
      const templates = await unitTemplates(campaign, round, path.join(dir, `bieu-mau-${round}`));
      for (const [i, [unit, blank]] of [...templates].entries()) {
        const code = unit as Code;
        const bytes = filled(blank, fills(code, round, 31 + i + 7 * r));
        // S02's teacher finishes the second round, nominations included, in LibreOffice Calc.
        const sent = code === "S02" && round === D2 ? resaveWith(bytes, "xlsx", "xlsx") : bytes;
        receive(received, `${code}-${round}.xlsx`, sent, round === D1 ? "2023-07-05" : "2024-01-05");
      }
    }
    const summary = path.join(dir, "tong-hop.xlsx");
    json = await rolledUp<Summary>([received, "--campaign", campaign, "--period", "2023"], summary);
    const sheets = summarySheets(summary);
    scoring = sheets.get("Chấm điểm")!;
    nominationSheet = sheets.get("Danh sách đề nghị khen thưởng")!;
    officerSheets = new Map(
      ["Đề nghị khen thưởng", "Danh sách đề nghị khen thưởng", "Chấm điểm", "Xếp hạng cụm"].map((n) => [
        n,
        sheets.get(n)!,
      ]),
    );
  }, 300_000);

  it("takes both rounds of every union, S02's LibreOffice copy among them", () => {
    expect([json.rejected, json.missing]).toEqual([[], []]);
    expect(json.units.map((u) => u.code).sort()).toEqual([...CODES].sort());
  });

  it("judges the 20 % initiative rate on the public bloc only, from the year's latest round, not a sum", () => {
    for (const code of CODES) {
      const line = json.units
        .find((u) => u.code === code)!
        .attainment.find((a) => a.key === "B04_initiative_rate")!;
      if (UNITS[code].bloc === BUSINESS) expect(line.applicable).toBe(false);
      else {
        const b = TYPED[code][D2];
        expect(line.result).toBeCloseTo(b.withInitiative / b.publicEmployees, 12);
        expect([line.target, line.met]).toEqual([0.2, b.withInitiative / b.publicEmployees >= 0.2]);
      }
    }
    // The district's rate: Σ with an initiative ÷ Σ employees of Đợt 2: (12 + 14) / (52 + 80).
    const total = json.attainment.find((a) => a.key === "B04_initiative_rate")!;
    expect(total.result).toBeCloseTo((12 + 14) / (52 + 80), 12);
    expect(total.met).toBe(false);
  });

  it("adds admissions and initiatives over the rounds against each union's targets", () => {
    for (const code of CODES) {
      const e = expected(code);
      const line = (key: string) =>
        json.units.find((u) => u.code === code)!.attainment.find((a) => a.key === key)!;
      expect([line("B02_members_admitted").result, line("B02_members_admitted").target]).toEqual([
        e.admitted,
        ADMISSIONS[code],
      ]);
      expect([line("B05_initiatives").result, line("B05_initiatives").target]).toEqual([
        e.initiatives,
        INITIATIVES[code],
      ]);
      expect(line("B05_registered_rate").result).toBeCloseTo(e.registeredRate, 12);
    }
    expect(json.totals.B02!.total!.members_admitted).toBe(3 + 4 + 6 + 5 + 40 + 35 + 15 + 20);
    expect(json.targets).toMatchObject({
      B02_members_admitted: 5 + 10 + 80 + 30,
      B05_initiatives: 8 + 10 + 20 + 6,
    });
    // Registered ÷ workers of the year's end: (62 + 85 + 950 + 420) / (62 + 92 + 950 + 420).
    expect(json.totals.B05!.registered_rate!.value).toBeCloseTo(
      (62 + 85 + 950 + 420) / (62 + 92 + 950 + 420),
      12,
    );
  });

  it("scores, grades and ranks each union as worked out by hand, in the JSON and on Chấm điểm", () => {
    // S01: 30 + 30 + 20 + 20 = 100, bonus min(10, 30 × (7/5 − 1)) + min(5, 20 × (9/8 − 1)) = 10 + 2.5: 112.5.
    // S02: 30 × 0.175/0.2 + 30 + 20 × 9/10 + 0 = 74.25, bonus 3: 77.25. D01 (of 70): 30 × 75/80 + 20 + 20 =
    // 68.125 → 97.32…, bonus 2: 99.32. D02: 30 + 20 × 5/6 + 20 → 95.24, bonus 5: 100.24.
    const scores = Object.fromEntries(CODES.map((c) => [c, expected(c).score]));
    expect(scores).toEqual({ S01: 112.5, S02: 77.25, D01: 99.32, D02: 100.24 });
    const header = scoring.find((row) => row.includes("Điểm / Score"))!;
    for (const code of CODES) {
      const unit = json.units.find((u) => u.code === code)!;
      const e = expected(code);
      expect(unit.points.earned).toBeCloseTo(e.earned, 9);
      expect(unit.points.possible).toBe(e.possible);
      expect(unit.points.bonus).toBeCloseTo(e.bonus, 9);
      expect([unit.score, unit.grade]).toEqual([e.score, gradeByHand(e.score)]);
      expect(unit.rank).toBe(rankByHand(scores, code, CODES));
      expect(unit.bloc_rank).toBe(
        rankByHand(
          scores,
          code,
          CODES.filter((o) => UNITS[o].bloc === UNITS[code].bloc),
        ),
      );
      const row = scoring.find((r) => r[1] === code)!;
      const at = (title: string) => row[header.indexOf(title)];
      expect(Number(at("Điểm / Score"))).toBeCloseTo(e.score, 9);
      expect(at("Xếp loại / Grade")).toBe(gradeByHand(e.score));
      expect([Number(at("Hạng trong cụm / Rank in bloc")), Number(at("Hạng chung / Overall rank"))]).toEqual([
        unit.bloc_rank,
        unit.rank,
      ]);
    }
  });

  it("proposes the flag to the best union, a certificate a bloc to the next that is Tốt at least", () => {
    // Flag: S01 (112.5). Certificate, public bloc: S01 has the flag, S02 is Khá: none. Business bloc: D02.
    expect(json.awards.proposals.map((p) => [p.award, p.code, p.tied])).toEqual([
      [FLAG, "S01", false],
      [CERTIFICATE, "D02", false],
    ]);
    expect(json.awards.counts.find((c) => c.award === CERTIFICATE && c.bloc === PUBLIC)?.proposed).toBe(0);
  });

  it("joins each union's nominations over the rounds and says where the plan is exceeded or not met", () => {
    const all = CODES.flatMap((c) =>
      ROUNDS.flatMap((r) => NOMINATIONS[c][r].map((line) => ({ code: c, line }))),
    );
    expect(json.nominations.list).toHaveLength(all.length);
    for (const award of [GOOD_WORKER, GOOD_DEED, CAPITAL_INITIATIVE]) {
      const lines = all.filter((n) => n.line[5] === award);
      const direct = lines.filter((n) => n.line[6] === "Có").length;
      expect(json.nominations.awards.find((a) => a.award === award)).toMatchObject({
        count: lines.length,
        direct,
        share: direct / lines.length,
      });
    }
    // Công nhân giỏi: 2 + 2 = 4 of 2 allowed, 3 direct of 4 = 75 % under 80 %; Sáng kiến Thủ đô: S02's 2 of 1.
    expect(json.nominations.awards.map((a) => [a.award, a.over, a.below])).toEqual([
      [GOOD_WORKER, 4 > 2, 3 / 4 < 0.8],
      [GOOD_DEED, false, false],
      [CAPITAL_INITIATIVE, true, false],
    ]);
    expect(json.nominations.review).toHaveLength(3);
    const values = json.nominations.list.filter((n) => n.award === CAPITAL_INITIATIVE).map((n) => n.value!);
    expect(values.reduce((s, v) => s + v, 0)).toBe(50_000_000 + 5_000_000 + 8_000_000 + 200_000_000);
    // S01's Đợt 1 nomination is carried into the year with its Đợt 2 one.
    expect(json.nominations.units.find((u) => u.code === "S01")!.total).toBe(1 + 1);
    const awards: string[] = [GOOD_WORKER, GOOD_DEED, CAPITAL_INITIATIVE];
    const listed = nominationSheet.filter(
      (row) => CODES.includes(row[1] as Code) && awards.includes(row[8]!),
    );
    expect(listed).toHaveLength(all.length);
    const totalLine = nominationSheet.find((row) => row[0] === "Tổng số")!;
    expect([totalLine[6], totalLine[7]]).toEqual([
      String(all.length),
      String(all.filter((n) => n.line[6] === "Có").length),
    ]);
  });

  it("speaks of the district, never of a province, on the sheets its officers read", () => {
    for (const [name, rows] of officerSheets) {
      const cells = rows.flat().filter((c) => /tỉnh|province/iu.test(c));
      expect([name, cells]).toEqual([name, []]);
    }
    const awards = officerSheets.get("Đề nghị khen thưởng")!.flat();
    expect(awards).toContain("Thứ hạng (trong cụm hoặc toàn huyện, theo phạm vi)");
    expect(awards.some((c) => c.startsWith(`${FLAG} (Toàn huyện): đề nghị 1 đơn vị`))).toBe(true);
    expect(json.nominations.review).toContain(
      `Toàn huyện đề nghị 4 "${GOOD_WORKER}", vượt số lượng 2 (đơn vị D01, D02).`,
    );
  });
});
