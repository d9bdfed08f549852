import { columnLetters, toA1 } from "../grid/a1";
import { penaltyReasons } from "../campaign/penalty-text";
import type { PenaltyRule, ScoringRule } from "../campaign/types";
import type { Summary, UnitRow } from "../rollup/types";
import { placedTarget } from "../model/targets";
import { bilingual as both } from "../text/text";
import type { SheetPlan } from "./plan";
import { resultFormat } from "./result-format";
import {
  bonusFormula,
  bonusSumFormula,
  earnedFormula,
  gradeFormula,
  penaltyFormula,
  penaltyReasonFormula,
  type PenaltyRefs,
  pointsFormula,
  possibleFormula,
  rankFormula,
  scoreFormula,
} from "./scoring-formulas";
import {
  printableUnitTable,
  tallHeader,
  title,
  NOTE_STYLE,
  unitNote,
  UNIT_COLUMNS,
  UNIT_NAME_STYLE,
  BLOC_MOST,
  BLOC_STYLE,
  namesWidth,
} from "./summary-common";
import { SheetBuilder } from "./sheet-builder";
import { NOT_COUNTED } from "./summary-text";
import { WORDS } from "../vocabulary";

const POINTS_FORMAT = "0.00";
const RANK_FORMAT = "0";

/** The scoring table and the grades sit above the units, so every formula can point at them. */
const SECTION_ROW = 4;
const FIRST_RULE_ROW = SECTION_ROW + 2;
const WEIGHT = { no: 0, points: 1, label: 2, method: 3, cap: 4 } as const;
/**
 * The grades' table, right of the scoring table past a blank column: printed on a page of their own with it,
 * ahead of the strips, within the first strip's columns (past three, its title reached into a heading of the
 * units' table, and the first strip could not end before it and fit a page).
 */
const GRADE = { grade: 6, minScore: 7 } as const;
const FIRST_RULE_COL = 4;

const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;

function ruleLabel(rule: ScoringRule, summary: Summary) {
  return placedTarget(rule.target, summary.indicators)?.label ?? { vi: rule.target, en: rule.target };
}

const penaltiesOf = (summary: Summary): readonly PenaltyRule[] => summary.campaign.penalties ?? [];

function weightsBlock(sheet: SheetBuilder, summary: Summary): void {
  sheet.put(SECTION_ROW, 0, { value: both(WORDS.summary.scoringTitle), style: "section" });
  const penalties = penaltiesOf(summary);
  const headers = [
    WORDS.summary.no,
    WORDS.summary.points,
    WORDS.summary.target,
    WORDS.summary.method,
    penalties.length > 0 ? WORDS.summary.capBoth : WORDS.summary.cap,
  ];
  sheet.putRow(SECTION_ROW + 1, 0, headers.map(both), { style: "header" });
  summary.scoring.forEach((rule, i) => {
    const r = FIRST_RULE_ROW + i;
    sheet.put(r, WEIGHT.no, { value: i + 1, style: "text" });
    sheet.put(r, WEIGHT.points, { value: rule.points, style: "input" });
    sheet.put(r, WEIGHT.label, { value: ruleLabel(rule, summary).vi, style: "rowLabel" });
    sheet.put(r, WEIGHT.method, { value: WORDS.scoringMethods[rule.method].vi, style: "rowLabel" });
    // earnedPoints gives a bonus without a cap no extra points: the formulas need the 0 written out.
    const cap = rule.method === "bonus" ? (rule.cap ?? 0) : null;
    sheet.put(r, WEIGHT.cap, { value: cap, style: "input" });
  });
  // The penalty rows after the targets': points off per day or report, and the most taken off (blank: none).
  penalties.forEach((rule, j) => {
    const r = FIRST_RULE_ROW + summary.scoring.length + j;
    sheet.put(r, WEIGHT.no, { value: summary.scoring.length + j + 1, style: "text" });
    sheet.put(r, WEIGHT.points, { value: rule.points, style: "input" });
    sheet.put(r, WEIGHT.label, { value: WORDS.summary.penalty[rule.method].vi, style: "rowLabel" });
    sheet.put(r, WEIGHT.method, { value: WORDS.penaltyMethods[rule.method].vi, style: "rowLabel" });
    sheet.put(r, WEIGHT.cap, { value: rule.cap ?? null, style: "input" });
  });
  sheet.put(SECTION_ROW, GRADE.grade, { value: both(WORDS.summary.gradesTitle), style: "section" });
  sheet.putRow(SECTION_ROW + 1, GRADE.grade, [both(WORDS.summary.grade), both(WORDS.summary.minScore)], {
    style: "header",
  });
  summary.grades.forEach((g, i) => {
    sheet.put(FIRST_RULE_ROW + i, GRADE.grade, { value: g.grade, style: "text" });
    sheet.put(FIRST_RULE_ROW + i, GRADE.minScore, { value: g.minScore, style: "input" });
  });
}

/** The units' table headers: the unit, each target's three columns, each penalty's two, then the totals. */
function unitHeaders(
  sheet: SheetBuilder,
  summary: Summary,
  headerRow: number,
  { firstPenaltyCol, after, off }: { firstPenaltyCol: number; after: number; off: number },
) {
  const rules = summary.scoring;
  const penalties = penaltiesOf(summary);
  [WORDS.summary.no, WORDS.summary.unitCode, WORDS.summary.unitName, WORDS.summary.bloc].forEach((h, i) =>
    tallHeader(sheet, i, h, headerRow),
  );
  rules.forEach((rule, i) => {
    const c = FIRST_RULE_COL + i * 3;
    sheet
      .put(headerRow, c, { value: ruleLabel(rule, summary).vi, style: "header" })
      .merge(headerRow, c, headerRow, c + 2);
    sheet.putRow(
      headerRow + 1,
      c,
      [both(WORDS.summary.result), both(WORDS.summary.target), both(WORDS.summary.points)],
      { style: "headerEn" },
    );
  });
  penaltyHeaders(sheet, headerRow, firstPenaltyCol, penalties);
  [
    WORDS.summary.possiblePoints,
    WORDS.summary.earnedPoints,
    WORDS.summary.bonusPoints,
    ...(off > 0 ? [WORDS.summary.penaltyTotal, WORDS.summary.penaltyReason] : []),
    WORDS.summary.score,
    WORDS.summary.grade,
    WORDS.summary.blocRank,
    WORDS.summary.rank,
    WORDS.summary.note,
  ].forEach((h, i) => tallHeader(sheet, after + i, h, headerRow));
}

/**
 * "Chấm điểm": the scoring table and grades as cells, then each unit's results, targets and points as
 * formulas over them, so an officer can audit (and LibreOffice recompute) what the core computed. Every
 * formula carries the core's figure as its cached value for readers that do not calculate.
 */
export function scoringSheet(summary: Summary): SheetPlan {
  const rules = summary.scoring;
  const penalties = penaltiesOf(summary);
  const firstPenaltyCol = FIRST_RULE_COL + rules.length * 3;
  const after = firstPenaltyCol + penalties.length * 2;
  // The total off and its reason only where the campaign has penalty rows: without, the sheet is as before.
  const off = penalties.length > 0 ? 2 : 0;
  const col = {
    possible: after,
    earned: after + 1,
    bonus: after + 2,
    penalty: after + 3,
    reason: after + 4,
    score: after + 3 + off,
    grade: after + 4 + off,
    blocRank: after + 5 + off,
    rank: after + 6 + off,
    note: after + 7 + off,
  };
  const sheet = new SheetBuilder(WORDS.summary.scoringSheet.vi, WORDS.summary.scoringSheet);
  title(sheet, summary, col.note, false);
  weightsBlock(sheet, summary);

  const sectionRow = FIRST_RULE_ROW + Math.max(rules.length + penalties.length, summary.grades.length) + 1;
  const headerRow = sectionRow + 1;
  const firstUnit = headerRow + 2;
  const lastUnit = firstUnit + summary.units.length - 1;
  sheet.put(sectionRow, 0, { value: both(WORDS.summary.unitPointsTitle), style: "section" });
  unitHeaders(sheet, summary, headerRow, { firstPenaltyCol, after, off });

  // Every unit's formulas point at the same cells of the scoring table: written once, not once a unit.
  const weights = rules.map((_, i) => ({
    points: abs(FIRST_RULE_ROW + i, WEIGHT.points),
    cap: abs(FIRST_RULE_ROW + i, WEIGHT.cap),
  }));
  const grades = summary.grades.map((_, i) => ({
    grade: abs(FIRST_RULE_ROW + i, GRADE.grade),
    minScore: abs(FIRST_RULE_ROW + i, GRADE.minScore),
  }));
  const scores = `${abs(firstUnit, col.score)}:${abs(lastUnit, col.score)}`;
  const blocs = `${abs(firstUnit, 3)}:${abs(lastUnit, 3)}`;
  summary.units.forEach((row, u) => {
    const r = firstUnit + u;
    sheet.putRow(r, 0, [u + 1, row.unit.code], { style: "text" });
    sheet.put(r, 2, { value: row.unit.name, style: UNIT_NAME_STYLE });
    sheet.put(r, col.note, { value: unitNote(row), style: NOTE_STYLE });
    sheet.put(r, 3, { value: row.bloc, style: BLOC_STYLE });
    const { counted, bonuses } = unitPoints(sheet, r, row, rules, weights);
    const at = (c: number) => toA1(r, c);
    sheet.put(r, col.possible, {
      ...(counted.length > 0 ? { formula: possibleFormula(counted) } : {}),
      value: row.scoring.possible,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    const points = rules.map((_, i) => at(FIRST_RULE_COL + i * 3 + 2));
    sheet.put(r, col.earned, {
      formula: earnedFormula(points, at(col.bonus)),
      value: row.scoring.earned,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    sheet.put(r, col.bonus, {
      formula: bonusSumFormula(bonuses),
      value: row.scoring.bonus,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    if (off > 0) unitPenalties(sheet, r, row, penalties, { first: firstPenaltyCol, ...col });
    const score = at(col.score);
    sheet.put(r, col.score, {
      formula: scoreFormula(
        at(col.earned),
        at(col.possible),
        at(col.bonus),
        off > 0 ? at(col.penalty) : undefined,
      ),
      value: row.score,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    sheet.put(r, col.grade, {
      formula: gradeFormula(score, summary.grades, (i) => grades[i]!),
      value: row.grade,
      style: "computed",
    });
    sheet.put(r, col.blocRank, {
      formula: rankFormula(score, scores, { cell: at(3), range: blocs }),
      value: row.blocRank,
      style: "computed",
      numFmt: RANK_FORMAT,
    });
    sheet.put(r, col.rank, {
      formula: rankFormula(score, scores),
      value: row.rank,
      style: "computed",
      numFmt: RANK_FORMAT,
    });
  });
  const plan = sheet.build({
    columnWidths: [
      ...[
        6,
        14,
        36,
        namesWidth(summary.blocs, 16, BLOC_MOST),
        ...rules.flatMap(() => [12, 12, 10]),
        ...penalties.flatMap(() => [10, 10]),
      ],
      ...[11, 11, 11, ...(off > 0 ? [10, 36] : []), 10, 12, 10, 10, 30],
    ],
    freeze: { rows: 0, cols: UNIT_COLUMNS.right + 1 },
    protect: false,
  });
  // The scoring and grades tables above the units' would print cut in the repeated columns of every strip.
  return printableUnitTable(plan, summary, headerRow, { tableTop: sectionRow });
}

/** Over each penalty row's two columns: its name, then the days or reports it counts and the points off. */
function penaltyHeaders(
  sheet: SheetBuilder,
  headerRow: number,
  first: number,
  rules: readonly PenaltyRule[],
) {
  rules.forEach((rule, j) => {
    const c = first + j * 2;
    sheet
      .put(headerRow, c, { value: WORDS.summary.penalty[rule.method].vi, style: "header" })
      .merge(headerRow, c, headerRow, c + 1);
    sheet.putRow(
      headerRow + 1,
      c,
      [both(WORDS.summary.penaltyCount[rule.method]), both(WORDS.summary.penaltyPoints)],
      { style: "headerEn" },
    );
  });
}

/**
 * One unit's days late or reports corrected and the points each penalty row takes off, their total and
 * why, in words ("Nộp muộn 5 ngày: −2,5 điểm").
 */
function unitPenalties(
  sheet: SheetBuilder,
  r: number,
  row: UnitRow,
  rules: readonly PenaltyRule[],
  col: { first: number; penalty: number; reason: number },
) {
  const taken = row.scoring.penalties ?? [];
  const cells = rules.map((rule, j): PenaltyRefs => {
    const c = col.first + j * 2;
    const penalty = taken[j];
    sheet.put(r, c, { value: penalty?.count ?? 0, style: "number", numFmt: RANK_FORMAT });
    const weights = FIRST_RULE_ROW + row.scoring.targets.length + j;
    const refs = {
      words: WORDS.summary.penaltyReasons[rule.method].vi,
      atCap: WORDS.summary.penaltyAtCap.vi,
      count: toA1(r, c),
      points: toA1(r, c + 1),
      weight: abs(weights, WEIGHT.points),
      cap: abs(weights, WEIGHT.cap),
    };
    sheet.put(r, c + 1, {
      formula: penaltyFormula(refs.weight, refs.count, refs.cap),
      value: penalty?.points ?? 0,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    return refs;
  });
  sheet.put(r, col.penalty, {
    formula: `SUM(${cells.map((c) => c.points).join(",")})`,
    value: taken.reduce((s, p) => s + p.points, 0),
    style: "computed",
    numFmt: POINTS_FORMAT,
  });
  sheet.put(r, col.reason, {
    formula: penaltyReasonFormula(cells),
    value: penaltyReasons(taken).vi || null,
    style: "rowLabel",
  });
}

/**
 * One unit's result, target and points per rule; a target that does not count for the unit (not
 * applicable, or no target known) shows "—" and stays out of its possible points. Returns the weight
 * cells of the rules that count and the bonus expressions of the bonus rules among them.
 */
function unitPoints(
  sheet: SheetBuilder,
  r: number,
  row: UnitRow,
  rules: readonly ScoringRule[],
  weights: readonly { readonly points: string; readonly cap: string }[],
) {
  const counted: string[] = [];
  const bonuses: string[] = [];
  const results = new Map<string, UnitRow["attainment"][number]>();
  // The first result of a key, as a search from the start finds it.
  for (const a of row.attainment) if (!results.has(a.key)) results.set(a.key, a);
  rules.forEach((rule, i) => {
    const c = FIRST_RULE_COL + i * 3;
    const result = results.get(rule.target);
    const earned = row.scoring.targets[i]!.earned;
    const format = result ? { numFmt: resultFormat(result.kind, result.result, result.target) } : {};
    sheet.put(r, c, { value: result ? result.result : NOT_COUNTED, style: "number", ...format });
    sheet.put(r, c + 1, {
      value: earned === null ? NOT_COUNTED : result!.target,
      style: "number",
      ...format,
    });
    if (earned === null) {
      sheet.put(r, c + 2, { value: NOT_COUNTED, style: "computed" });
      return;
    }
    const { points: weight, cap } = weights[i]!;
    counted.push(weight);
    const refs = { result: toA1(r, c), target: toA1(r, c + 1), points: weight, cap };
    sheet.put(r, c + 2, {
      formula: pointsFormula(rule.method, refs),
      value: earned,
      style: "computed",
      numFmt: POINTS_FORMAT,
    });
    if (rule.method === "bonus") bonuses.push(bonusFormula(refs));
  });
  return { counted, bonuses };
}
