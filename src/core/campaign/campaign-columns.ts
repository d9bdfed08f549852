import { CUSTOM_FORM, INDICATOR_KINDS, TEMPLATE_IDS, type Indicator, type IndicatorKind } from "../catalog";
import { targetsOf, type PlacedTarget } from "../model/targets";
import { nameKey } from "../text/fold";
import type { Text } from "../text/text";
import { UNIT_KINDS, type UnitKind } from "../model/units";
import {
  AWARD_SCOPES,
  PENALTY_METHODS,
  SCORING_METHODS,
  type AwardScope,
  type PenaltyMethod,
  type ScoringMethod,
} from "./types";
import { WORDS } from "../vocabulary";
import { levelScope, namesWhole } from "./level-words";

/**
 * The campaign workbook's words: the Vietnamese headers and values staff type (and the workbook is written
 * with), their English names, and the English keys of the first campaign files, all read as one. Each table
 * lists its columns by key; a header is matched as people type it (case, spaces, composed or decomposed
 * accents do not matter).
 */
const TABLE_COLUMNS = {
  TD_Periods: WORDS.campaignColumns.periods,
  TD_Units: WORDS.campaignColumns.units,
  TD_Targets: WORDS.campaignColumns.targets,
  TD_Scoring: WORDS.campaignColumns.scoring,
  TD_Grades: WORDS.campaignColumns.grades,
  TD_Awards: WORDS.campaignColumns.awards,
  TD_Indicators: WORDS.campaignColumns.indicators,
  TD_Rows: WORDS.campaignColumns.subRows,
  TD_Parent: WORDS.campaignColumns.parent,
  TD_Deadlines: WORDS.campaignColumns.deadlines,
} as const satisfies Record<string, Record<string, Text>>;

type TableName = keyof typeof TABLE_COLUMNS;

const columnsOf = (table: string): Readonly<Record<string, Text>> | undefined =>
  Object.prototype.hasOwnProperty.call(TABLE_COLUMNS, table) ? TABLE_COLUMNS[table as TableName] : undefined;

/** What a word may be written as: its key, its Vietnamese and its English name. */
const spellings = (key: string, label: Text) => [key, label.vi, label.en].map(nameKey);

/** The column key a header stands for in a table, or the header folded when it is none of the table's. */
export function columnKey(table: string, header: string): string {
  const typed = nameKey(header);
  const columns = columnsOf(table);
  if (!columns) return typed;
  return Object.keys(columns).find((key) => spellings(key, columns[key]!).includes(typed)) ?? typed;
}

/** A column's header as staff read it, for messages; the key itself for a column of no table of ours. */
export function columnLabel(table: string, column: string): Text {
  return columnsOf(table)?.[column] ?? { vi: column, en: column };
}

/** The headers a table is written with, in the order of its keys. */
export const columnHeaders = (table: TableName, keys: readonly string[]): string[] =>
  keys.map((key) => (TABLE_COLUMNS[table] as Record<string, Text>)[key]?.vi ?? key);

/** The two header starts a table is found by in a sheet without Excel tables: Vietnamese and English keys. */
export function headerStarts(table: TableName, keys: readonly string[]): readonly (readonly string[])[] {
  return [columnHeaders(table, keys), [...keys]];
}

/** A method as typed: "Đạt / Chưa đạt" is written with spaces around its slash, earlier workbooks without. */
const methodKey = (text: string) => nameKey(text).replace(/ ?\/ ?/gu, "/");

/** The word of `words` typed as `text`: its key, its Vietnamese or its English name, compared `fold`ed. */
function typedWord<K extends string>(
  words: readonly K[],
  texts: Readonly<Record<K, Text>>,
  text: string,
  fold: (text: string) => string = nameKey,
): K | null {
  const typed = fold(text);
  return words.find((word) => spellings(word, texts[word]).map(fold).includes(typed)) ?? null;
}

export const scoringMethodOf = (text: string): ScoringMethod | null =>
  typedWord(SCORING_METHODS, WORDS.scoringMethods, text, methodKey);

/** A penalty row's method as typed: "Điểm trừ / ngày trễ" with or without spaces around its slash. */
export const penaltyMethodOf = (text: string): PenaltyMethod | null =>
  typedWord(PENALTY_METHODS, WORDS.penaltyMethods, text, methodKey);

/**
 * A scope as typed: Toàn tỉnh / Mỗi cụm, their English names or keys; "toàn tỉnh" is read as "Toàn tỉnh",
 * and the whole at another level (Toàn huyện, Toàn ngành…) as it.
 */
export const awardScopeOf = (text: string): AwardScope | null =>
  namesWhole(text) ? "province" : typedWord(AWARD_SCOPES, WORDS.awardScopes, text);

/**
 * The shorter names officers write for each kind (domain.md, the provinces' plans: "Công đoàn ngành",
 * "Công đoàn ngành & tương đương", "Công đoàn cơ sở trực thuộc", "Công đoàn KCN"…). None names two kinds:
 * "LĐLĐ thành phố" is left out, since a city may be a province or a district.
 */
const KIND_SHORT_NAMES: Readonly<Record<UnitKind, readonly string[]>> = {
  commune: [
    "Công đoàn xã, phường",
    "Công đoàn xã/phường",
    "Công đoàn xã",
    "Công đoàn phường",
    "Công đoàn đặc khu",
    "Commune union",
    "Ward union",
  ],
  industrial_park: [
    "Công đoàn KCN",
    "Công đoàn các khu công nghiệp",
    "Công đoàn các KCN",
    "Industrial park union",
  ],
  sector: ["Công đoàn ngành", "Công đoàn ngành & tương đương", "Sector union"],
  grassroots_direct: [
    "Công đoàn cơ sở trực thuộc",
    "CĐCS trực thuộc LĐLĐ tỉnh",
    "Công đoàn cơ sở trực thuộc LĐLĐ tỉnh",
    "Grassroots union",
  ],
  district_legacy: [
    "Liên đoàn Lao động huyện",
    "LĐLĐ quận",
    "LĐLĐ thị xã",
    "LĐLĐ huyện, quận, thị xã",
    "District federation",
  ],
  federation: [
    "LĐLĐ tỉnh",
    "Liên đoàn Lao động tỉnh",
    "LĐLĐ tỉnh, thành phố",
    "Liên đoàn Lao động tỉnh, thành phố",
    "Provincial federation",
  ],
};

/**
 * A kind as typed: its key, its name in either language or a shorter one officers write; a district
 * federation also as a campaign before the 2025 reform writes it ("LĐLĐ huyện").
 */
export function unitKindOf(text: string): UnitKind | null {
  const typed = nameKey(text);
  const before = WORDS.unitKindBeforeReform.district_legacy;
  if (spellings("district_legacy", before).includes(typed)) return "district_legacy";
  const named = (kind: UnitKind, label: Text) =>
    [...spellings(kind, label), ...KIND_SHORT_NAMES[kind].map(nameKey)].includes(typed);
  return UNIT_KINDS.find((k) => named(k.key, k.label))?.key ?? null;
}

export const indicatorKindOf = (text: string): IndicatorKind | null =>
  typedWord(INDICATOR_KINDS, WORDS.indicatorKinds, text);

/** Có / Không as typed, in either language, or as Excel's TRUE / FALSE; null when it is neither. */
export function yesNoOf(text: string): boolean | null {
  const typed = nameKey(text);
  if ([...spellings("true", WORDS.campaignSheets.yes), ...["x", "1"].map(nameKey)].includes(typed))
    return true;
  if ([...spellings("false", WORDS.campaignSheets.no), nameKey("0")].includes(typed)) return false;
  return null;
}

/** How a target may be written: its key, its names, the names it had before; an own indicator's code too. */
const targetSpellings = (t: PlacedTarget) => [
  ...spellings(t.key, t.label),
  ...(t.formerNames ?? []).map(nameKey),
  ...(t.template === CUSTOM_FORM ? [nameKey(t.row)] : []),
];

/**
 * A target by its key (B01_nonstate_cla_rate) or its name in either language, or a name it had before,
 * as a header or a cell; one of the campaign's own indicators by its key (B05_<code>), code or name.
 */
export function targetOf(text: string, indicators: readonly Indicator[] = []): PlacedTarget | undefined {
  const typed = nameKey(text);
  return targetsOf([...TEMPLATE_IDS, CUSTOM_FORM], indicators).find((t) =>
    targetSpellings(t).includes(typed),
  );
}

/** The accepted words, for a message that names what could not be read: in English with each key. */
const accepted = (words: readonly { readonly key: string; readonly text: Text }[]): Text => ({
  vi: words.map(({ text }) => text.vi).join("; "),
  en: words.map(({ key, text }) => `${text.en} (${key})`).join("; "),
});

export const acceptedKinds = accepted(UNIT_KINDS.map((k) => ({ key: k.key, text: k.label })));
export const acceptedMethods = accepted([
  ...SCORING_METHODS.map((key) => ({ key, text: WORDS.scoringMethods[key] })),
  ...PENALTY_METHODS.map((key) => ({ key, text: WORDS.penaltyMethods[key] })),
]);
/**
 * The whole as each level names it, widest first, "Toàn tỉnh / Toàn huyện / Toàn ngành…": a campaign below a province
 * writes its own (`namesWhole`), which a message naming only "Toàn tỉnh" would tell it is wrong.
 */
const LEVELS = (Object.keys(WORDS.summaryLevels) as UnitKind[]).map(levelScope);
const wholeAtAnyLevel: Text = {
  vi: [...new Set(LEVELS.map((level) => level.vi))].join(" / "),
  en: [...new Set(LEVELS.map((level) => level.en))].join(" / "),
};
export const acceptedScopes = accepted(
  AWARD_SCOPES.map((key) => ({ key, text: key === "province" ? wholeAtAnyLevel : WORDS.awardScopes[key] })),
);
export const acceptedIndicatorKinds = accepted(
  INDICATOR_KINDS.map((key) => ({ key, text: WORDS.indicatorKinds[key] })),
);
