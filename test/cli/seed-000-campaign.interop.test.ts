import path from "node:path";
import { writeTableRows } from "../support/campaign-tables";
import { resaveWith } from "../support/libreoffice";
import { consistentFills } from "../support/reports";
import {
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

// Seed 000: Kế hoạch 58/KH-LĐLĐ of the Đắk Nông federation, 12/02/2020, written into a campaign workbook as
// its officer would (`campaign init`, then the plan's tables typed in with openpyxl), the units' reports
// filled by openpyxl and LibreOffice, rolled up by the CLI for the 90-day sprint, every figure, score,
// grade, rank, award and nomination count checked against the arithmetic below.

const SPRINT = "2020-NR";
const DELEGATE = "Đại biểu dự Hội nghị điển hình tiên tiến tỉnh lần thứ IV";
const INITIATIVE = "Khen thưởng sáng kiến theo giá trị làm lợi";
const SUDDEN = "Khen thưởng đột xuất";
const FLAG = "Cờ thi đua của LĐLĐ tỉnh";
const MERIT = "Bằng khen của LĐLĐ tỉnh";

const NAME = {
  commended: "Cá nhân được khen thưởng (Biểu 04)",
  direct: "Công nhân trực tiếp sản xuất được khen thưởng (Biểu 04)",
  share: "Tỷ lệ công nhân trực tiếp sản xuất trong số cá nhân được khen thưởng",
  works: "Công trình, phần việc thi đua chào mừng",
  initiatives: "Sáng kiến, giải pháp được công nhận trong đợt",
  conference: "Đã tổ chức hội nghị điển hình tiên tiến cấp mình",
};

/** What each unit typed on Biểu 04 and Biểu 05 for the sprint. */
const TYPED = {
  H01: { individuals: 20, direct: 12, works: 3, initiatives: 6, conference: 1 },
  H02: { individuals: 10, direct: 3, works: 2, initiatives: 4, conference: 1 },
  N01: { individuals: 16, direct: 4, works: 1, initiatives: 5, conference: 0 },
  N02: { individuals: 8, direct: 6, works: 2, initiatives: 3, conference: 1 },
} as const;
type Code = keyof typeof TYPED;
const CODES = Object.keys(TYPED) as Code[];

const NOMINATIONS: Record<Code, Nomination[]> = {
  H01: [
    [PERSON, "Nguyễn Văn An", "Công nhân cạo mủ", "Vượt năng suất 120%", null, DELEGATE, "Có"],
    [PERSON, "Trần Thị Bình", "Tổ trưởng sản xuất", "Tổ đạt năng suất cao nhất", null, DELEGATE, "Có"],
    [PERSON, "Lê Văn Cường", "Phó Giám đốc", "Chỉ đạo phong trào", null, DELEGATE, "Không"],
    [WORK, "Cải tiến máy sơ chế mủ cao su", "Nguyễn Văn An", "Giảm hao hụt", 120_000_000, INITIATIVE, "Có"],
  ],
  H02: [
    [PERSON, "Phạm Thị Dung", "Chủ tịch công đoàn cơ sở", "Phát triển đoàn viên", null, DELEGATE, "Không"],
    [PERSON, "Hoàng Văn Em", "Công nhân", "Cứu tài sản khi cháy kho", null, SUDDEN, "Có"],
  ],
  N01: [
    [PERSON, "Vũ Thị Giang", "Giáo viên", "Giáo viên giỏi cấp tỉnh", null, DELEGATE, "Không"],
    [WORK, "Phần mềm quản lý học sinh", "Vũ Thị Giang", "Tiết kiệm giấy tờ", 30_000_000, INITIATIVE, "Không"],
  ],
  N02: [[PERSON, "Đỗ Văn Hải", "Bác sĩ", "Chống dịch", null, DELEGATE, "Không"]],
};

/** When each report reached the province: H02 three days after the sprint's due date, 05/01/2021. */
const RECEIVED: Record<Code, string> = {
  H01: "2021-01-04",
  H02: "2021-01-08",
  N01: "2021-01-05",
  N02: "2021-01-02",
};

async function writeCampaign(dir: string): Promise<string> {
  const file = path.join(dir, "ke-hoach-2020.xlsx");
  await initCampaign(file, 2020, true);

  // "Phong trào thi đua năm 2020 được tổ chức 2 đợt … Đợt 1. Từ tháng 01/2020 đến 30/6/2020: Với chủ đề
  // 'Mừng Đảng quang vinh - Mừng sinh nhật Bác' … Đợt 2. Từ ngày 01/7/2020 đến 31/12/2020 … thi đua nước
  // rút 90 ngày hoàn thành tốt nhiệm vụ, kế hoạch năm 2020": the sprint is the last 90 days of the year
  // (03/10 to 31/12/2020), a round inside Đợt 2 with its own due date.
  writeTableRows(file, "TD_Periods", [
    [
      "2020-D1",
      "Đợt 1 năm 2020: Mừng Đảng quang vinh – Mừng sinh nhật Bác",
      "2020-01-01",
      "2020-06-30",
      "2020-07-10",
    ],
    [
      "2020-D2",
      "Đợt 2 năm 2020: Chào mừng hội nghị điển hình tiên tiến các cấp",
      "2020-07-01",
      "2020-12-31",
      "2021-01-10",
    ],
    [SPRINT, "Thi đua nước rút 90 ngày", "2020-10-03", "2020-12-31", "2021-01-05"],
    ["2020", "Cả năm 2020", "2020-01-01", "2020-12-31", "2021-01-15"],
  ]);

  // "2. Công đoàn cấp trên trực tiếp cơ sở, công đoàn cơ sở …": the province's district federations and
  // sector unions, each emulation bloc its own kind.
  writeTableRows(file, "TD_Units", [
    ["H01", "LĐLĐ thành phố Gia Nghĩa", "LĐLĐ huyện", "LDLD_DNO", "Khối huyện", null, null, null],
    ["H02", "LĐLĐ huyện Đắk Mil", "LĐLĐ huyện", "LDLD_DNO", "Khối huyện", null, null, null],
    [
      "N01",
      "Công đoàn ngành Giáo dục",
      "Công đoàn ngành và tương đương",
      "LDLD_DNO",
      "Khối ngành",
      null,
      null,
      null,
    ],
    [
      "N02",
      "Công đoàn ngành Y tế",
      "Công đoàn ngành và tương đương",
      "LDLD_DNO",
      "Khối ngành",
      null,
      null,
      null,
    ],
  ]);
  writeTableRows(file, "TD_Parent", [["LDLD_DNO", "LĐLĐ tỉnh Đắk Nông"]]);

  writeTableRows(file, "TD_Indicators", [
    // "Khen thưởng kịp thời, chính xác, quan tâm khen thưởng công nhân, người lao động trực tiếp sản xuất":
    // Biểu 04's commended individuals and direct workers linked into Biểu 05, their share an own ratio.
    [
      "commended",
      NAME.commended,
      null,
      "Số của biểu",
      null,
      null,
      "người",
      "Có",
      "B04_commended_individuals_value",
    ],
    [
      "direct",
      NAME.direct,
      null,
      "Số của biểu",
      null,
      null,
      "người",
      "Có",
      "B04_commended_direct_workers_value",
    ],
    ["direct_share", NAME.share, null, "Tỷ lệ", "direct", "commended", "%", "Có", null],
    // "đăng ký và tổ chức thực hiện các công trình, sản phẩm mới": Biểu 04's emulation works.
    ["works", NAME.works, null, "Số của biểu", null, null, "công trình", "Có", "B04_emulation_works_value"],
    // "phát huy sáng kiến, cải tiến kỹ thuật": Biểu 04's initiatives recognised.
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
    // "Tổ chức hội nghị điển hình tiên tiến các cấp": each unit answers whether it held its own.
    ["conference", NAME.conference, null, "Có/Không", null, null, null, "Có", null],
  ]);

  // The plan's targets, replacing the catalog's (the plan sets none of them): the year's on the `*` row
  // with H01's own works; "thi đua nước rút 90 ngày" gets its own rows (Mã kỳ 2020-NR), N02's own
  // initiatives for the sprint.
  writeTableRows(
    file,
    "TD_Targets",
    [
      ["*", null, 0.5, 4, 10, 1],
      ["H01", null, null, 6, null, null],
      ["*", SPRINT, null, 2, 5, null],
      ["N02", SPRINT, null, null, 3, null],
    ],
    ["Mã đơn vị", "Mã kỳ", NAME.share, NAME.works, NAME.initiatives, NAME.conference],
  );

  // The scoring table: 100 points on the four targets; "báo cáo kết quả về Liên đoàn Lao động tỉnh" after
  // each round: one point off a day late, at most five.
  writeTableRows(file, "TD_Scoring", [
    [NAME.share, 30, "Theo tỷ lệ hoàn thành", null],
    [NAME.works, 30, "Có điểm thưởng", 5],
    [NAME.initiatives, 20, "Theo tỷ lệ hoàn thành", null],
    [NAME.conference, 20, "Đạt / Chưa đạt", null],
    [null, 1, "Điểm trừ / ngày trễ", 5],
  ]);
  // The plan sets no grades: the defaults campaign init wrote stand (Xuất sắc 95, Tốt 80, Khá 65, TB 50).

  writeTableRows(file, "TD_Awards", [
    // "Biểu dương, tôn vinh, khen thưởng các tập thể … tiêu biểu": one flag for the province, one merit
    // certificate a bloc.
    [FLAG, "Toàn tỉnh", 1, "Xuất sắc", null, null, "Đơn vị", null],
    [MERIT, "Mỗi cụm", 1, "Tốt", null, null, "Đơn vị", null],
    // "lựa chọn, giới thiệu đại biểu xuất sắc tham dự Hội nghị điển hình tiên tiến … lần thứ IV …, đặc
    // biệt chú trọng giới thiệu điển hình là công nhân, người lao động trực tiếp sản xuất": two a unit,
    // half of them direct workers at least.
    [DELEGATE, "Mỗi đơn vị", 2, null, null, null, PERSON, 0.5],
    // "khen thưởng sáng kiến, sáng tạo theo giá trị làm lợi".
    [INITIATIVE, "Toàn tỉnh", null, null, null, null, WORK, null],
    // "Tăng cường khen thưởng đột xuất theo đề nghị của các cấp công đoàn".
    [SUDDEN, "Toàn tỉnh", null, null, null, null, PERSON, null],
  ]);
  return file;
}

/** The unit's sprint report: Biểu 01–03 plausible, Biểu 04–05 and the nominations as TYPED. */
function fills(code: Code, seed: number) {
  const t = TYPED[code];
  return {
    ...(consistentFills(["B01", "B02", "B03", "B04"], seed) as Record<string, string | number | null>),
    TD_B04_commended_individuals_value: t.individuals,
    TD_B04_commended_direct_workers_value: t.direct,
    TD_B04_emulation_works_value: t.works,
    TD_B04_initiatives_recognised_value: t.initiatives,
    TD_B05_conference_value: t.conference,
    ...nominationLines(NOMINATIONS[code].map(nominationCells)),
  };
}

/** The sprint's targets: its own `*` row (2 works, 5 initiatives), N02's own (3), else the year's. */
const SPRINT_TARGET = {
  share: 0.5,
  works: 2, // the sprint's `*` row, over H01's 6 for the year
  initiatives: (code: Code) => (code === "N02" ? 3 : 5),
  conference: 1,
};
const DAYS_LATE: Record<Code, number> = { H01: 0, H02: 3, N01: 0, N02: 0 };

/** Each unit's score worked out by hand from what it typed. */
function expected(code: Code) {
  const t = TYPED[code];
  const share = t.direct / t.individuals;
  const earned =
    proportional(30, share, SPRINT_TARGET.share) +
    proportional(30, t.works, SPRINT_TARGET.works) +
    proportional(20, t.initiatives, SPRINT_TARGET.initiatives(code)) +
    (t.conference >= SPRINT_TARGET.conference ? 20 : 0);
  const extra = bonus(30, 5, t.works, SPRINT_TARGET.works);
  const off = Math.min(5, 1 * DAYS_LATE[code]);
  return { share, earned, bonus: extra, off, score: round2(Math.max(0, (earned / 100) * 100 + extra - off)) };
}

interface Attained {
  key: string;
  result: number | null;
  target: number | null;
  met: boolean | null;
}
interface UnitJson {
  code: string;
  score: number;
  grade: string;
  rank: number;
  bloc_rank: number;
  days_late: number | null;
  points: { earned: number; possible: number; bonus: number };
  penalties: { method: string; count: number; points: number }[];
  attainment: Attained[];
}
interface Summary {
  units: UnitJson[];
  rejected: unknown[];
  missing: unknown[];
  totals: Record<string, Record<string, Record<string, number>>>;
  targets: Record<string, number | null>;
  attainment: Attained[];
  awards: { proposals: { award: string; code: string; tied: boolean }[] };
  nominations: {
    list: { code: string; award: string; value: number | null; direct_worker: boolean }[];
    awards: { award: string; count: number; direct: number; share: number; over: boolean; below: boolean }[];
    units: { code: string; total: number; direct: number; by_award: number[] }[];
    review: string[];
  };
}

describe("seed 000 (Đắk Nông 2020): the 90-day sprint as the province runs it", () => {
  const dir = tempDir("seed-000");
  let json: Summary;
  let scoring: string[][];
  let nominationSheet: string[][];

  beforeAll(async () => {
    const campaign = await writeCampaign(dir);
    await checkCampaign(campaign);
    const templates = await unitTemplates(campaign, SPRINT, path.join(dir, "bieu-mau"));
    const received = path.join(dir, "nhan");
    for (const [i, [unit, blank]] of [...templates].entries()) {
      const code = unit as Code;
      const bytes = filled(blank, fills(code, 11 + i));
      const name = `${code}-${SPRINT}`;
      // H01 works in LibreOffice Calc and sends its .ods; N01 opens the file in LibreOffice and saves it.
      if (code === "H01") receive(received, `${name}.ods`, resaveWith(bytes, "xlsx", "ods"), RECEIVED[code]);
      else {
        const sent = code === "N01" ? resaveWith(bytes, "xlsx", "xlsx") : bytes;
        receive(received, `${name}.xlsx`, sent, RECEIVED[code]);
      }
    }
    const summary = path.join(dir, "tong-hop.xlsx");
    json = await rolledUp<Summary>([received, "--campaign", campaign, "--period", SPRINT], summary);
    // What the officer sees: the summary as LibreOffice computes it.
    const sheets = summarySheets(summary);
    scoring = sheets.get("Chấm điểm")!;
    nominationSheet = sheets.get("Danh sách đề nghị khen thưởng")!;
  }, 300_000);

  it("takes every honest report, H01's .ods and N01's LibreOffice copy among them", () => {
    expect(json.rejected).toEqual([]);
    expect(json.missing).toEqual([]);
    expect(json.units.map((u) => u.code).sort()).toEqual([...CODES].sort());
  });

  it("judges the sprint against its own targets, not the year's", () => {
    for (const code of CODES) {
      const unit = json.units.find((u) => u.code === code)!;
      const line = (key: string) => unit.attainment.find((a) => a.key === key)!;
      const t = TYPED[code];
      expect(line("B05_direct_share").result).toBeCloseTo(t.direct / t.individuals, 12);
      expect([
        line("B05_direct_share").target,
        line("B05_works").target,
        line("B05_initiatives").target,
      ]).toEqual([SPRINT_TARGET.share, SPRINT_TARGET.works, SPRINT_TARGET.initiatives(code)]);
      expect([
        line("B05_works").result,
        line("B05_initiatives").result,
        line("B05_conference").result,
      ]).toEqual([t.works, t.initiatives, t.conference]);
      expect(line("B05_works").met).toBe(t.works >= SPRINT_TARGET.works);
    }
  });

  it("scores, grades and ranks each unit as the scoring table works out by hand", () => {
    // By hand: H01 30 + 30 + 20 + 20 = 100, bonus 30 × (3/2 − 1) = 15 capped at 5: 105. H02 30 × 0.3/0.5 =
    // 18, 30, 20 × 4/5 = 16, 20: 84, three days late: 81. N01 30 × 0.25/0.5 = 15, 30 × 1/2 = 15, 20, 0: 50.
    // N02 100.
    const scores = Object.fromEntries(CODES.map((c) => [c, expected(c).score]));
    expect(scores).toEqual({ H01: 105, H02: 81, N01: 50, N02: 100 });
    const bloc = (c: Code) => (c.startsWith("H") ? "Khối huyện" : "Khối ngành");
    for (const code of CODES) {
      const unit = json.units.find((u) => u.code === code)!;
      const e = expected(code);
      expect(unit.points.earned).toBeCloseTo(e.earned, 9);
      expect(unit.points.bonus).toBeCloseTo(e.bonus, 9);
      expect(unit.penalties).toEqual([{ method: "late_day", count: DAYS_LATE[code], points: e.off }]);
      expect(unit.score).toBe(e.score);
      expect(unit.grade).toBe(gradeByHand(e.score));
      expect(unit.rank).toBe(rankByHand(scores, code, CODES));
      expect(unit.bloc_rank).toBe(
        rankByHand(
          scores,
          code,
          CODES.filter((o) => bloc(o) === bloc(code)),
        ),
      );
      // Chấm điểm as LibreOffice recomputes it: the same score, grade and ranks.
      const header = scoring.find((row) => row.includes("Điểm / Score"))!;
      const row = scoring.find((r) => r[1] === code)!;
      const at = (title: string) => row[header.indexOf(title)];
      expect(Number(at("Điểm / Score"))).toBeCloseTo(e.score, 9);
      expect(at("Xếp loại / Grade")).toBe(gradeByHand(e.score));
      expect(Number(at("Hạng trong cụm / Rank in bloc"))).toBe(unit.bloc_rank);
      expect(Number(at("Hạng chung / Overall rank"))).toBe(unit.rank);
    }
  });

  it("adds the province's figures: the direct workers' share over all the commended, not a mean", () => {
    const sum = (f: (t: (typeof TYPED)[Code]) => number) => CODES.reduce((s, c) => s + f(TYPED[c]), 0);
    expect(json.totals.B04!.commended_individuals!.value).toBe(20 + 10 + 16 + 8);
    expect(json.totals.B04!.commended_direct_workers!.value).toBe(12 + 3 + 4 + 6);
    expect(json.totals.B05!.direct_share!.value).toBeCloseTo((12 + 3 + 4 + 6) / (20 + 10 + 16 + 8), 12);
    expect(json.totals.B05!.works!.value).toBe(sum((t) => t.works));
    // The province's targets: the units' sprint targets added (2 each; 5, 5, 5, 3), the share a threshold.
    expect(json.targets).toMatchObject({
      B05_direct_share: 0.5,
      B05_works: 2 * 4,
      B05_initiatives: 5 + 5 + 5 + 3,
    });
    const total = (key: string) => json.attainment.find((a) => a.key === key)!;
    expect(total("B05_direct_share").met).toBe(25 / 54 >= 0.5);
    expect(total("B05_conference")).toMatchObject({ result: 1 + 1 + 0 + 1, target: 4, met: false });
  });

  it("proposes the flag and a merit certificate a bloc from the ranks, one award a unit", () => {
    // Flag: rank 1 province-wide, Xuất sắc: H01 (105). Merit a bloc, Tốt at least: Khối huyện's H01 has the
    // flag, so H02 (81); Khối ngành's N02 (100).
    expect(json.awards.proposals.map((p) => [p.award, p.code, p.tied])).toEqual([
      [FLAG, "H01", false],
      [MERIT, "H02", false],
      [MERIT, "N02", false],
    ]);
  });

  it("gathers the units' nominations, counts them by award and unit, and says where the plan is not met", () => {
    const all = CODES.flatMap((c) => NOMINATIONS[c].map((line) => ({ code: c, line })));
    expect(json.nominations.list).toHaveLength(all.length);
    for (const award of [DELEGATE, INITIATIVE, SUDDEN]) {
      const lines = all.filter((n) => n.line[5] === award);
      const direct = lines.filter((n) => n.line[6] === "Có").length;
      expect(json.nominations.awards.find((a) => a.award === award)).toMatchObject({
        count: lines.length,
        direct,
        share: direct / lines.length,
      });
    }
    // Delegates: 6 proposed, 2 direct workers (H01's two): 2/6 below the plan's 50 %; H01 proposes 3 of 2.
    expect(json.nominations.awards[0]).toMatchObject({
      count: 3 + 1 + 1 + 1,
      direct: 2,
      over: true,
      below: true,
    });
    expect(json.nominations.review).toHaveLength(2);
    expect(json.nominations.review[0]).toContain("(H01) đề nghị 3");
    const valued = json.nominations.list.filter((n) => n.award === INITIATIVE).map((n) => n.value);
    expect(valued).toEqual([120_000_000, 30_000_000]);
    expect(json.nominations.units.map((u) => [u.code, u.total])).toEqual(
      CODES.map((c) => [c, NOMINATIONS[c].length]),
    );
    // The list the council reads: one line a nomination, and the total line of part II.
    const awards: string[] = [DELEGATE, INITIATIVE, SUDDEN];
    const listed = nominationSheet.filter(
      (row) => CODES.includes(row[1] as Code) && awards.includes(row[8]!),
    );
    expect(listed).toHaveLength(all.length);
    const totalLine = nominationSheet.find((row) => row[0] === "Tổng số")!;
    expect(totalLine[6]).toBe(String(all.length));
    expect(totalLine[7]).toBe(String(all.filter((n) => n.line[6] === "Có").length));
  });
});
