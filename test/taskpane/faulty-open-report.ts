import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS, type WorkbookGrid } from "../../src/core";
import { gridFromPlan } from "../support/plan-grid";
import { consistentFills } from "../support/reports";

/**
 * The workbook open in Excel, as the host reads it: P03's report, whose signed agreements outnumber its
 * enterprises, so Biểu 01!D9 holds an error.
 */
export function faultyOpenReport(): WorkbookGrid {
  const plan = layoutReport({
    unit: { code: "P03", name: "Công đoàn P03" },
    period: parsePeriod("2025-D1")!,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
  });
  const fills = { ...consistentFills(TEMPLATE_IDS, 3), TD_B01_state_cla_signed: 10_000 };
  return gridFromPlan(plan, { fills, stripCached: true });
}
