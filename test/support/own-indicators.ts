import {
  campaignTemplates,
  defaultCampaign,
  findPeriod,
  layoutReport,
  sampleForms,
  unitTemplates,
  type Campaign,
  type Indicator,
  type WorkbookPlan,
} from "../../src/core";
import { INDICATORS } from "../../src/cli/demo/demo-province";

/** The demo province's own indicators, one of each kind: a flow, a stock, a plan, and a ratio of a flow over the plan. */
export const OWN = INDICATORS;

/** The default campaign of 2025 with the units given and the indicators above. */
export function ownCampaign(units: Campaign["units"], extra: Partial<Campaign> = {}): Campaign {
  return { ...defaultCampaign(2025, units), indicators: OWN, ...extra };
}

// A province's plan lists its own indicators in the words of its plan (the seed plans' are sentences of a
// hundred characters and more), and forty of them are not rare. Each is a row of Biểu 05, its label
// wrapped over several lines: fitted to one page, the form printed at 6 % and its own template, filled
// honestly, was refused as printed too small to read (sheet.printed_too_small).
const WORDS_OF_PLANS = [
  "Số cơ sở tổ chức phát động thi đua, đăng ký giao ước thi đua và động viên cán bộ, công nhân, viên chức, lao động đăng ký danh hiệu thi đua",
  "Số sáng kiến, giải pháp, cải tiến kỹ thuật được công nhận và cập nhật trong hệ thống chương trình 01 triệu sáng kiến của Tổng Liên đoàn",
  "Số công trình, phần việc chào mừng Đại hội thi đua yêu nước và các ngày lễ lớn được gắn biển, khánh thành hoặc đưa vào sử dụng trong kỳ",
  "Số doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc, thực hiện quy chế dân chủ cơ sở theo quy định của Bộ luật Lao động năm 2019",
  "Số đoàn viên, người lao động có hoàn cảnh khó khăn được thăm hỏi, hỗ trợ từ quỹ xã hội của công đoàn, quỹ Mái ấm công đoàn trong kỳ",
];

function indicatorsOfPlan(count: number): Indicator[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `ct${i + 1}`,
    name: { vi: `${WORDS_OF_PLANS[i % WORDS_OF_PLANS.length]} (mục ${i + 1})`, en: `Plan item ${i + 1}` },
    kind: i % 3 === 0 ? "stock" : "flow",
    unit: "đơn vị",
    required: true,
  }));
}

/** A unit's template of a campaign with `count` indicators of its own in its plan's words, filled as the unit would. */
export function filledTemplate(count: number): WorkbookPlan {
  const indicators = indicatorsOfPlan(count);
  const unit = { code: "CD_A01", name: "Công đoàn A01", kind: "commune" as const, parentCode: "LDLD_T" };
  const campaign = { ...defaultCampaign(2025, [unit]), indicators };
  const [source] = unitTemplates(campaign, findPeriod(campaign, "2025-D1")!);
  return layoutReport({ ...source!, forms: sampleForms(campaignTemplates(indicators), 7, { indicators }) });
}
