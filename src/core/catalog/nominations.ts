import type { Text } from "../text/text";
import type { Period } from "../model/period";

/**
 * The list a unit proposes people and works in ("Đề nghị khen thưởng"): the one definition its sheet's
 * layout, its defined names, its reading and the province's list are derived from. Its cells are named
 * TD_DN_<line>_<column>, e.g. TD_DN_3_award: the third line's proposed award.
 */
export const NOMINATION_FORM = "DN";
export const NOMINATION_VERSION = 1;
/** Input lines on a unit's sheet: more than a unit proposes in a round (a province collects hundreds). */
export const NOMINATION_LINES = 50;
/**
 * The most lines a list may declare: a province passing on every proposal it received for an award of the
 * level above, far past what any plan gives (a hostile TD_META's count is not read further).
 */
export const MOST_NOMINATION_LINES = 5000;

/** The lines a list needs for `proposed` written in it: never fewer than a unit's blank list has. */
export const nominationLineCount = (proposed: number): number => Math.max(NOMINATION_LINES, proposed);

export const NOMINATION_SUBJECTS = ["person", "work"] as const;
/** A person (cá nhân), or a work or initiative (công trình, sáng kiến). */
export type NominationSubject = (typeof NOMINATION_SUBJECTS)[number];

export const NOMINATION_SCOPES = ["province", "bloc", "unit"] as const;
/** Where an award's number is counted: the whole province, each bloc, or each unit. */
export type NominationScope = (typeof NOMINATION_SCOPES)[number];

/**
 * An award the campaign gives people or works (a TD_Awards row whose Đối tượng is Cá nhân or Công trình):
 * units propose for it; `count` is its quota where the plan sets one, counted over `scope`.
 */
export interface NominationAward {
  readonly award: string;
  readonly subject: NominationSubject;
  readonly scope: NominationScope;
  readonly count?: number;
  /** The least share of direct production workers among those proposed for it (0–1), where the plan asks one. */
  readonly minDirectShare?: number;
  /**
   * Given by the level above (Bằng "Lao động sáng tạo" of the Tổng Liên đoàn): the province proposes it on,
   * so its summary's report to that level carries these proposals in its own "Đề nghị khen thưởng".
   */
  readonly upward?: boolean;
}

/** How a column's cells are typed and read: free text (capped), a list's word, or a sum of money. */
export type NominationKind = "subject" | "text" | "money" | "award" | "yesno";

export interface NominationColumn {
  readonly key: string;
  readonly label: Text;
  readonly kind: NominationKind;
  /** The most characters a text keeps; what is longer is cut, and warned about. */
  readonly max?: number;
  /** Width on the sheet, in characters. */
  readonly width: number;
}

/** The sheet's title, in the catalog with its columns' labels. */
export const NOMINATION_TITLE: Text = {
  vi: "Danh sách đề nghị khen thưởng cá nhân, công trình, sáng kiến",
  en: "People, works and initiatives proposed for awards",
};
export const NOMINATION_SHEET = "Đề nghị khen thưởng";

export const NOMINATION_COLUMNS: readonly NominationColumn[] = [
  { key: "subject", label: { vi: "Đối tượng", en: "Person or work" }, kind: "subject", width: 14 },
  {
    key: "name",
    label: { vi: "Họ và tên, hoặc tên công trình, sáng kiến", en: "Name of the person, work or initiative" },
    kind: "text",
    max: 200,
    width: 24,
  },
  {
    key: "position",
    label: { vi: "Chức vụ, nơi công tác, hoặc tác giả", en: "Position and workplace, or authors" },
    kind: "text",
    max: 200,
    width: 24,
  },
  { key: "achievement", label: { vi: "Thành tích", en: "Achievement" }, kind: "text", max: 1000, width: 36 },
  {
    key: "value",
    label: { vi: "Giá trị làm lợi (đồng)", en: "Value created (VND)" },
    kind: "money",
    width: 16,
  },
  { key: "award", label: { vi: "Hình thức đề nghị", en: "Proposed award" }, kind: "award", width: 22 },
  {
    key: "direct_worker",
    label: { vi: "Công nhân, lao động trực tiếp sản xuất", en: "Direct production worker" },
    kind: "yesno",
    width: 14,
  },
];

/** The defined name of a line's cell: TD_DN_<line>_<column>, lines from 1. */
export const nominationName = (line: number, column: string) => `TD_${NOMINATION_FORM}_${line}_${column}`;

/** One line of a unit's list as read: where it is, and what it proposes. */
export interface Nomination {
  readonly subject: NominationSubject;
  readonly name: string;
  readonly position: string;
  readonly achievement: string;
  /** Giá trị làm lợi, in đồng; null where none is given. */
  readonly value: number | null;
  readonly award: string;
  readonly directWorker: boolean;
  /** The sheet and the address of the line's name cell, for findings that point at it. */
  readonly sheet: string;
  readonly cell: string;
  /** The address of its award's cell, for a roll-up that refuses the award. */
  readonly awardCell: string;
  /**
   * The round whose report holds the line, where a period's list joins its rounds' (Đợt 1's and Đợt 2's
   * lines may sit in the same cell of two files); none in a report as it came.
   */
  readonly round?: Period;
}

/** Awards as TD_META carries them (JSON of [award, subject] pairs), so a report is checked without its campaign. */
export const nominationAwardsText = (awards: readonly NominationAward[]): string =>
  JSON.stringify(awards.map((a) => [a.award, a.subject]));
