import { getTemplate } from "../catalog";
import type { Summary } from "../rollup/types";
import type { WorkbookPlan } from "./plan";
import { layoutReport } from "./report-layout";
import { blocRankingSheet } from "./summary-blocs";
import { dataSheet } from "./summary-data";
import { overviewSheet } from "./summary-overview";
import { scoringSheet } from "./summary-scoring";
import { statusSheet } from "./summary-status";
import { templateSheet } from "./summary-template-sheet";

/**
 * The summary workbook: the overview, the scoring with its formulas, the ranking by bloc, one sheet of
 * per-unit figures per template, completeness, each unit's figures for the next period (hidden), and
 * the parent-level report in the standard templates so it can be rolled up.
 */
export function layoutSummary(summary: Summary): WorkbookPlan {
  const parentReport = layoutReport({
    unit: summary.parent,
    period: summary.period,
    templates: summary.templates,
    targets: summary.total.targets,
    forms: summary.total.forms,
  });
  return {
    sheets: [
      overviewSheet(summary),
      scoringSheet(summary),
      blocRankingSheet(summary),
      ...summary.templates.map((id) => templateSheet(summary, getTemplate(id))),
      statusSheet(summary),
      dataSheet(summary),
      ...parentReport.sheets,
    ],
    names: parentReport.names,
  };
}
