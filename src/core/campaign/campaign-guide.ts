import { columnLetters, quoteSheet, type Area } from "../grid/a1";
import { INDICATOR_COLUMNS, INDICATOR_KINDS } from "../catalog";
import { printable } from "../layout/print";
import type { ListValidation, SheetPlan } from "../layout/plan";
import { SheetBuilder } from "../layout/sheet-builder";
import { targetsOf } from "../model/targets";
import { bilingual } from "../text/text";
import { UNIT_KINDS, unitKey, unitKindLabel } from "../model/units";
import { distinctBlocs } from "./bloc-groups";
import { AWARD_SUBJECTS, subjectWords } from "./nomination-columns";
import { scopeText } from "./level-words";
import { campaignTemplates } from "./unit-templates";
import { AWARD_SCOPES, PENALTY_METHODS, SCORING_METHODS, type Campaign } from "./types";
import { WORDS } from "../vocabulary";

export type ListName =
  | "kinds"
  | "methods"
  | "targets"
  | "blocs"
  | "parents"
  | "scopes"
  | "grades"
  | "indicatorKinds"
  | "periods"
  | "yesNo"
  | "subjects";

/** The row of every campaign table's header, under a title and a line saying what its columns mean. */
export const TABLE_HEADER_ROW = 3;

/**
 * Rows a table's drop-downs reach past its last one, for the rows the province adds (in Excel a table
 * grows into them; LibreOffice and others keep a drop-down where it was written).
 */
export const LIST_ROOM = 200;

/** The rows of a table of `rows` rows its drop-downs and lists cover, from its first. */
export const coveredRows = (rows: number) => Math.max(rows, 1) + LIST_ROOM;

/** The drop-downs a table column offers, each by the range of the guide sheet that lists its values. */
export type CampaignLists = Readonly<Record<ListName, (areas: readonly Area[]) => ListValidation>>;

/** The last day of the campaign's periods: what its unit kinds are named by (see unitKindLabel). */
export const campaignEnd = (campaign: Campaign): string | undefined =>
  campaign.periods
    .map((p) => p.end)
    .sort()
    .at(-1);

/** Values staff pick rather than type: those the reader takes (kinds, methods, targets) and those in use. */
function listValues(campaign: Campaign): Record<ListName, readonly string[]> {
  const codes = new Map<string, string>();
  for (const code of [...campaign.units.map((u) => u.parentCode), ...campaign.units.map((u) => u.code)])
    if (code && !codes.has(unitKey(code))) codes.set(unitKey(code), code);
  return {
    kinds: UNIT_KINDS.map((k) => unitKindLabel(k.key, campaignEnd(campaign)).vi),
    methods: [
      ...SCORING_METHODS.map((m) => WORDS.scoringMethods[m].vi),
      ...PENALTY_METHODS.map((m) => WORDS.penaltyMethods[m].vi),
    ],
    // The province's own indicators follow, as the indicators table names them (see indicatorNames).
    targets: targetsOf(campaignTemplates([])).map((t) => t.label.vi),
    blocs: distinctBlocs(campaign.units.map((u) => u.bloc)),
    parents: [...codes.values()],
    // Mỗi đơn vị counts an award to people or works in each unit; a unit's award refuses it.
    // The whole named as the summarising unit's level: Toàn tỉnh, Toàn huyện, Toàn ngành…
    scopes: [
      ...AWARD_SCOPES.map((s) => scopeText(s, campaign.parent?.kind).vi),
      WORDS.nominations.scopeUnit.vi,
    ],
    grades: campaign.grades.map((g) => g.grade),
    indicatorKinds: INDICATOR_KINDS.map((k) => WORDS.indicatorKinds[k].vi),
    periods: campaign.periods.map((p) => p.id),
    yesNo: [WORDS.campaignSheets.yes.vi, WORDS.campaignSheets.no.vi],
    subjects: AWARD_SUBJECTS.map((s) => subjectWords(s).vi),
  };
}

/**
 * Below the catalog's targets, one cell per row the indicators table may hold, each the name typed in
 * it: an indicator added there after the workbook was made can be scored at once.
 */
function indicatorNames(campaign: Campaign, top: number): { formula: string; value: string }[] {
  const sheet = quoteSheet(WORDS.campaignSheets.indicatorsSheet.vi);
  const column = columnLetters(INDICATOR_COLUMNS.indexOf("name"));
  const own = campaign.indicators ?? [];
  return Array.from({ length: coveredRows(own.length) }, (_, i) => {
    const name = `${sheet}!$${column}$${top + 2 + i}`;
    return { formula: `IF(${name}="","",${name})`, value: own[i]?.name.vi ?? "" };
  });
}

/**
 * The first scope offered: the whole as the kind picked in TD_Parent names it (Toàn huyện for a district
 * federation, Toàn ngành for a sector union…), Toàn tỉnh while none is picked: a campaign made before its
 * summarising unit is named offers its level's word once it is. `kinds` is the guide's list of kinds, the
 * words TD_Parent's drop-down offers; each is read as the whole anyway (see `namesWhole`).
 */
function wholeScope(campaign: Campaign, kinds: string): { formula: string; value: string } {
  const cell = `${quoteSheet(WORDS.campaignSheets.parentSheet.vi)}!$${columnLetters(2)}$${TABLE_HEADER_ROW + 2}`;
  const words = UNIT_KINDS.map((k) => `"${scopeText("province", k.key).vi}"`).join(",");
  const province = scopeText("province", "federation").vi;
  return {
    formula: `IFERROR(CHOOSE(MATCH(${cell},${kinds},0),${words}),"${province}")`,
    value: scopeText("province", campaign.parent?.kind).vi,
  };
}

const LIST_HEADERS: Record<ListName, keyof typeof WORDS.campaignSheets> = {
  kinds: "listKinds",
  methods: "listMethods",
  targets: "listTargets",
  blocs: "listBlocs",
  parents: "listParents",
  scopes: "listScopes",
  grades: "listGrades",
  indicatorKinds: "listIndicatorKinds",
  periods: "listPeriods",
  yesNo: "listYesNo",
  subjects: "listSubjects",
};

/**
 * The first sheet of the campaign workbook: what it is and how to fill it, in Vietnamese then English,
 * and under that the lists the tables' drop-downs offer.
 */
export function campaignGuide(campaign: Campaign): { sheet: SheetPlan; lists: CampaignLists } {
  const sheet = new SheetBuilder(WORDS.campaignSheets.guideSheet.vi, WORDS.campaignSheets.guideSheet);
  sheet.put(0, 0, { value: WORDS.campaignSheets.guideTitle.vi, style: "title" });
  sheet.put(1, 0, { value: WORDS.campaignSheets.guideTitle.en, style: "subtitle" });
  let row = 3;
  for (const [text, style] of [
    [WORDS.campaignSheets.guideIntro.vi, "note"],
    [WORDS.campaignSheets.guideIntro.en, "subtitle"],
  ] as const)
    sheet.put(row++, 0, { value: text, style }).merge(row - 1, 0, row - 1, 4);
  row++;
  for (const line of WORDS.campaignSheets.guideSteps.vi.split("|"))
    sheet.put(row++, 0, { value: line, style: "note" });
  for (const line of WORDS.campaignSheets.guideSteps.en.split("|"))
    sheet.put(row++, 0, { value: line, style: "subtitle" });
  row++;
  sheet.put(row++, 0, { value: WORDS.campaignSheets.guideLists.vi, style: "section" });
  sheet.put(row++, 0, { value: WORDS.campaignSheets.guideLists.en, style: "subtitle" });

  const header = row;
  const values = listValues(campaign);
  const names = Object.keys(LIST_HEADERS) as ListName[];
  const ranges = {} as Record<ListName, string>;
  const guide = quoteSheet(WORDS.campaignSheets.guideSheet.vi);
  names.forEach((name, col) => {
    const text = WORDS.campaignSheets[LIST_HEADERS[name]];
    sheet.put(header, col, { value: bilingual(text), style: "header" });
    values[name].forEach((value, i) => {
      // The whole's word follows the summarising unit's kind as it is picked (see wholeScope).
      const cell = name === "scopes" && i === 0 ? wholeScope(campaign, ranges.kinds) : { value };
      sheet.put(header + 1 + i, col, { ...cell, style: "text" });
    });
    const column = columnLetters(col);
    const first = `${guide}!$${column}$${header + 2}`;
    if (name !== "targets") {
      const last = header + Math.max(values[name].length, 1);
      ranges[name] = `${first}:$${column}$${last + 1}`;
      return;
    }
    const own = indicatorNames(campaign, TABLE_HEADER_ROW);
    own.forEach((cell, i) =>
      sheet.put(header + 1 + values.targets.length + i, col, { ...cell, style: "text" }),
    );
    // The list stops at the last name: the rows of indicators not yet typed are blanks, not choices.
    const all = `${first}:$${column}$${header + 1 + values.targets.length + own.length}`;
    ranges[name] = `OFFSET(${first},0,0,COUNTIF(${all},"?*"),1)`;
  });

  const validation =
    (name: ListName) =>
    (areas: readonly Area[]): ListValidation => ({
      areas,
      list: ranges[name],
      // A grade added to the grades table after the workbook was made is not in the guide's list yet.
      warnOnly: name === "blocs" || name === "parents" || name === "grades" || name === "periods",
      title: WORDS.campaignSheets.listTitle.vi,
      message: bilingual(WORDS.campaignSheets.listHelp),
    });
  const lists = Object.fromEntries(names.map((name) => [name, validation(name)])) as CampaignLists;
  const plan = sheet.build({ columnWidths: [60, 28, 40, 22, 20, 20, 16], protect: false });
  return { sheet: printable(plan, {}), lists };
}
