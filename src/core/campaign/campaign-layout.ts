import { getTemplate, sourceText, type SubRow } from "../catalog";
import type { Area } from "../grid/a1";
import { NUMBER_FORMATS, type WorkbookPlan } from "../layout/plan";
import { periodName } from "../model/period";
import { printable } from "../layout/print";
import { SheetBuilder } from "../layout/sheet-builder";
import { targetsOf } from "../model/targets";
import type { Text } from "../text/text";
import { unitKey, unitKindLabel } from "../model/units";
import { CAMPAIGN_TABLES } from "./read-campaign";
import { campaignTemplates } from "./unit-templates";
import { columnHeaders } from "./campaign-columns";
import { campaignEnd, campaignGuide, coveredRows, TABLE_HEADER_ROW } from "./campaign-guide";
import { isoToExcelSerial } from "./table-cells";
import type { Assigned, Campaign } from "./types";
import { WORDS } from "../vocabulary";
import { subjectWords } from "./nomination-columns";
import { scopeText } from "./level-words";

/** The tables start under a title and a line saying what their columns mean. */
const HEADER_ROW = TABLE_HEADER_ROW;
/** The due dates by unit kind or by unit sit right of the periods, a column apart. */
const DEADLINES_LEFT = 6;

type Value = string | number | null;

function tableSheet(
  name: Text,
  table: string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
  options: { help: Text; dateColumns?: readonly number[]; formats?: readonly (string | undefined)[] },
): SheetBuilder {
  const sheet = new SheetBuilder(name.vi, name);
  sheet.put(0, 0, { value: `${name.vi} — ${table}`, style: "title" });
  sheet.put(1, 0, { value: options.help.vi, style: "info" });
  sheet.put(2, 0, { value: options.help.en, style: "subtitle" });
  placeTable(sheet, table, 0, headers, rows, options);
  return sheet;
}

function placeTable(
  sheet: SheetBuilder,
  table: string,
  left: number,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
  options: { dateColumns?: readonly number[]; formats?: readonly (string | undefined)[] },
): void {
  sheet.putRow(HEADER_ROW, left, headers, { style: "header" });
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const isDate = options.dateColumns?.includes(c) && typeof value === "string" && value !== "";
      const numFmt = isDate ? NUMBER_FORMATS.date : options.formats?.[c];
      sheet.put(HEADER_ROW + 1 + r, left + c, {
        value: isDate ? isoToExcelSerial(value) : value,
        style: "text",
        unlocked: true,
        ...(numFmt ? { numFmt } : {}),
      });
    }),
  );
  // A table needs at least one data row; an empty one is left for the province to fill.
  const last = HEADER_ROW + Math.max(rows.length, 1);
  sheet.table(table, { top: HEADER_ROW, left, bottom: last, right: left + headers.length - 1 });
}

/** A column of a table's data rows and of the rows the province may add, for its drop-down. */
const columnOf =
  (rows: number) =>
  (col: number): Area => ({
    top: HEADER_ROW + 1,
    left: col,
    bottom: HEADER_ROW + coveredRows(rows),
    right: col,
  });

const build = (sheet: SheetBuilder, widths: readonly number[]) =>
  printable(
    sheet.build({ columnWidths: widths, freeze: { rows: HEADER_ROW + 1, cols: 1 }, protect: false }),
    {
      repeatRows: { top: HEADER_ROW, bottom: HEADER_ROW },
      // The column naming each row (a unit's code, a period's id): on every page of a table printed in strips.
      repeatColumns: { left: 0, right: 0 },
    },
  );

type Guide = ReturnType<typeof campaignGuide>;

/** TD_Periods, with TD_Deadlines beside it. */
function periodsSheet(campaign: Campaign, guide: Guide): SheetBuilder {
  const { periods, deadlines } = CAMPAIGN_TABLES;
  const periodRows = campaign.periods.map((p) => [p.id, periodName(p.label.vi), p.start, p.end, p.due ?? ""]);
  const periodSheet = tableSheet(
    WORDS.campaignSheets.periodsSheet,
    periods.name,
    columnHeaders(periods.name, periods.columns),
    periodRows,
    {
      help: WORDS.campaignSheets.periodsHelp,
      dateColumns: [2, 3, 4],
    },
  );
  // Beside the periods, written empty for the province to fill: a kind's or a unit's own due date.
  const deadlineRows = (campaign.deadlines ?? []).map((d) => [
    d.period,
    d.kind ? unitKindLabel(d.kind).vi : "",
    d.unit ?? "",
    d.due,
  ]);
  placeTable(
    periodSheet,
    deadlines.name,
    DEADLINES_LEFT,
    columnHeaders(deadlines.name, deadlines.columns),
    deadlineRows,
    {
      dateColumns: [3],
    },
  );
  periodSheet.validate(guide.lists.kinds([columnOf(deadlineRows.length)(DEADLINES_LEFT + 1)]));
  return periodSheet;
}

/** TD_Units, with drop-downs for kind, summarising unit and bloc. */
function unitsSheet(campaign: Campaign, guide: Guide): SheetBuilder {
  const { units } = CAMPAIGN_TABLES;
  const unitRows = campaign.units.map((u) => [
    u.code,
    u.name,
    u.kind ? unitKindLabel(u.kind, campaignEnd(campaign)).vi : "",
    u.parentCode ?? "",
    u.bloc ?? "",
    u.validFrom ?? "",
    u.validTo ?? "",
    (u.successors ?? []).join(", "),
    u.movedInFrom ?? "",
  ]);
  const unitSheet = tableSheet(
    WORDS.campaignSheets.unitsSheet,
    units.name,
    columnHeaders(units.name, units.columns),
    unitRows,
    {
      help: WORDS.campaignSheets.unitsHelp,
      dateColumns: [5, 6],
    },
  );
  const unitColumn = columnOf(unitRows.length);
  unitSheet.validate(guide.lists.kinds([unitColumn(2)]));
  unitSheet.validate(guide.lists.parents([unitColumn(3)]));
  unitSheet.validate(guide.lists.blocs([unitColumn(4)]));
  return unitSheet;
}

/** TD_Parent: the summarising unit. */
function parentSheetOf(campaign: Campaign, guide: Guide): SheetBuilder {
  const { parent } = CAMPAIGN_TABLES;
  // Written empty where the campaign names none, for the province to fill: a roll-up asks for it till then.
  const parentSheet = tableSheet(
    WORDS.campaignSheets.parentSheet,
    parent.name,
    columnHeaders(parent.name, parent.columns),
    campaign.parent
      ? [
          [
            campaign.parent.code,
            campaign.parent.name,
            campaign.parent.kind ? unitKindLabel(campaign.parent.kind, campaignEnd(campaign)).vi : "",
          ],
        ]
      : [],
    { help: WORDS.campaignSheets.parentHelp },
  );
  // One row: its kind, picked from the kinds.
  parentSheet.validate(
    guide.lists.kinds([{ top: HEADER_ROW + 1, left: 2, bottom: HEADER_ROW + 1, right: 2 }]),
  );
  return parentSheet;
}

/** TD_Targets: the targets for every unit, each unit's own, then each period's. */
function targetsSheet(campaign: Campaign, guide: Guide, placed: ReturnType<typeof targetsOf>): SheetBuilder {
  const { targets } = CAMPAIGN_TABLES;
  const assignedCell = (value: Assigned | null | undefined) => (value === "na" ? "-" : (value ?? null));
  const formats = [
    undefined,
    undefined,
    ...placed.map((t) => (t.kind === "ratio" ? "0%" : NUMBER_FORMATS.count)),
  ];
  const targetRow = (unit: string, period: string, own: Readonly<Record<string, Assigned | null>>) => [
    unit,
    period,
    ...placed.map((t) => assignedCell(own[t.key])),
  ];
  // Rows for every period (Mã kỳ blank), then each period's own rows in the order of TD_Periods.
  const periodTargetRows = campaign.periods.flatMap((p) => {
    const own = campaign.periodTargets?.get(p.id.toUpperCase());
    if (!own) return [];
    const starRow = Object.keys(own.defaults).length > 0 ? [targetRow("*", p.id, own.defaults)] : [];
    const unitRows = campaign.units.flatMap((u) => {
      const assigned = own.assigned.get(unitKey(u.code));
      return assigned ? [targetRow(u.code, p.id, assigned)] : [];
    });
    return [...starRow, ...unitRows];
  });
  const targetRows = [
    targetRow("*", "", campaign.defaults),
    ...campaign.units.map((u) => targetRow(u.code, "", campaign.assigned.get(unitKey(u.code)) ?? {})),
    ...periodTargetRows,
  ];
  const targetSheet = tableSheet(
    WORDS.campaignSheets.targetsSheet,
    targets.name,
    [...columnHeaders(targets.name, targets.columns), ...placed.map((t) => t.label.vi)],
    targetRows,
    {
      help: WORDS.campaignSheets.targetsHelp,
      formats,
    },
  );
  targetSheet.validate(guide.lists.periods([columnOf(targetRows.length)(1)]));
  // The key above each name: what the English campaign files and `thidua catalog` call the target.
  placed.forEach((t, i) => targetSheet.put(HEADER_ROW - 1, i + 2, { value: t.key, style: "headerEn" }));
  return targetSheet;
}

/** TD_Scoring with TD_Grades beside it. */
function scoringSheetOf(
  campaign: Campaign,
  guide: Guide,
  placed: ReturnType<typeof targetsOf>,
): SheetBuilder {
  const { scoring, grades } = CAMPAIGN_TABLES;
  const scoringSheet = tableSheet(
    WORDS.campaignSheets.scoringSheet,
    scoring.name,
    columnHeaders(scoring.name, scoring.columns),
    [
      ...campaign.scoring.map((r) => [
        placed.find((t) => t.key === r.target)?.label.vi ?? r.target,
        r.points,
        WORDS.scoringMethods[r.method].vi,
        r.method === "bonus" ? (r.cap ?? 0) : null,
      ]),
      ...(campaign.penalties ?? []).map((p) => [
        "",
        p.points,
        WORDS.penaltyMethods[p.method].vi,
        p.cap ?? null,
      ]),
    ],
    { help: WORDS.campaignSheets.scoringHelp },
  );
  const scoringColumn = columnOf(campaign.scoring.length + (campaign.penalties?.length ?? 0));
  scoringSheet.validate(guide.lists.targets([scoringColumn(0)]));
  scoringSheet.validate(guide.lists.methods([scoringColumn(2)]));
  placeTable(
    scoringSheet,
    grades.name,
    5,
    columnHeaders(grades.name, grades.columns),
    campaign.grades.map((g) => [g.grade, g.minScore]),
    {},
  );
  return scoringSheet;
}

/** TD_Awards: the units' awards drawn by score, then those to people and works. */
function awardsSheet(campaign: Campaign, guide: Guide): SheetBuilder {
  const { awards } = CAMPAIGN_TABLES;
  const awardRules = campaign.awards ?? [];
  const nominated = campaign.nominationAwards ?? [];
  const awardSheet = tableSheet(
    WORDS.campaignSheets.awardsSheet,
    awards.name,
    columnHeaders(awards.name, awards.columns),
    [
      ...awardRules.map((a) => [
        a.award,
        scopeText(a.scope, campaign.parent?.kind).vi,
        a.count,
        a.minGrade ?? null,
        a.minScore ?? null,
        a.wholePeriod ? WORDS.campaignSheets.yes.vi : null,
        subjectWords("unit").vi,
        null,
        null,
      ]),
      // Awards to people and works after the units': they are not drawn by score.
      ...nominated.map((a) => [
        a.award,
        scopeText(a.scope, campaign.parent?.kind).vi,
        a.count ?? null,
        null,
        null,
        null,
        subjectWords(a.subject).vi,
        a.minDirectShare ?? null,
        a.upward ? WORDS.campaignSheets.yes.vi : null,
      ]),
    ],
    {
      help: WORDS.campaignSheets.awardsHelp,
      formats: [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        NUMBER_FORMATS.ratio,
        undefined,
      ],
    },
  );
  const awardColumn = columnOf(awardRules.length + nominated.length);
  awardSheet.validate(guide.lists.scopes([awardColumn(1)]));
  awardSheet.validate(guide.lists.grades([awardColumn(3)]));
  awardSheet.validate(guide.lists.yesNo([awardColumn(5), awardColumn(8)]));
  awardSheet.validate(guide.lists.subjects([awardColumn(6)]));
  return awardSheet;
}

/** TD_Indicators: the province's own indicators (Biểu 05). */
function indicatorsSheet(campaign: Campaign, guide: Guide): SheetBuilder {
  const { indicators } = CAMPAIGN_TABLES;
  // Written empty too, so a province adds its own indicators where it fills the rest; empty means no Biểu 05.
  const own = campaign.indicators ?? [];
  const indicatorSheet = tableSheet(
    WORDS.campaignSheets.indicatorsSheet,
    indicators.name,
    columnHeaders(indicators.name, indicators.columns),
    own.map((i) => [
      i.code,
      i.name.vi,
      i.name.en === i.name.vi ? null : i.name.en,
      WORDS.indicatorKinds[i.kind].vi,
      i.parts?.[0] ?? null,
      i.parts?.[1] ?? null,
      i.unit ?? null,
      i.kind === "ratio" || i.kind === "figure"
        ? null
        : i.required
          ? WORDS.campaignSheets.yes.vi
          : WORDS.campaignSheets.no.vi,
      i.source ? sourceText(i.source, campaign.subRows) : null,
    ]),
    { help: WORDS.campaignSheets.indicatorsHelp },
  );
  indicatorSheet.validate(guide.lists.indicatorKinds([columnOf(own.length)(3)]));
  return indicatorSheet;
}

/** TD_SubRows: a form's rows split by the province. */
function subRowsSheet(campaign: Campaign): SheetBuilder {
  const { subRows } = CAMPAIGN_TABLES;
  // Written empty too, so a province splits a form's row where it fills the rest; empty keeps the forms.
  const splitSheet = tableSheet(
    WORDS.campaignSheets.subRowsSheet,
    subRows.name,
    columnHeaders(subRows.name, subRows.columns),
    (campaign.subRows ?? []).map(subRowLine),
    { help: WORDS.campaignSheets.subRowsHelp },
  );
  return splitSheet;
}

/**
 * The campaign workbook: one sheet per table, each an Excel table under the names other programs fill
 * (TD_Periods, TD_Deadlines, TD_Units, TD_Parent, TD_Targets, TD_Scoring, TD_Grades, TD_Awards,
 * TD_Indicators), dates as dates, rates as percentages. The due dates by kind or unit, summarising unit,
 * awards and indicators tables are written empty when the campaign has none, for the province to fill.
 */
export function layoutCampaign(campaign: Campaign): WorkbookPlan {
  const guide = campaignGuide(campaign);
  const placed = targetsOf(campaignTemplates(campaign.indicators), campaign.indicators);
  const periodSheet = periodsSheet(campaign, guide);
  const unitSheet = unitsSheet(campaign, guide);
  const parentSheet = parentSheetOf(campaign, guide);
  const targetSheet = targetsSheet(campaign, guide, placed);
  const scoringSheet = scoringSheetOf(campaign, guide, placed);
  const awardSheet = awardsSheet(campaign, guide);
  const indicatorSheet = indicatorsSheet(campaign, guide);
  const splitSheet = subRowsSheet(campaign);

  return {
    sheets: [
      guide.sheet,
      build(periodSheet, [14, 30, 14, 14, 14, 4, 14, 24, 14, 14]),
      build(unitSheet, [14, 40, 18, 14, 22, 14, 14, 22]),
      build(parentSheet, [22, 48, 28]),
      build(targetSheet, [14, 12, ...placed.map(() => 18)]),
      build(scoringSheet, [32, 10, 16, 10, 4, 16, 12]),
      build(awardSheet, [28, 16, 12, 20, 16, 16, 22, 22]),
      build(indicatorSheet, [16, 40, 32, 22, 14, 14, 14, 10, 30]),
      build(splitSheet, [12, 36, 16, 36, 32]),
    ],
    names: [],
  };
}

/** A sub-row as an officer writes it: the form's sheet, the row's label as printed, the code after the row's key. */
function subRowLine(s: SubRow): Value[] {
  const parent = getTemplate(s.template).rows.find((r) => r.key === s.parent)!;
  const code = s.key.startsWith(`${s.parent}_`) ? s.key.slice(s.parent.length + 1) : s.key;
  return [
    getTemplate(s.template).sheetName,
    parent.label.vi,
    code,
    s.name.vi,
    s.name.en === s.name.vi ? null : s.name.en,
  ];
}
