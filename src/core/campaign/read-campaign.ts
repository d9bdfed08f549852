import { INDICATOR_COLUMNS, SUB_ROW_COLUMNS, type Indicator } from "../catalog";
import { TABLE_HEADER_ROW } from "./campaign-guide";
import { finding, sortFindings, type Finding } from "../findings/finding";
import { areaOf, inArea, type Area } from "../grid/a1";
import { cellRows, findTable } from "../grid/find-table";
import { findSheet, type GridSheet, type SheetTable, type WorkbookGrid } from "../grid/grid";
import { campaignPeriodLabel, isValidPeriodId, type Period } from "../model/period";
import { defaultTargets, isNotApplicableTarget, parsePlannedTarget, targetsOf } from "../model/targets";
import { IDENTITY_MAX, tooLong } from "../report/identity-text";
import { percentText } from "../text/figure-text";
import { fill, type Text } from "../text/text";
import { nameKey } from "../text/fold";
import { namesUnitItself } from "./listed-unit";
import { isValidUnitCode, unitCodeList, unitKey } from "../model/units";
import { blocKey, blocSpellings } from "./bloc";
import {
  acceptedMethods,
  columnKey,
  columnHeaders,
  headerStarts,
  penaltyMethodOf,
  scoringMethodOf,
  targetOf,
} from "./campaign-columns";
import { campaignTextFindings } from "./campaign-identity";
import { DEFAULT_GRADES, DEFAULT_SCORING } from "./defaults";
import { Checker, headerCheck, kindAt, positive, unsavedFormulas } from "./campaign-checker";
import { readAwards } from "./read-awards";
import { readDeadlines } from "./read-deadlines";
import { readIndicators } from "./read-indicators";
import { readSubRows } from "./read-sub-rows";
import { readParent } from "./read-parent";
import { campaignTemplates } from "./unit-templates";
import { cellDate, cellText, tableRows, type TableRow } from "./table-cells";
import {
  type Assigned,
  type Campaign,
  type CampaignUnit,
  type Grade,
  type PenaltyRule,
  type PeriodTargets,
  type ScoringRule,
} from "./types";
import { WORDS } from "../vocabulary";

/** The tables of a campaign workbook and their columns: the contract other programs fill them by. */
export const CAMPAIGN_TABLES = {
  periods: { name: "TD_Periods", columns: ["id", "label", "start", "end", "due"] },
  units: {
    name: "TD_Units",
    columns: [
      "code",
      "name",
      "kind",
      "parent",
      "bloc",
      "valid_from",
      "valid_to",
      "successors",
      "moved_in_from",
    ],
    optional: ["received", "corrections"],
  },
  targets: { name: "TD_Targets", columns: ["unit", "period"] },
  scoring: { name: "TD_Scoring", columns: ["target", "points", "method", "cap"] },
  grades: { name: "TD_Grades", columns: ["grade", "min_score"] },
  awards: {
    name: "TD_Awards",
    columns: [
      "award",
      "scope",
      "count",
      "min_grade",
      "min_score",
      "whole_period",
      "subject",
      "min_direct_share",
      "upward",
    ],
  },
  indicators: { name: "TD_Indicators", columns: INDICATOR_COLUMNS },
  subRows: { name: "TD_Rows", columns: SUB_ROW_COLUMNS },
  parent: { name: "TD_Parent", columns: ["code", "name", "kind"] },
  deadlines: { name: "TD_Deadlines", columns: ["period", "kind", "unit", "due"] },
} as const;

const REQUIRED_PERIOD_COLUMNS = ["id", "start", "end"];
const REQUIRED_UNIT_COLUMNS = ["code", "name"];
const DEFAULT_ROW = "*";
/**
 * The most points a scoring table may hand out. Scores are points earned over points possible: a sum that
 * overflows (1e308 twice) makes every score 0, and no province scores out of more than a million.
 */
const MAX_POINTS = 1_000_000;
export interface CampaignCheck {
  /** Null when an error makes the campaign unusable. */
  readonly campaign: Campaign | null;
  readonly findings: readonly Finding[];
}

function dateAt(row: TableRow, column: string, check: Checker, required: boolean): string | null | undefined {
  const value = row.value(column);
  if (!value || cellText(value) === "") {
    if (required) check.error("required", WORDS.campaign.required, row, column);
    return undefined;
  }
  const date = cellDate(value);
  if (!date) check.error("bad_date", WORDS.campaign.badDate, row, column, { value: cellText(value) });
  return date;
}

function readPeriods(table: SheetTable): { periods: Period[]; findings: Finding[] } {
  const check = new Checker(table);
  const periods: Period[] = [];
  if (!headerCheck(table, REQUIRED_PERIOD_COLUMNS, check)) return { periods, findings: check.findings };
  const seen = new Map<string, TableRow>();
  const placed: { period: Period; row: TableRow }[] = [];
  for (const row of tableRows(table).rows) {
    const id = row.text("id");
    if (!isValidPeriodId(id)) check.error("bad_id", WORDS.campaign.badId, row, "id", { value: id });
    else if (seen.has(id.toUpperCase()))
      check.error("repeated", WORDS.campaign.repeated, row, "id", { value: id });
    seen.set(id.toUpperCase(), row);
    const [start, end] = [dateAt(row, "start", check, true), dateAt(row, "end", check, true)];
    const due = dateAt(row, "due", check, false);
    if (!start || !end || !isValidPeriodId(id)) continue;
    if (end < start) {
      check.error("end_before_start", WORDS.campaign.endBeforeStart, row, "end");
      continue;
    }
    if (due && due < end)
      check.warn("due_before_end", WORDS.campaign.dueBeforeEnd, row, "due", { value: due });
    // Without a due date nobody is late: say so, or every report looks on time.
    if (due === undefined && row.text("due") === "")
      check.warn("no_due", WORDS.campaign.noDue, row, "due", { value: id });
    const period: Period = {
      id,
      start,
      end,
      label: campaignPeriodLabel(id, row.text("label") || id, start, end),
      ...(due ? { due } : {}),
    };
    // The dates go after the name in every report's label, which is held to the identity cap (a name
    // past the cap on its own is refused with the campaign's other texts).
    const name = row.text("label");
    const dated = [...period.label.vi].length - [...name].length;
    if (name && tooLong(period.label.vi) && !tooLong(name))
      check.error("bad_text", WORDS.campaign.badText, row, "label", {
        reason: fill(WORDS.identityText.tooLong, { max: IDENTITY_MAX - dated }),
      });
    for (const other of placed) {
      const [a, b] = [other.period, period];
      const overlap = a.start <= b.end && b.start <= a.end;
      const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
      if (overlap && !nested)
        check.error("overlapping", WORDS.campaign.overlapping, row, "start", { first: a.id, second: b.id });
    }
    placed.push({ period, row });
    periods.push(period);
  }
  if (table.rows.length === 0)
    check.findings.push(
      finding("error", "campaign.no_periods", fill(WORDS.campaign.noPeriods, { table: table.sheet })),
    );
  return { periods, findings: check.findings };
}

/** How many times staff recorded a unit's report as sent again corrected: a whole number, blank for none. */
function correctionsAt(row: TableRow, check: Checker): number {
  if (row.text("corrections") === "") return 0;
  const count = positive(row, "corrections");
  if (count !== null && Number.isInteger(count) && count >= 0) return count;
  check.error("bad_corrections", WORDS.campaign.badCorrections, row, "corrections", {
    value: row.text("corrections").slice(0, 60),
  });
  return 0;
}

/**
 * The unit a unit moved in from (Chuyển đến từ), any text: it makes the unit's start a move, its budget the
 * year's. Without that start the list says nothing of the days the budget counts, which must be typed; the
 * unit's own code or name there is no move (a unit founded on 01/07 read as moved in carried 184/365 of the
 * budget assigned for its half year).
 */
function movedInAt(row: TableRow, check: Checker, validFrom: string | null | undefined): string | undefined {
  const from = row.text("moved_in_from");
  if (from === "") return undefined;
  const value = row.text("code");
  if (validFrom === undefined)
    check.error("moved_in_without_start", WORDS.campaign.movedInWithoutStart, row, "moved_in_from", {
      value,
    });
  if (namesUnitItself(from, { code: value, name: row.text("name") }))
    check.error("moved_in_from_itself", WORDS.campaign.movedInFromItself, row, "moved_in_from", { value });
  return from;
}

function readUnits(table: SheetTable): { units: CampaignUnit[]; findings: Finding[] } {
  const check = new Checker(table);
  const units: CampaignUnit[] = [];
  if (!headerCheck(table, REQUIRED_UNIT_COLUMNS, check)) return { units, findings: check.findings };
  const seen = new Map<string, CampaignUnit>();
  const named: { row: TableRow; successors: string[] }[] = [];
  const blocSpelling = blocSpellings();
  for (const row of tableRows(table).rows) {
    const code = row.text("code");
    if (!isValidUnitCode(code)) {
      check.error("bad_id", WORDS.campaign.badId, row, "code", { value: code.slice(0, 60) });
      continue;
    }
    const name = row.text("name");
    if (!name) check.error("required", WORDS.campaign.required, row, "name");
    const kind = kindAt(row, check);
    const parent = row.text("parent");
    if (parent && !isValidUnitCode(parent))
      check.error("bad_id", WORDS.campaign.badId, row, "parent", { value: parent.slice(0, 60) });
    // The scoring sheet ranks with COUNTIFS, where these are wildcards.
    const typed = row.text("bloc");
    if (/[*?~]/.test(typed)) check.error("bad_bloc", WORDS.campaign.badBloc, row, "bloc", { value: typed });
    const bloc = blocSpelling(typed);
    const validFrom = dateAt(row, "valid_from", check, false);
    const validTo = dateAt(row, "valid_to", check, false);
    const movedInFrom = movedInAt(row, check, validFrom);
    const successors = unitCodeList(row.text("successors"));
    const badSuccessor = successors.find((c) => !isValidUnitCode(c));
    if (badSuccessor)
      check.error("bad_id", WORDS.campaign.badId, row, "successors", { value: badSuccessor.slice(0, 60) });
    else if (successors.length > 0) named.push({ row, successors });
    if (successors.length > 0 && !validTo)
      check.warn("successors_without_end", WORDS.campaign.successorsWithoutEnd, row, "valid_to", {
        value: code,
      });
    if (validFrom && validTo && validTo < validFrom)
      check.error("end_before_start", WORDS.campaign.endBeforeStart, row, "valid_to");
    const receivedValue = row.value("received");
    const received = receivedValue ? (cellDate(receivedValue) ?? cellText(receivedValue)) : "";
    const corrections = correctionsAt(row, check);
    const unit: CampaignUnit = {
      code,
      name: name || code,
      ...(kind ? { kind } : {}),
      ...(parent ? { parentCode: parent } : {}),
      ...(bloc ? { bloc } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      ...(received ? { received } : {}),
      ...(corrections ? { corrections } : {}),
      ...(successors.length > 0 && !badSuccessor ? { successors } : {}),
      ...(movedInFrom ? { movedInFrom } : {}),
    };
    const earlier = seen.get(unitKey(code));
    if (earlier) {
      if (blocKey(earlier.bloc) !== blocKey(unit.bloc))
        check.error("two_blocs", WORDS.campaign.twoBlocs, row, "bloc", {
          value: code,
          first: earlier.bloc ?? "—",
          second: unit.bloc ?? "—",
        });
      else check.error("repeated", WORDS.campaign.repeated, row, "code", { value: code });
      continue;
    }
    seen.set(unitKey(code), unit);
    units.push(unit);
  }
  // A successor is a unit of the list: checked once every row is read, as it may come further down.
  for (const { row, successors } of named)
    for (const code of successors.filter((c) => !seen.has(unitKey(c))))
      check.error("unknown_successor", WORDS.campaign.unknownSuccessor, row, "successors", { value: code });
  if (units.length === 0)
    check.findings.push(
      finding("warning", "campaign.no_units", fill(WORDS.campaign.noUnits, { table: table.sheet })),
    );
  return { units, findings: check.findings };
}

/**
 * A rate as the cell shows it: a percent cell holds the fraction it shows (1.05 shows "105%"); a plain
 * number above 1 is a percent (105), one up to 1 a fraction (0.7).
 */
function rateOf(value: number, shown: string | undefined): number {
  if (shown?.trim().endsWith("%")) return value;
  return value > 1 ? value / 100 : value;
}

/** A target as the province typed it: a number (rates as 0.7, 70 or a percent cell) or text such as "70%". */
function assignedValue(row: TableRow, column: string, kind: "count" | "money" | "ratio"): number | null {
  const value = row.value(column);
  if (value?.type === "number") {
    if (!Number.isFinite(value.value) || value.value < 0) return null;
    if (kind === "ratio") return rateOf(value.value, row.shown(column));
    return Number.isInteger(value.value) ? value.value : null;
  }
  return parsePlannedTarget(cellText(value), kind);
}

/**
 * Rates a province plausibly sets: from 5 % up to twice the figure (fees collected at 110 % of the budget
 * are ordinary). Outside, the cell was most likely typed in another way than meant (1.05 in a plain cell
 * is 1.05 %), so `campaign check` says how it was read.
 */
const PLAUSIBLE_RATE = { min: 0.05, max: 2 } as const;

function isPlausibleRate(rate: number): boolean {
  return rate === 0 || (rate >= PLAUSIBLE_RATE.min && rate <= PLAUSIBLE_RATE.max);
}

/**
 * Headings of the targets table that name no target but help the officer read its rows: the unit's name
 * beside its code, notes. Read as targets they refused the workbook (an officer's round: a "Ghi chú" column
 * typed right of the table, refused in an .ods and, once the .xlsx read columns typed beside its table, there).
 */
const LABEL_COLUMNS = new Set(
  [...columnHeaders("TD_Units", ["name"]), "Unit name", "Ghi chú", "Notes", "Note"].map(nameKey),
);

function readTargets(
  table: SheetTable,
  knownUnits: ReadonlySet<string> | null,
  indicators: readonly Indicator[],
  periods: readonly Period[],
): {
  defaults: Campaign["defaults"];
  assigned: Campaign["assigned"];
  periodTargets: Map<string, PeriodTargets>;
  findings: Finding[];
} {
  const check = new Checker(table);
  const defaults: Record<string, Assigned | null> = defaultTargets(campaignTemplates(indicators), indicators);
  const assigned = new Map<string, Record<string, Assigned>>();
  const periodTargets = new Map<string, PeriodTargets>();
  if (!headerCheck(table, ["unit"], check))
    return { defaults, assigned, periodTargets, findings: check.findings };
  // Each target's column by key, with its header as typed: messages name the column as staff read it.
  const keys: { column: string; header: string; key: string; kind: "count" | "money" | "ratio" }[] = [];
  for (const h of table.header) {
    const column = h.text.trim();
    const key = columnKey(table.name, column);
    if (!column || key === "unit" || key === "period" || LABEL_COLUMNS.has(nameKey(column))) continue;
    const target = targetOf(column, indicators);
    if (!target)
      check.findings.push(
        finding(
          "error",
          "campaign.unknown_column",
          fill(WORDS.campaign.unknownColumn, {
            table: table.sheet,
            column: column.slice(0, 60),
          }),
          { sheet: table.sheet, cell: h.address },
        ),
      );
    else keys.push({ column: key, header: column.slice(0, 60), key: target.key, kind: target.kind });
  }
  const seen = new Set<string>();
  for (const row of tableRows(table).rows) {
    const unit = row.text("unit");
    const isDefault = unit === DEFAULT_ROW;
    if (!isDefault && !isValidUnitCode(unit)) {
      check.error("bad_id", WORDS.campaign.badId, row, "unit", { value: unit.slice(0, 60) });
      continue;
    }
    if (!isDefault && knownUnits && !knownUnits.has(unitKey(unit)))
      check.error("unknown_unit", WORDS.campaign.unknownUnit, row, "unit", { value: unit });
    // A row for one period (Mã kỳ) overrides the rows for every period (blank) in that period only.
    const periodText = row.text("period");
    const period = periodText ? periodKey(periods, periodText) : null;
    if (periodText && !period) {
      check.error("unknown_period", WORDS.campaign.unknownTargetPeriod, row, "period", {
        value: periodText.slice(0, 60),
      });
      continue;
    }
    const rowKey = `${unitKey(unit)}\u0000${period ?? ""}`;
    if (seen.has(rowKey)) check.error("repeated", WORDS.campaign.repeated, row, "unit", { value: unit });
    seen.add(rowKey);
    const own = rowTargets(row, keys, check);
    if (period) {
      const forPeriod = periodTargets.get(period) ?? { defaults: {}, assigned: new Map() };
      const updated = isDefault
        ? { ...forPeriod, defaults: own }
        : { ...forPeriod, assigned: new Map([...forPeriod.assigned, [unitKey(unit), own]]) };
      periodTargets.set(period, updated);
    } else if (isDefault) {
      // The `*` row is the province's common level: a target it leaves blank, or has no column for, has
      // none (each unit's own row may give one), rather than a built-in default the province never set.
      for (const key of Object.keys(defaults)) defaults[key] = null;
      Object.assign(defaults, own);
    } else if (Object.keys(own).length > 0) assigned.set(unitKey(unit), own);
  }
  return { defaults, assigned, periodTargets, findings: check.findings };
}

/** The key a period is held under: its id as TD_Periods writes it, upper case; null when it has none such. */
function periodKey(periods: readonly Period[], typed: string): string | null {
  const wanted = typed.trim().toUpperCase();
  return periods.some((p) => p.id.toUpperCase() === wanted) ? wanted : null;
}

/** What one row of TD_Targets assigns: each target it fills, `-` being "not applicable"; blanks absent. */
function rowTargets(
  row: TableRow,
  keys: readonly { column: string; header: string; key: string; kind: "count" | "money" | "ratio" }[],
  check: Checker,
): Record<string, Assigned> {
  const own: Record<string, Assigned> = {};
  for (const { column, header, key, kind } of keys) {
    const text = row.text(column);
    if (text === "") continue;
    if (isNotApplicableTarget(text)) {
      own[key] = "na";
      continue;
    }
    const value = assignedValue(row, column, kind);
    if (value === null) {
      check.error("bad_target", WORDS.campaign.badTarget, row, column, {
        value: text.slice(0, 60),
        column: header,
      });
      continue;
    }
    if (kind === "ratio" && !isPlausibleRate(value))
      check.warn("implausible_rate", WORDS.campaign.implausibleRate, row, column, {
        value: (row.shown(column) ?? text).slice(0, 60),
        read: percentText(value),
        column: header,
      });
    own[key] = value;
  }
  return own;
}

/**
 * A penalty row of the scoring table: points off per day late or per corrected report, "Tối đa" the most
 * it takes off (blank: no cap). It scores no target, so its target cell is left blank.
 */
function readPenalty(row: TableRow, check: Checker, penalties: PenaltyRule[]): void {
  const method = penaltyMethodOf(row.text("method"))!;
  const target = row.text("target");
  if (target)
    check.warn("penalty_target", WORDS.campaign.penaltyTarget, row, "target", {
      method: WORDS.penaltyMethods[method],
      value: target.slice(0, 60),
    });
  if (penalties.some((p) => p.method === method))
    check.error("repeated", WORDS.campaign.repeated, row, "method", { value: WORDS.penaltyMethods[method] });
  const points = positive(row, "points");
  if (points === null || points <= 0 || points > MAX_POINTS)
    check.error("points_not_positive", WORDS.campaign.pointsNotPositive, row, "points", {
      value: row.text("points"),
    });
  const capText = row.text("cap");
  const cap = capText === "" ? undefined : positive(row, "cap");
  if (cap === null || (cap !== undefined && (cap < 0 || cap > MAX_POINTS)))
    check.error("bad_cap", WORDS.campaign.badPenaltyCap, row, "cap", { value: capText });
  if (points === null || points <= 0 || points > MAX_POINTS || cap === null) return;
  if (penalties.some((p) => p.method === method)) return;
  penalties.push({ method, points, ...(cap !== undefined ? { cap } : {}) });
}

function readScoring(
  table: SheetTable,
  indicators: readonly Indicator[],
): { scoring: ScoringRule[]; penalties: PenaltyRule[]; findings: Finding[] } {
  const check = new Checker(table);
  const scoring: ScoringRule[] = [];
  const penalties: PenaltyRule[] = [];
  if (!headerCheck(table, ["target", "points", "method"], check))
    return { scoring, penalties, findings: check.findings };
  const seen = new Set<string>();
  for (const row of tableRows(table).rows) {
    if (penaltyMethodOf(row.text("method"))) {
      readPenalty(row, check, penalties);
      continue;
    }
    const key = row.text("target");
    const target = targetOf(key, indicators);
    if (!target)
      check.error("unknown_target", WORDS.campaign.unknownTarget, row, "target", { value: key.slice(0, 60) });
    else if (seen.has(target.key))
      check.error("repeated", WORDS.campaign.repeated, row, "target", { value: key });
    const points = positive(row, "points");
    if (points === null || points <= 0)
      check.error("points_not_positive", WORDS.campaign.pointsNotPositive, row, "points", {
        value: row.text("points"),
      });
    else if (points > MAX_POINTS) {
      check.error("points_too_large", WORDS.campaign.pointsTooLarge, row, "points", {
        value: row.text("points"),
        max: String(MAX_POINTS),
      });
      continue;
    }
    const method = scoringMethodOf(row.text("method"));
    if (!method)
      check.error("unknown_method", WORDS.campaign.unknownMethod, row, "method", {
        value: row.text("method").slice(0, 60),
        methods: acceptedMethods,
      });
    const capText = row.text("cap");
    const cap = capText === "" ? (method === "bonus" ? null : 0) : positive(row, "cap");
    if (capText === "" && method === "bonus")
      check.error("cap_required", WORDS.campaign.capRequired, row, "cap");
    else if (cap === null || cap < 0)
      check.error("bad_cap", WORDS.campaign.badCap, row, "cap", { value: capText });
    if (!target || points === null || points <= 0 || !method || cap === null || cap < 0) continue;
    seen.add(target.key);
    scoring.push({ target: target.key, points, method, ...(method === "bonus" ? { cap } : {}) });
  }
  const total = scoring.reduce((sum, rule) => sum + rule.points + (rule.cap ?? 0), 0);
  if (total > MAX_POINTS)
    check.findings.push(
      finding(
        "error",
        "campaign.points_too_large",
        fill(WORDS.campaign.totalPointsTooLarge, {
          table: table.sheet,
          max: MAX_POINTS,
        }),
        { sheet: table.sheet, cell: table.ref },
      ),
    );
  return { scoring, penalties, findings: check.findings };
}

function readGrades(table: SheetTable): { grades: Grade[]; findings: Finding[] } {
  const check = new Checker(table);
  const grades: Grade[] = [];
  if (!headerCheck(table, ["grade", "min_score"], check)) return { grades, findings: check.findings };
  const rows = tableRows(table).rows;
  rows.forEach((row, i) => {
    const grade = row.text("grade");
    if (!grade) check.error("required", WORDS.campaign.required, row, "grade");
    const blankLast = row.text("min_score") === "" && i === rows.length - 1;
    const min = blankLast ? 0 : positive(row, "min_score");
    if (min === null || min < 0 || min > 100) {
      check.error("bad_score", WORDS.campaign.badScore, row, "min_score", { value: row.text("min_score") });
      return;
    }
    const previous = grades[grades.length - 1];
    if (previous && min >= previous.minScore)
      check.error("grades_not_descending", WORDS.campaign.gradesNotDescending, row, "min_score");
    if (grade) grades.push({ grade, minScore: min });
  });
  return { grades, findings: check.findings };
}

/**
 * The first columns a table's header starts with, in Vietnamese or as English keys, to find it in a file
 * without Excel tables (.ods, a sheet another program wrote).
 */
const HEADER_STARTS: Record<string, readonly (readonly string[])[]> = {
  [CAMPAIGN_TABLES.periods.name]: headerStarts("TD_Periods", ["id", "label"]),
  [CAMPAIGN_TABLES.units.name]: headerStarts("TD_Units", ["code", "name"]),
  // "Mã đơn vị" also heads TD_Units: the first target's name tells the two apart.
  // Since the period column (Mã kỳ) came second; workbooks written before start with a target.
  [CAMPAIGN_TABLES.targets.name]: [
    columnHeaders("TD_Targets", ["unit", "period"]),
    // A unit's name beside its code, for the officer reading the rows (LABEL_COLUMNS).
    [
      ...columnHeaders("TD_Targets", ["unit"]),
      ...columnHeaders("TD_Units", ["name"]),
      ...columnHeaders("TD_Targets", ["period"]),
    ],
    [...columnHeaders("TD_Targets", ["unit"]), targetsOf(campaignTemplates())[0]!.label.vi],
    ["unit"],
  ],
  [CAMPAIGN_TABLES.scoring.name]: headerStarts("TD_Scoring", ["target", "points"]),
  [CAMPAIGN_TABLES.grades.name]: headerStarts("TD_Grades", ["grade", "min_score"]),
  [CAMPAIGN_TABLES.awards.name]: headerStarts("TD_Awards", ["award", "scope"]),
  [CAMPAIGN_TABLES.indicators.name]: headerStarts("TD_Indicators", ["code", "name", "name_en"]),
  [CAMPAIGN_TABLES.subRows.name]: headerStarts("TD_Rows", ["form", "parent", "code"]),
  [CAMPAIGN_TABLES.parent.name]: headerStarts("TD_Parent", ["code", "name"]),
  [CAMPAIGN_TABLES.deadlines.name]: headerStarts("TD_Deadlines", ["period", "kind"]),
};

/** The columns a table's header starts with, as the message about it names them. */
const firstHeaders = (name: string) => (HEADER_STARTS[name]?.[0] ?? []).join(", ");

/**
 * The sheet the campaign workbook writes a table on, by the table's name, for the tables a sheet holds
 * alone or with each other (the scoring and grades tables): such a sheet holding cells where its table's
 * header is not found, outside the tables found on it, holds a table no longer read.
 */
const TABLE_SHEETS: Readonly<Record<string, Text>> = {
  [CAMPAIGN_TABLES.targets.name]: WORDS.campaignSheets.targetsSheet,
  [CAMPAIGN_TABLES.scoring.name]: WORDS.campaignSheets.scoringSheet,
  [CAMPAIGN_TABLES.grades.name]: WORDS.campaignSheets.scoringSheet,
  [CAMPAIGN_TABLES.awards.name]: WORDS.campaignSheets.awardsSheet,
};

/** The tables looked for on their own sheet alone while the workbook has it (see `campaignTables`). */
const OWN_SHEET_ONLY: ReadonlySet<string> = new Set([
  CAMPAIGN_TABLES.targets.name,
  CAMPAIGN_TABLES.awards.name,
]);

/** The sheet a table is written on (`TABLE_SHEETS`), where the workbook still has it. */
const ownSheet = (grid: WorkbookGrid, name: string) => {
  const words = TABLE_SHEETS[name];
  return words && [words.vi, words.en].map((w) => findSheet(grid, w)).find(Boolean);
};

/** The other tables written on a table's sheet: the grades beside the scoring, and the scoring beside them. */
const sheetMates = (name: string) =>
  Object.keys(TABLE_SHEETS).filter((other) => other !== name && TABLE_SHEETS[other] === TABLE_SHEETS[name]);

/** Where a table found lies: from its header's first cell to its last row's last cell. */
const tableArea = (table: SheetTable): Area | null => {
  const last = table.rows[table.rows.length - 1]?.cells ?? table.header;
  return areaOf(`${table.ref}:${last[last.length - 1]?.address ?? table.ref}`);
};

/**
 * Whether a sheet holds a cell outside the tables found on it, on their rows and below: the title and
 * help the workbook writes above its tables are no table's. With none found, from the row the workbook
 * writes its headers on: an officer who deleted a sheet's tables for the defaults left its title.
 */
function holdsCellsOutside(sheet: GridSheet, found: readonly Area[]): boolean {
  const top = found.length > 0 ? Math.min(...found.map((a) => a.top)) : TABLE_HEADER_ROW;
  for (const [row, cells] of cellRows(sheet))
    if (row >= top && [...cells.keys()].some((col) => !found.some((a) => inArea(a, row, col)))) return true;
  return false;
}

/**
 * The campaign tables of a workbook as any reader gave it, by name; the targets and awards tables are
 * looked for on their own sheet while the workbook has it (the targets header's first column, Mã đơn vị,
 * also heads the units table).
 */
export const campaignTables =
  (grid: WorkbookGrid) =>
  (name: string): SheetTable | undefined => {
    const own = OWN_SHEET_ONLY.has(name) ? ownSheet(grid, name) : undefined;
    for (const start of HEADER_STARTS[name] ?? [[]]) {
      const found = findTable(grid, name, start);
      if (found && (!own || found.sheet === own.name)) return found;
    }
    return undefined;
  };

/**
 * Where an optional table is not found though its sheet holds cells beside the other tables found there,
 * that sheet's name: its header was retyped or a column inserted before its first ones, and its rows would
 * be left out for the defaults without a word (an officer's round: a "Tên đơn vị" column inserted in Chỉ
 * tiêu giao of an .ods dropped every unit's own target, N01 scored 39.4 for 88.53, the check saying ✓; a
 * heading of Bảng chấm điểm retyped gave the default scoring). The scoring sheet holding the grades table
 * alone has its scoring left out, as the guide allows.
 */
export const unreadTables = (grid: WorkbookGrid) => {
  const find = campaignTables(grid);
  return (name: string): string | undefined => {
    const sheet = ownSheet(grid, name);
    if (!sheet) return undefined;
    const found = sheetMates(name).flatMap((other) => {
      const table = find(other);
      const area = table?.sheet === sheet.name && tableArea(table);
      return area ? [area] : [];
    });
    return holdsCellsOutside(sheet, found) ? sheet.name : undefined;
  };
};

/** Reads and checks the campaign in a workbook as any reader gave it. */
export function readCampaignGrid(grid: WorkbookGrid): CampaignCheck {
  return readCampaign(campaignTables(grid), unreadTables(grid));
}

/**
 * Reads and checks a campaign workbook's tables. Every problem names its table, sheet and cell; the
 * scoring and grade tables may be left out (the defaults apply), as may the awards table (no proposals);
 * the periods may not.
 */
export function readCampaign(
  find: (name: string) => SheetTable | undefined,
  unread: (name: string) => string | undefined = () => undefined,
): CampaignCheck {
  const findings: Finding[] = [];
  const table = (name: string, required: boolean) => {
    const found = find(name);
    // Its checks would read such a cell as blank: a rule's points as not positive, a unit's name as missing.
    const unsaved = found ? unsavedFormulas(found) : [];
    findings.push(...unsaved);
    if (unsaved.length > 0) return undefined;
    const sheet = found ? undefined : unread(name);
    if (!found && (required || sheet !== undefined))
      findings.push(
        sheet === undefined
          ? finding("error", "campaign.missing_table", fill(WORDS.campaign.missingTable, { table: name }))
          : finding(
              "error",
              "campaign.table_unread",
              fill(WORDS.campaign.tableUnread, { table: name, sheet, first: firstHeaders(name) }),
              { sheet },
            ),
      );
    return found;
  };
  const periodsTable = table(CAMPAIGN_TABLES.periods.name, true);
  const unitsTable = table(CAMPAIGN_TABLES.units.name, true);
  const targetsTable = table(CAMPAIGN_TABLES.targets.name, false);
  const scoringTable = table(CAMPAIGN_TABLES.scoring.name, false);
  const gradesTable = table(CAMPAIGN_TABLES.grades.name, false);
  const awardsTable = table(CAMPAIGN_TABLES.awards.name, false);
  const indicatorsTable = table(CAMPAIGN_TABLES.indicators.name, false);
  // Written since sub-rows came; a campaign workbook without it keeps the catalog's forms as they are.
  const subRowsTable = table(CAMPAIGN_TABLES.subRows.name, false);
  const parentTable = table(CAMPAIGN_TABLES.parent.name, false);
  const deadlinesTable = table(CAMPAIGN_TABLES.deadlines.name, false);

  const periods = periodsTable ? readPeriods(periodsTable) : { periods: [], findings: [] };
  const units = unitsTable ? readUnits(unitsTable) : { units: [], findings: [] };
  const known = units.units.length > 0 ? new Set(units.units.map((u) => unitKey(u.code))) : null;
  const split = subRowsTable ? readSubRows(subRowsTable) : { subRows: [], findings: [] };
  const own = indicatorsTable
    ? readIndicators(indicatorsTable, split.subRows)
    : { indicators: [], findings: [] };
  const targets = targetsTable
    ? readTargets(targetsTable, known, own.indicators, periods.periods)
    : {
        defaults: defaultTargets(campaignTemplates(own.indicators), own.indicators),
        assigned: new Map(),
        periodTargets: new Map(),
        findings: [],
      };
  const scoring = scoringTable
    ? readScoring(scoringTable, own.indicators)
    : { scoring: [...DEFAULT_SCORING], penalties: [], findings: [] };
  const grades = gradesTable ? readGrades(gradesTable) : { grades: [...DEFAULT_GRADES], findings: [] };
  const hasBlocs = units.units.some((u) => u.bloc !== undefined);
  const awards = awardsTable
    ? readAwards(awardsTable, grades.grades, hasBlocs)
    : { awards: [], nominationAwards: [], findings: [] };
  const parent = parentTable ? readParent(parentTable) : { findings: [] };
  // Written empty by the product, for the province to fill: an empty table sets no due date of its own.
  const deadlines = deadlinesTable
    ? readDeadlines(deadlinesTable, periods.periods, known)
    : { deadlines: [], findings: [] };
  findings.push(
    ...periods.findings,
    ...units.findings,
    ...split.findings,
    ...own.findings,
    ...targets.findings,
    ...scoring.findings,
    ...grades.findings,
    ...awards.findings,
    ...parent.findings,
    ...deadlines.findings,
    ...campaignTextFindings(find),
  );

  const usable = !findings.some((f) => f.severity === "error");
  return {
    campaign: usable
      ? {
          periods: periods.periods,
          units: units.units,
          defaults: targets.defaults,
          assigned: targets.assigned,
          ...(targets.periodTargets.size > 0 ? { periodTargets: targets.periodTargets } : {}),
          scoring: scoring.scoring,
          grades: grades.grades,
          ...(awards.awards.length > 0 ? { awards: awards.awards } : {}),
          ...(awards.nominationAwards.length > 0 ? { nominationAwards: awards.nominationAwards } : {}),
          ...(own.indicators.length > 0 ? { indicators: own.indicators } : {}),
          ...(split.subRows.length > 0 ? { subRows: split.subRows } : {}),
          ...(parent.parent ? { parent: parent.parent } : {}),
          ...(deadlines.deadlines.length > 0 ? { deadlines: deadlines.deadlines } : {}),
          ...(scoring.penalties.length > 0 ? { penalties: scoring.penalties } : {}),
        }
      : null,
    findings: sortFindings(findings),
  };
}
