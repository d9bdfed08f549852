import { TEMPLATE_IDS } from "../catalog";
import { periodsOfYear, type Period } from "../model/period";
import { defaultTargets } from "../model/targets";
import { withOneSpellingPerBloc } from "./bloc-groups";
import type { Campaign, Grade, ScoringRule } from "./types";

/** Grades of the seeds' scoring: Xuất sắc from 95 points, Tốt 80, Khá 65, Trung bình 50, Yếu below. */
export const DEFAULT_GRADES: readonly Grade[] = [
  { grade: "Xuất sắc", minScore: 95 },
  { grade: "Tốt", minScore: 80 },
  { grade: "Khá", minScore: 65 },
  { grade: "Trung bình", minScore: 50 },
  { grade: "Yếu", minScore: 0 },
];

/** A scoring table of 100 points over the catalog's targets, a starting point the province edits. */
export const DEFAULT_SCORING: readonly ScoringRule[] = [
  { target: "B01_nonstate_cla_rate", points: 15, method: "proportional" },
  { target: "B01_nonstate_grade_c_plus_rate", points: 10, method: "proportional" },
  { target: "B02_members_admitted", points: 20, method: "bonus", cap: 5 },
  { target: "B02_unions_founded", points: 15, method: "bonus", cap: 5 },
  { target: "B03_collection_rate", points: 15, method: "proportional" },
  { target: "B04_party_procedure_rate", points: 10, method: "pass_fail" },
  { target: "B04_initiative_rate", points: 5, method: "proportional" },
  { target: "B04_mai_am_total", points: 10, method: "pass_fail" },
];

/** Due dates of the default rounds: reports are due on the 15th of the month after a round ends. */
function withDue(period: Period): Period {
  const [year, month] = period.end.split("-").map(Number) as [number, number];
  const due = month === 12 ? `${year + 1}-01-15` : `${year}-${String(month + 1).padStart(2, "0")}-15`;
  return { ...period, due };
}

/** The campaign a province starts from, and the one used when no campaign workbook is given. */
export function defaultCampaign(year: number, units: Campaign["units"] = []): Campaign {
  return {
    periods: periodsOfYear(year).map(withDue),
    units: withOneSpellingPerBloc(units),
    defaults: defaultTargets(TEMPLATE_IDS),
    assigned: new Map(),
    scoring: DEFAULT_SCORING,
    grades: DEFAULT_GRADES,
  };
}
