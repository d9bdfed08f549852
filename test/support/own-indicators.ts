import { defaultCampaign, type Campaign, type Indicator } from "../../src/core";

/** A province's own indicators, one of each kind: a flow, a stock, a plan, and a ratio of a flow over the plan. */
export const OWN: readonly Indicator[] = [
  {
    code: "training",
    name: { vi: "Số lớp tập huấn", en: "Training courses" },
    kind: "flow",
    unit: "lớp",
    required: true,
  },
  {
    code: "clubs",
    name: { vi: "Số câu lạc bộ công nhân", en: "Workers' clubs" },
    kind: "stock",
    required: false,
  },
  {
    code: "fund_plan",
    name: { vi: "Kế hoạch quỹ hỗ trợ", en: "Support fund plan" },
    kind: "plan",
    unit: "đồng",
    required: true,
  },
  {
    code: "fund_paid",
    name: { vi: "Quỹ hỗ trợ đã chi", en: "Support fund paid" },
    kind: "flow",
    unit: "đồng",
    required: true,
  },
  {
    code: "fund_rate",
    name: { vi: "Tỷ lệ chi quỹ hỗ trợ", en: "Support fund paid vs plan" },
    kind: "ratio",
    required: true,
    parts: ["fund_paid", "fund_plan"],
  },
];

/** The default campaign of 2025 with the units given and the indicators above. */
export function ownCampaign(units: Campaign["units"], extra: Partial<Campaign> = {}): Campaign {
  return { ...defaultCampaign(2025, units), indicators: OWN, ...extra };
}
