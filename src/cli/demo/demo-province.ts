import type { Assigned, Campaign, CampaignUnit, Indicator } from "../../core";
import { defaultCampaign } from "../../core";

/**
 * A province after the 2025 reorganisation: district federations report Đợt 1 and are dissolved on
 * 30/6; commune and ward unions exist from 1/7 and report from Đợt 2; the industrial-park and sector
 * unions report both rounds. Two emulation blocs.
 */
export const PROVINCE = { code: "LDLD_DN", name: "LĐLĐ tỉnh Đồng Nai" };

const WARDS = "Cụm 1 – Phường, ngành";
const COMMUNES = "Cụm 2 – Xã, KCN";

type Row = [code: string, name: string, kind: CampaignUnit["kind"], bloc: string, from?: string, to?: string];

const ROWS: Row[] = [
  ["H01", "LĐLĐ thành phố Biên Hòa", "district_legacy", WARDS, undefined, "2025-06-30"],
  ["H02", "LĐLĐ huyện Long Thành", "district_legacy", COMMUNES, undefined, "2025-06-30"],
  ["P01", "Công đoàn phường Trấn Biên", "commune", WARDS, "2025-07-01"],
  ["P02", "Công đoàn phường Biên Hòa", "commune", WARDS, "2025-07-01"],
  ["P03", "Công đoàn phường Long Bình", "commune", WARDS, "2025-07-01"],
  ["P04", "Công đoàn phường Tam Hiệp", "commune", WARDS, "2025-07-01"],
  ["N01", "Công đoàn ngành Giáo dục", "sector", WARDS],
  ["X01", "Công đoàn xã Long Thành", "commune", COMMUNES, "2025-07-01"],
  ["X02", "Công đoàn xã Nhơn Trạch", "commune", COMMUNES, "2025-07-01"],
  ["X03", "Công đoàn xã Trảng Bom", "commune", COMMUNES, "2025-07-01"],
  ["K01", "Công đoàn các Khu công nghiệp tỉnh", "industrial_park", COMMUNES],
];

export const UNITS: CampaignUnit[] = ROWS.map(([code, name, kind, bloc, validFrom, validTo]) => ({
  code,
  name,
  ...(kind ? { kind } : {}),
  parentCode: PROVINCE.code,
  bloc,
  ...(validFrom ? { validFrom } : {}),
  ...(validTo ? { validTo } : {}),
}));

/** The decision assigning targets (quyết định giao chỉ tiêu): admissions and unions founded per unit. */
const ASSIGNED: Record<string, Record<string, Assigned>> = {
  H01: { B02_members_admitted: 400, B02_unions_founded: 4 },
  H02: { B02_members_admitted: 250, B02_unions_founded: 3 },
  P01: { B02_members_admitted: 150, B02_unions_founded: 2 },
  P02: { B02_members_admitted: 180, B02_unions_founded: 2 },
  P03: { B02_members_admitted: 120, B02_unions_founded: 1 },
  P04: { B02_members_admitted: 1500, B02_unions_founded: 12 },
  // The education union has no enterprises: the agreement targets do not apply to it.
  N01: {
    B02_members_admitted: 200,
    B02_unions_founded: 1,
    B01_nonstate_cla_rate: "na",
    B01_nonstate_grade_c_plus_rate: "na",
  },
  X01: { B02_members_admitted: 2400, B02_unions_founded: 20 },
  X02: { B02_members_admitted: 140, B02_unions_founded: 2 },
  X03: { B02_members_admitted: 90, B02_unions_founded: 1 },
  // Industrial parks have no public employees.
  K01: { B02_members_admitted: 900, B02_unions_founded: 6, B04_initiative_rate: "na" },
};

/**
 * The province's own indicators (Biểu 05), one of each kind: training courses held (a flow), workers'
 * clubs running (a stock), the support fund's plan, what it paid (a flow), and the share paid (a ratio).
 */
export const INDICATORS: readonly Indicator[] = [
  {
    code: "training",
    name: { vi: "Số lớp tập huấn pháp luật cho người lao động", en: "Legal training courses for workers" },
    kind: "flow",
    unit: "lớp",
    required: true,
  },
  {
    code: "clubs",
    name: { vi: "Số câu lạc bộ công nhân đang hoạt động", en: "Workers' clubs running" },
    kind: "stock",
    unit: "câu lạc bộ",
    required: false,
  },
  {
    code: "fund_plan",
    name: { vi: "Kế hoạch chi quỹ hỗ trợ đoàn viên khó khăn", en: "Hardship fund: plan" },
    kind: "plan",
    unit: "đồng",
    required: true,
  },
  {
    code: "fund_paid",
    name: { vi: "Quỹ hỗ trợ đoàn viên khó khăn đã chi", en: "Hardship fund: paid" },
    kind: "flow",
    unit: "đồng",
    required: true,
  },
  {
    code: "fund_rate",
    name: { vi: "Tỷ lệ chi quỹ hỗ trợ so với kế hoạch", en: "Hardship fund paid vs plan" },
    kind: "ratio",
    required: true,
    parts: ["fund_paid", "fund_plan"],
  },
];

/** The commendation the province proposes at the year's end, highest first (see proposeAwards). */
const AWARDS: Campaign["awards"] = [
  { award: "Cờ thi đua của Tổng Liên đoàn", scope: "province", count: 1, minGrade: "Xuất sắc" },
  { award: "Bằng khen của Tổng Liên đoàn", scope: "bloc", count: 1, minGrade: "Tốt" },
  { award: "Giấy khen của LĐLĐ tỉnh", scope: "bloc", count: 2, minGrade: "Khá", minScore: 70 },
];

export function demoCampaign(): Campaign {
  const base = defaultCampaign(2025, UNITS);
  return {
    ...base,
    assigned: new Map(Object.entries(ASSIGNED)),
    // Every unit holds at least 5 training courses a round; their paying out the fund is scored.
    defaults: { ...base.defaults, B01_nonstate_cla_rate: 0.75, B05_training: 5 },
    scoring: [...base.scoring, { target: "B05_training", points: 10, method: "proportional" }],
    awards: AWARDS,
    indicators: INDICATORS,
  };
}
