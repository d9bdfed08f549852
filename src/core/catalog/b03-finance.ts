import { col, ratio, row, sumOf, times } from "./expr-builders";
import type { TemplateDef } from "./types";

/** Collections above this multiple of the budget are worth a second look (domain: "far above budget"). */
export const FEES_ABOVE_BUDGET_FACTOR = 1.5;

export const B03: TemplateDef = {
  id: "B03",
  version: 1,
  sheetName: "Biểu 03",
  title: {
    vi: "Biểu 03: Thu kinh phí và đoàn phí công đoàn",
    en: "Form 03: Union funding and dues",
  },
  rows: [
    { key: "union_funding", label: { vi: "Kinh phí công đoàn (2%)", en: "Union funding (2%)" } },
    { key: "union_dues", label: { vi: "Đoàn phí công đoàn", en: "Union dues" } },
    {
      key: "total",
      label: { vi: "Tổng cộng", en: "Total" },
      formula: sumOf(row("union_funding"), row("union_dues")),
    },
  ],
  columns: [
    {
      key: "budget",
      label: { vi: "Dự toán năm được giao (đồng)", en: "Annual budget assigned (VND)" },
      kind: "money",
      aggregation: "plan",
    },
    {
      key: "collected",
      label: { vi: "Thực hiện (đồng)", en: "Collected (VND)" },
      kind: "money",
      aggregation: "flow",
    },
    {
      key: "collection_rate",
      label: { vi: "Tỷ lệ thực hiện so với dự toán (%)", en: "Collected vs budget (%)" },
      kind: "ratio",
      aggregation: "flow",
      formula: ratio(col("collected"), col("budget")),
    },
  ],
  rules: [
    {
      id: "B03.collected_far_above_budget",
      severity: "warning",
      over: "rows",
      test: "le",
      left: col("collected"),
      right: times(FEES_ABOVE_BUDGET_FACTOR, col("budget")),
      message: {
        vi: `{row}: số đã thu ({left} đồng) vượt quá ${FEES_ABOVE_BUDGET_FACTOR * 100}% dự toán được giao, tức là {right} đồng; hãy kiểm tra lại số thu và số dự toán.`,
        en: `{row}: collected ({left} VND) is above ${FEES_ABOVE_BUDGET_FACTOR * 100}% of the budget, i.e. {right} VND; please check.`,
      },
    },
  ],
  targets: [
    {
      key: "B03_collection_rate",
      label: { vi: "Thu kinh phí, đoàn phí đạt dự toán giao", en: "Funding and dues collected vs budget" },
      row: "total",
      col: "collection_rate",
      default: 1,
      combine: "same",
      source: "seed 001",
    },
  ],
};
