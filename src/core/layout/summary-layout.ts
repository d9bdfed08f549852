import { formDef } from "../catalog";
import { proposeAwards } from "../rollup/awards";
import { countedUnits } from "../rollup/counted-units";
import { shortOf } from "../rollup/short-units";
import { nominationList, passedUpward } from "../rollup/nominations";
import type { Summary } from "../rollup/types";
import { distinctlyNamed, type SheetPlan, type StreamedPlan, type WorkbookPlan } from "./plan";
import { layoutReport } from "./report-layout";
import { awardsSheet } from "./summary-awards";
import { chartSheet } from "./summary-chart-sheet";
import { nominationsSheet } from "./summary-nominations";
import { blocRankingSheet } from "./summary-blocs";
import { dataSheet } from "./summary-data";
import { overviewSheet } from "./summary-overview";
import { scoringSheet } from "./summary-scoring";
import { roundsSheet } from "./summary-rounds";
import { statusSheet } from "./summary-status";
import { warningsSheet } from "./summary-warnings";
import { rejectedSheet } from "./summary-rejected";
import { duplicatesSheet } from "./summary-duplicates";
import { blanksSheet } from "./summary-blanks";
import { templateSheet } from "./summary-template-sheet";
import { WORDS } from "../vocabulary";

/**
 * The summary workbook: the overview, its charts, the scoring with its formulas, the ranking by bloc, the award
 * proposals (when the campaign has award rules), the people and works units propose (when it gives
 * awards to them), one sheet of
 * per-unit figures per template, completeness (the refused files, the units' warnings and a year's rounds), each unit's figures for the next period (hidden), and
 * the parent-level report in the standard templates so it can be rolled up.
 */
export function layoutSummary(summary: Summary): WorkbookPlan {
  const streamed = streamSummary(summary);
  return { sheets: [...streamed.sheets], names: streamed.names };
}

/**
 * The same summary, each sheet laid out only when a writer asks for it: a summary of thousands of units
 * has a million cells, and a writer that drops each sheet once written holds one sheet of them.
 */
export function streamSummary(summary: Summary): StreamedPlan {
  const nominations = nominationList(summary);
  const upward = passedUpward(summary.campaign, nominations);
  const short = shortOf(summary);
  const parentReport = layoutReport({
    unit: summary.parent,
    period: summary.period,
    templates: summary.templates,
    targets: summary.total.targets,
    forms: summary.total.forms,
    rollupUnits: countedUnits(summary.units.map((u) => u.report)),
    // The units' codes are its campaign's: the level above compares them with that campaign's and its own units'.
    ...(summary.campaign.parent ? { rollupCampaign: summary.campaign.parent.code } : {}),
    // What the level above must know before it signs the figures as this level's whole.
    ...(short ? { rollupShort: short } : {}),
    // Its budgets cover its units' days only: the level above prorates them no further than that.
    ...(summary.plans.countedTo ? { budgetCountedTo: summary.plans.countedTo } : {}),
    ...(summary.indicators ? { indicators: summary.indicators } : {}),
    ...(upward ? { nominationAwards: upward.awards, proposed: upward.proposed } : {}),
    ...(summary.subRows ? { subRows: summary.subRows } : {}),
  });
  function* sheets(): Generator<SheetPlan> {
    yield overviewSheet(summary);
    const charts = chartSheet(summary);
    if (charts) yield charts;
    yield scoringSheet(summary);
    yield blocRankingSheet(summary);
    const awards = proposeAwards(summary);
    if (awards)
      yield awardsSheet(
        summary,
        awards,
        parentReport.sheets.some((s) => s.name === WORDS.awards.sheet.vi),
      );
    if (nominations) yield nominationsSheet(summary, nominations);
    for (const id of summary.templates)
      yield templateSheet(summary, formDef(id, summary.indicators, summary.subRows));
    yield statusSheet(summary);
    // In the order Tình trạng nộp names them.
    const lists = [rejectedSheet, warningsSheet, duplicatesSheet, blanksSheet];
    for (const listed of lists.map((list) => list(summary))) if (listed) yield listed;
    const rounds = roundsSheet(summary);
    if (rounds) yield rounds;
    yield dataSheet(summary);
    yield* parentReport.sheets;
  }
  return { sheets: { [Symbol.iterator]: () => distinctlyNamed(sheets()) }, names: parentReport.names };
}
