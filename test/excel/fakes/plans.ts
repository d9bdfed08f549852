import {
  defaultTargets,
  layoutReport,
  layoutSummary,
  rollup,
  TEMPLATE_IDS,
  type TemplateId,
  type WorkbookPlan,
} from "../../../src/core";
import { consistentFills, PERIOD_2025_D1, submission, unit } from "../../support/reports";

export function reportPlan(templates: readonly TemplateId[] = TEMPLATE_IDS, code = "CD_P01"): WorkbookPlan {
  return layoutReport({
    unit: unit(code),
    period: PERIOD_2025_D1,
    templates,
    targets: defaultTargets(templates),
  });
}

/** A province summary of `units` units, each with every template filled consistently. */
export function summaryPlan(units: number): WorkbookPlan {
  const submissions = Array.from({ length: units }, (_, i) => {
    const code = `P${String(i + 1).padStart(2, "0")}`;
    return submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, 500 + i) }, `${code}.xlsx`);
  });
  return layoutSummary(rollup(submissions, { parent: { code: "T01", name: "LĐLĐ tỉnh" } }));
}
