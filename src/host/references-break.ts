import { fill, type Text } from "../core/text/text";
import { HostError } from "./workbook-host";
import { WORDS } from "../core/vocabulary";

/** Places listed in full before the rest are counted: a pane's message stays a few lines long. */
const LISTED = 8;

/** What a write replaces: the previous summary, report (Thay báo cáo cũ) or campaign. */
export type Replacing = "summary" | "report" | "campaign";

/** The user's formulas, names, lists, formats, charts and PivotTables a write would break, and the sheets they point at. */
export interface BrokenReferences {
  readonly sheets: readonly string[];
  /** A cell or a name as it is written ("Sheet1!B2"); anything else with what it is, in both languages. */
  readonly places: readonly (string | Text)[];
  /** Sheets too large to read: they may hold more. */
  readonly unchecked: readonly string[];
  /** What else could not be looked at, and why. */
  readonly unread?: readonly Text[];
  /** What the write replaces; a summary unless said. */
  readonly replacing?: Replacing;
}

const INTRO = {
  summary: WORDS.officeErrors.referencesBreak,
  report: WORDS.officeErrors.referencesBreakReport,
  campaign: WORDS.officeErrors.referencesBreakCampaign,
} as const;

const both = (place: string | Text): Text => (typeof place === "string" ? { vi: place, en: place } : place);

const joined = (texts: readonly Text[]): Text => ({
  vi: texts.map((t) => t.vi).join(", "),
  en: texts.map((t) => t.en).join(", "),
});

/**
 * A write's answer when the user's own formulas, names, drop-down lists, conditional formats, charts or
 * PivotTables point at the sheets it would replace (they would turn to #REF! or lose their data), and
 * breaking them was not accepted: nothing was changed. The pane says exactly which, and writes again
 * with `breakReferences` only if the user says so.
 */
export class ReferencesWouldBreak extends HostError {
  constructor(readonly broken: BrokenReferences) {
    const { sheets, places, unchecked, unread = [], replacing = "summary" } = broken;
    const listed = joined(places.slice(0, LISTED).map(both));
    const rest = places.length - LISTED;
    const more = fill(WORDS.officeErrors.andMore, { count: rest });
    const text = fill(INTRO[replacing], {
      sheets: sheets.join(", "),
      count: places.length,
      places: rest > 0 ? { vi: `${listed.vi} ${more.vi}`, en: `${listed.en} ${more.en}` } : listed,
    });
    const notes = [
      ...(unchecked.length > 0
        ? [fill(WORDS.officeErrors.referencesUnchecked, { sheets: unchecked.join(", ") })]
        : []),
      ...(unread.length > 0 ? [fill(WORDS.officeErrors.referencesNotRead, { what: joined(unread) })] : []),
    ];
    super({
      vi: [text.vi, ...notes.map((n) => n.vi)].join(" "),
      en: [text.en, ...notes.map((n) => n.en)].join(" "),
    });
    this.name = "ReferencesWouldBreak";
  }
}
